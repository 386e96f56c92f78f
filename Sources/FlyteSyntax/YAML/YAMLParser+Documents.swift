extension YAMLParser {
  mutating func parseDocumentStart() {
    var token = peek()
    while token.kind == .documentEnd {
      consume()
      bareDocumentAllowed = true
      token = peek()
    }
    switch token.kind {
    case .streamEnd:
      consume()
      state = .end
    case .versionDirective, .tagDirective, .reservedDirective, .documentStart:
      if token.kind != .documentStart && !bareDocumentAllowed {
        fail(.invalidDirective, "a directive must follow a \"...\" line when a document comes before it", token)
        return
      }
      startExplicitDocument()
    default:
      guard bareDocumentAllowed else {
        fail(.unexpectedToken, "expected \"---\" to start a new document, or the end of the document", token)
        return
      }
      resetTagHandles()
      builder.beginDocument()
      document = Document(range: ByteRange(token.start, token.start), root: nil, directives: [])
      states.append(.documentEnd)
      state = .blockNode
    }
  }

  private mutating func startExplicitDocument() {
    resetTagHandles()
    var directives: [ByteRange] = []
    var sawVersion = false
    var start = -1
    var token = peek()
    while token.kind == .versionDirective || token.kind == .tagDirective
      || token.kind == .reservedDirective
    {
      if start < 0 { start = token.start }
      directives.append(ByteRange(token.start, token.end))
      if token.kind == .versionDirective {
        if sawVersion {
          fail(.invalidDirective, "the %YAML directive appears twice in one document", token)
          return
        }
        sawVersion = true
        let version = builder.tree.text(ByteRange(token.valueStart, token.valueEnd))
        if !version.hasPrefix("1.") {
          fail(.invalidDirective, "unsupported YAML version \"\(version)\"; expected 1.x", token)
          return
        }
      } else if token.kind == .tagDirective {
        let handle = builder.tree.source[token.handleStart..<token.handleEnd]
        if tagHandles.dropFirst(2).contains(where: { $0.handle == handle }) {
          fail(.invalidDirective, "the %TAG handle \"\(String(decoding: handle, as: UTF8.self))\" is declared twice", token)
          return
        }
        let prefix = builder.tree.text(ByteRange(token.valueStart, token.valueEnd))
        tagHandles.removeAll { $0.handle == handle }
        tagHandles.append((handle, prefix))
      }
      consume()
      token = peek()
    }
    guard token.kind == .documentStart else {
      fail(.invalidDirective, "expected \"---\" after the directives", token)
      return
    }
    if start < 0 { start = token.start }
    builder.beginDocument()
    consume()
    document = Document(
      range: ByteRange(start, token.end), root: nil, startMarker: ByteRange(token.start, token.end),
      directives: directives)
    states.append(.documentEnd)
    state = .documentContent
  }

  mutating func parseDocumentContent() {
    switch peekKind() {
    case .versionDirective, .tagDirective, .reservedDirective, .documentStart, .documentEnd,
      .streamEnd:
      popState()
      builder.empty(at: lastEnd, props: nil, propsStart: nil)
    default:
      parseNode(block: true, indentlessSequence: false)
    }
  }

  mutating func parseDocumentEnd() {
    let token = peek()
    guard var current = document else {
      state = .documentStart
      return
    }
    if let root = builder.rootEnd { current.range.end = max(current.range.end, UInt32(root)) }
    switch token.kind {
    case .documentEnd:
      consume()
      current.endMarker = ByteRange(token.start, token.end)
      current.range.end = UInt32(token.end)
      bareDocumentAllowed = true
    case .documentStart, .streamEnd:
      bareDocumentAllowed = false
    default:
      fail(.unexpectedToken, "expected the end of the document; is a key or \"- \" indented wrongly?", token)
      return
    }
    builder.endDocument(current)
    document = nil
    state = .documentStart
  }

  private mutating func resetTagHandles() {
    tagHandles = [
      (ArraySlice(Array("!".utf8)), "!"),
      (ArraySlice(Array("!!".utf8)), "tag:yaml.org,2002:"),
    ]
  }

  /// The full tag of a tag token, or nil (after recording an error) for an undeclared handle.
  mutating func resolveTag(_ token: YAMLToken) -> String? {
    let source = builder.tree.source
    let suffix = Self.percentDecoded(source[token.valueStart..<token.valueEnd])
    if token.verbatim { return suffix }
    let handle = source[token.handleStart..<token.handleEnd]
    if handle.count == 1 && suffix.isEmpty { return "!" }
    guard let entry = tagHandles.last(where: { $0.handle == handle }) else {
      fail(.invalidTag, "tag handle \"\(String(decoding: handle, as: UTF8.self))\" is not declared by a %TAG directive", token)
      return nil
    }
    return entry.prefix + suffix
  }

  private static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(.percent) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    var i = bytes.startIndex
    while i < bytes.endIndex {
      if bytes[i] == .percent && i + 2 < bytes.endIndex && bytes[i + 1].isHexDigit && bytes[i + 2].isHexDigit
      {
        out.append(UInt8(bytes[i + 1].hexValue << 4 | bytes[i + 2].hexValue))
        i += 3
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
