/// Drives the scanner through YAML's grammar and feeds the tree builder. A state machine with
/// an explicit state stack (libyaml's shape), so nesting never recurses.
struct YAMLParser {
  enum State {
    case streamStart, documentStart, documentContent, documentEnd
    case blockNode, blockNodeOrIndentlessSequence, flowNode
    case blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
    case blockMappingFirstKey, blockMappingKey, blockMappingValue
    case flowSequenceFirstEntry, flowSequenceEntry
    case flowSequenceEntryMappingKey, flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
    case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue
    case end
  }

  var scanner: YAMLScanner
  var builder: TreeBuilder
  var state = State.streamStart
  var states: [State] = []
  /// End of the last consumed token: where an empty node goes.
  var lastEnd = 0
  /// A bare document may start only at the beginning or after `...`.
  var bareDocumentAllowed = true
  var document: Document?
  var tagHandles: [(handle: ArraySlice<UInt8>, prefix: String)] = []
  var stopped = false

  init(_ buffer: UnsafeBufferPointer<UInt8>, source: [UInt8], limits: SyntaxLimits) {
    scanner = YAMLScanner(buffer, limits: limits)
    builder = TreeBuilder(source: source, format: .yaml, limits: limits)
  }

  mutating func parse() -> SyntaxTree {
    while state != .end && !stopped {
      step()
      if builder.failed { stop() }
    }
    if let open = document {
      builder.endDocument(open, readUpTo: lastEnd)
      document = nil
    }
    if let error = scanner.error, !builder.tree.errors.contains(error) {
      builder.tree.errors.append(error)
    }
    builder.tree.errors.sort { $0.range.start < $1.range.start }
    builder.tree.decoded = scanner.decoded
    builder.tree.comments = scanner.comments
    return SyntaxTree(builder.tree)
  }

  // MARK: tokens

  mutating func peek() -> YAMLToken { scanner.peekToken() }

  mutating func peekKind() -> YAMLToken.Kind { scanner.peekKind() }

  mutating func consume() {
    let end = scanner.skipToken()
    if end > lastEnd { lastEnd = end }
  }

  /// Records an error and stops; a scanner error explains an odd token better, so it wins.
  mutating func fail(_ code: SyntaxError.Code, _ message: String, _ token: YAMLToken) {
    if let error = scanner.error {
      builder.tree.errors.append(error)
    } else if token.kind == .streamEnd {
      builder.error(.unexpectedEnd, message, ByteRange(token.start, token.end))
    } else {
      let end = token.end > token.start ? token.end : token.start + 1
      builder.error(code, message, ByteRange(token.start, min(end, builder.tree.source.count)))
    }
    stop()
  }

  mutating func stop() {
    stopped = true
    state = .end
  }

  mutating func popState() { state = states.popLast() ?? .end }

  // MARK: dispatch

  mutating func step() {
    switch state {
    case .streamStart:
      consume()
      state = .documentStart
    case .documentStart: parseDocumentStart()
    case .documentContent: parseDocumentContent()
    case .documentEnd: parseDocumentEnd()
    case .blockNode: parseNode(block: true, indentlessSequence: false)
    case .blockNodeOrIndentlessSequence: parseNode(block: true, indentlessSequence: true)
    case .flowNode: parseNode(block: false, indentlessSequence: false)
    case .blockSequenceFirstEntry, .blockSequenceEntry: parseBlockSequenceEntry()
    case .indentlessSequenceEntry: parseIndentlessSequenceEntry()
    case .blockMappingFirstKey, .blockMappingKey: parseBlockMappingKey()
    case .blockMappingValue: parseBlockMappingValue()
    case .flowSequenceFirstEntry: parseFlowSequenceEntry(first: true)
    case .flowSequenceEntry: parseFlowSequenceEntry(first: false)
    case .flowSequenceEntryMappingKey: parseFlowSequenceEntryMappingKey()
    case .flowSequenceEntryMappingValue: parseFlowSequenceEntryMappingValue()
    case .flowSequenceEntryMappingEnd:
      builder.endCollection(at: lastEnd)
      state = .flowSequenceEntry
    case .flowMappingFirstKey: parseFlowMappingKey(first: true)
    case .flowMappingKey: parseFlowMappingKey(first: false)
    case .flowMappingValue: parseFlowMappingValue(empty: false)
    case .flowMappingEmptyValue: parseFlowMappingValue(empty: true)
    case .end: break
    }
  }
}
