extension YAMLParser {
  mutating func parseFlowSequenceEntry(first: Bool) {
    var token = peek()
    if token.kind != .flowSequenceEnd {
      if !first {
        guard token.kind == .flowEntry else {
          fail(.unexpectedToken, "expected \",\" or \"]\" after a flow sequence item", token)
          return
        }
        consume()
        token = peek()
      }
      if token.kind == .key || token.kind == .value {
        // A single-pair mapping; `[: v]` has an empty key.
        guard builder.beginCollection(.mapping, style: .flow, start: token.start, contentStart: token.start, props: nil)
        else {
          stop()
          return
        }
        if token.kind == .key {
          consume()
          state = .flowSequenceEntryMappingKey
        } else {
          builder.empty(at: token.start, props: nil, propsStart: nil)
          state = .flowSequenceEntryMappingValue
        }
        return
      }
      if token.kind != .flowSequenceEnd {
        states.append(.flowSequenceEntry)
        parseNode(block: false, indentlessSequence: false)
        return
      }
    }
    consume()
    popState()
    builder.endCollection(at: token.end)
  }

  mutating func parseFlowSequenceEntryMappingKey() {
    let next = peekKind()
    if next != .value && next != .flowEntry && next != .flowSequenceEnd {
      states.append(.flowSequenceEntryMappingValue)
      parseNode(block: false, indentlessSequence: false)
    } else {
      state = .flowSequenceEntryMappingValue
      builder.empty(at: lastEnd, props: nil, propsStart: nil)
    }
  }

  mutating func parseFlowSequenceEntryMappingValue() {
    let token = peek()
    if token.kind == .value {
      consume()
      let next = peekKind()
      if next != .flowEntry && next != .flowSequenceEnd {
        states.append(.flowSequenceEntryMappingEnd)
        parseNode(block: false, indentlessSequence: false)
        return
      }
    }
    state = .flowSequenceEntryMappingEnd
    builder.empty(at: lastEnd, props: nil, propsStart: nil)
  }

  mutating func parseFlowMappingKey(first: Bool) {
    var token = peek()
    if token.kind != .flowMappingEnd {
      if !first {
        guard token.kind == .flowEntry else {
          fail(.unexpectedToken, "expected \",\" or \"}\" after a flow mapping entry", token)
          return
        }
        consume()
        token = peek()
      }
      if token.kind == .key {
        consume()
        let next = peekKind()
        if next != .value && next != .flowEntry && next != .flowMappingEnd {
          states.append(.flowMappingValue)
          parseNode(block: false, indentlessSequence: false)
        } else {
          state = .flowMappingValue
          builder.empty(at: token.end, props: nil, propsStart: nil)
        }
        return
      }
      if token.kind == .value {
        // `{: v}`: an empty key.
        state = .flowMappingValue
        builder.empty(at: token.start, props: nil, propsStart: nil)
        return
      }
      if token.kind != .flowMappingEnd {
        states.append(.flowMappingEmptyValue)
        parseNode(block: false, indentlessSequence: false)
        return
      }
    }
    consume()
    popState()
    builder.endCollection(at: token.end)
  }

  mutating func parseFlowMappingValue(empty: Bool) {
    var token = peek()
    if empty && token.kind != .value {
      state = .flowMappingKey
      builder.empty(at: lastEnd, props: nil, propsStart: nil)
      return
    }
    if token.kind == .value {
      consume()
      token = peek()
      if token.kind != .flowEntry && token.kind != .flowMappingEnd {
        states.append(.flowMappingKey)
        parseNode(block: false, indentlessSequence: false)
        return
      }
    }
    state = .flowMappingKey
    builder.empty(at: lastEnd, props: nil, propsStart: nil)
  }
}
