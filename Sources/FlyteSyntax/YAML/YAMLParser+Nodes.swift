extension YAMLParser {
  /// A node: optional anchor and tag, then an alias, a scalar, a collection, or nothing.
  mutating func parseNode(block: Bool, indentlessSequence: Bool) {
    var token = peek()
    if token.kind == .alias {
      consume()
      popState()
      builder.alias(name: ByteRange(token.valueStart, token.valueEnd), start: token.start, end: token.end)
      return
    }
    var p: NodeProperties?
    var propsStart: Int?
    while token.kind == .anchor || token.kind == .tag {
      var props = p ?? NodeProperties()
      if token.kind == .anchor {
        if props.anchor != nil {
          fail(.invalidAnchor, "a node can have only one anchor", token)
          return
        }
        props.anchor = ByteRange(token.valueStart, token.valueEnd)
      } else {
        if props.tagRange != nil {
          fail(.invalidTag, "a node can have only one tag", token)
          return
        }
        props.tagRange = ByteRange(token.start, token.end)
        guard let tag = resolveTag(token) else { return }
        props.tagIndex = builder.internTag(tag)
      }
      p = props
      if propsStart == nil { propsStart = token.start }
      consume()
      token = peek()
    }
    let hasProps = p != nil
    let start = propsStart ?? token.start
    switch token.kind {
    case .blockEntry where indentlessSequence:
      open(.sequence, .block, start: start, at: token.start, props: p, then: .indentlessSequenceEntry)
    case .scalar:
      consume()
      popState()
      builder.scalar(
        style: token.style, start: start, contentStart: token.start, end: token.end, props: p,
        value: token.valueStart..<token.valueEnd, inSource: token.inSource)
    case .flowSequenceStart:
      consume()
      open(.sequence, .flow, start: start, at: token.start, props: p, then: .flowSequenceFirstEntry)
    case .flowMappingStart:
      consume()
      open(.mapping, .flow, start: start, at: token.start, props: p, then: .flowMappingFirstKey)
    case .blockSequenceStart where block:
      consume()
      open(.sequence, .block, start: start, at: token.start, props: p, then: .blockSequenceFirstEntry)
    case .blockMappingStart where block:
      consume()
      open(.mapping, .block, start: start, at: token.start, props: p, then: .blockMappingFirstKey)
    default:
      if hasProps {
        popState()
        builder.empty(at: lastEnd, props: p, propsStart: propsStart)
      } else {
        fail(.unexpectedToken, "expected a value here", token)
      }
    }
  }

  private mutating func open(
    _ kind: Node.Kind, _ style: Node.Style, start: Int, at contentStart: Int, props: NodeProperties?,
    then next: State
  ) {
    if builder.beginCollection(kind, style: style, start: start, contentStart: contentStart, props: props) {
      state = next
    } else {
      stop()
    }
  }

  private mutating func emptyNode(at offset: Int) {
    builder.empty(at: offset, props: nil, propsStart: nil)
  }

  // MARK: block collections

  mutating func parseBlockSequenceEntry() {
    let token = peek()
    switch token.kind {
    case .blockEntry:
      consume()
      builder.extendOpen(to: token.end)
      let next = peekKind()
      if next != .blockEntry && next != .blockEnd {
        states.append(.blockSequenceEntry)
        parseNode(block: true, indentlessSequence: false)
      } else {
        state = .blockSequenceEntry
        emptyNode(at: token.end)
      }
    case .blockEnd:
      consume()
      popState()
      builder.endCollection(at: 0)
    default:
      fail(.unexpectedToken, "expected a \"- \" sequence entry at this indentation", token)
    }
  }

  mutating func parseIndentlessSequenceEntry() {
    let token = peek()
    guard token.kind == .blockEntry else {
      popState()
      builder.endCollection(at: 0)
      return
    }
    consume()
    builder.extendOpen(to: token.end)
    let next = peekKind()
    if next != .blockEntry && next != .key && next != .value && next != .blockEnd {
      states.append(.indentlessSequenceEntry)
      parseNode(block: true, indentlessSequence: false)
    } else {
      state = .indentlessSequenceEntry
      emptyNode(at: token.end)
    }
  }

  mutating func parseBlockMappingKey() {
    let token = peek()
    switch token.kind {
    case .key:
      consume()
      builder.extendOpen(to: token.end)
      let next = peekKind()
      if next != .key && next != .value && next != .blockEnd {
        states.append(.blockMappingValue)
        parseNode(block: true, indentlessSequence: true)
      } else {
        state = .blockMappingValue
        emptyNode(at: token.end)
      }
    case .value:
      state = .blockMappingValue
      emptyNode(at: token.start)
    case .blockEnd:
      consume()
      popState()
      builder.endCollection(at: 0)
    default:
      fail(.unexpectedToken, "expected a mapping key at this indentation", token)
    }
  }

  mutating func parseBlockMappingValue() {
    let token = peek()
    guard token.kind == .value else {
      state = .blockMappingKey
      emptyNode(at: lastEnd)
      return
    }
    consume()
    builder.extendOpen(to: token.end)
    let next = peekKind()
    if next != .key && next != .value && next != .blockEnd {
      states.append(.blockMappingKey)
      parseNode(block: true, indentlessSequence: true)
    } else {
      state = .blockMappingKey
      emptyNode(at: token.end)
    }
  }
}
