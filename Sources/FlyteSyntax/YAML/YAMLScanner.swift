/// Turns YAML bytes into tokens, libyaml-style: a queue of tokens into which the virtual
/// block-structure tokens are inserted once a `:` confirms a simple key. Iterative throughout;
/// indentation and flow nesting live on explicit stacks bounded by the depth limit.
struct YAMLScanner {
  let buf: UnsafeBufferPointer<UInt8>
  let limits: SyntaxLimits

  var pos = 0
  var line = 0
  var lineStart = 0
  var column: Int { pos - lineStart }

  private var tokens: [YAMLToken] = []
  private var head = 0
  /// The head token is final: no pending simple key can still insert a token before it.
  private var headReady = false
  private var tokensParsed = 0
  private var streamStartProduced = false
  private(set) var streamEndProduced = false

  var indent = -1
  private var indents: [Int] = []
  var flowLevel = 0
  var simpleKeyAllowed = false
  /// The simple-key candidate of the current flow level (block context is level 0)...
  private var key = SimpleKey()
  /// ...and those of the enclosing flow levels, kept apart so the common case touches no array.
  private var outerKeys: [SimpleKey] = []
  /// Offsets of the open `[` / `{`, innermost last: an unclosed one is where the error points.
  private var flowStarts: [Int] = []
  /// How many candidates are possible: most tokens need no simple-key bookkeeping at all.
  private var possibleKeys = 0
  /// Where staleness was last checked: keys only go stale when the position moves.
  private var staleCheckedAt = -1

  /// The first error; once set, the scanner produces only the end of the stream.
  private(set) var error: SyntaxError?
  /// Decoded scalar values that are not plain slices of the source.
  var decoded: [UInt8] = []
  var comments: [ByteRange] = []

  /// Whitespace right before the next token contained a tab.
  private var precededByTab = false
  /// The next token is the first on its line.
  private var tokenAtLineStart = true
  /// Spaces (not tabs) that indent the current line.
  private var lineIndentSpaces = 0
  /// The last token was a quoted scalar or a flow collection's end: in a flow collection, a
  /// `:` after such a JSON-like key is a value indicator even without a space after it.
  private var lastWasJSONLike = false
  /// The last token appended: block collections may share a line only with `-`, `?` or `:`.
  private var last = Previous(kind: .streamStart, line: 0, explicit: false)

  struct Previous {
    var kind: YAMLToken.Kind
    var line: Int
    var explicit: Bool
  }

  private struct SimpleKey {
    var possible = false
    var required = false
    var tokenNumber = 0
    var offset = 0
    var line = 0
    var column = 0
    var afterTab = false
    var previous = Previous(kind: .streamStart, line: 0, explicit: false)
  }

  init(_ buf: UnsafeBufferPointer<UInt8>, limits: SyntaxLimits) {
    self.buf = buf
    self.limits = limits
  }

  // MARK: reading

  @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
    let i = pos + k
    return i < buf.count ? buf[i] : 0
  }

  @inline(__always) var atEnd: Bool { pos >= buf.count }

  /// Consumes one line break (LF, CRLF or CR) and starts a new line.
  mutating func skipBreak() {
    if peek() == .cr && peek(1) == .lf { pos += 2 } else { pos += 1 }
    line += 1
    lineStart = pos
  }

  /// `---` or `...` at the start of a line, followed by a blank or the end.
  func documentMarkerAhead() -> YAMLToken.Kind? {
    guard column == 0, pos + 2 < buf.count || pos + 3 == buf.count else { return nil }
    let c = peek()
    guard (c == .minus || c == .dot) && peek(1) == c && peek(2) == c && peek(3).isBlankOrEnd
    else { return nil }
    return c == .minus ? .documentStart : .documentEnd
  }

  mutating func fail(_ code: SyntaxError.Code, _ message: String, _ start: Int, _ end: Int? = nil) {
    guard error == nil else { return }
    let s = min(start, buf.count)
    error = SyntaxError(code, message, ByteRange(s, max(s, min(end ?? s + 1, buf.count))))
  }

  // MARK: the token queue

  /// The next token without consuming it.
  mutating func peekToken() -> YAMLToken {
    if !headReady {
      fetchMoreTokens()
      headReady = true
    }
    guard head < tokens.count else { return YAMLToken(.streamEnd, buf.count, buf.count) }
    return virtualToken(before: tokens[head]) ?? tokens[head]
  }

  /// The kind of the next token, without copying it.
  mutating func peekKind() -> YAMLToken.Kind {
    if !headReady {
      fetchMoreTokens()
      headReady = true
    }
    guard head < tokens.count else { return .streamEnd }
    let prefix = tokens[head].virtualPrefix
    if prefix == 0 { return tokens[head].kind }
    return prefix & YAMLToken.prefixMappingStart != 0 ? .blockMappingStart : .key
  }

  /// Consumes the next token; returns where it ends.
  mutating func skipToken() -> Int {
    if !headReady { fetchMoreTokens() }
    headReady = false
    guard head < tokens.count else { return buf.count }
    let prefix = tokens[head].virtualPrefix
    if prefix != 0 {
      // Consume the first virtual token; the real one stays at the head.
      tokens[head].virtualPrefix =
        prefix & YAMLToken.prefixMappingStart != 0 ? prefix & ~YAMLToken.prefixMappingStart : 0
      return tokens[head].start
    }
    let end = tokens[head].end
    head += 1
    tokensParsed += 1
    if head == tokens.count {
      tokens.removeAll(keepingCapacity: true)
      head = 0
    }
    return end
  }

  private mutating func fetchMoreTokens() {
    while !streamEndProduced {
      if error != nil {
        // Keep what was scanned before the error; the parser stops at the stream's end.
        streamEndProduced = true
        return
      }
      var need = head == tokens.count
      if !need && possibleKeys > 0 {
        staleSimpleKeys()
        if key.possible && key.tokenNumber == tokensParsed {
          need = true
        } else if possibleKeys > (key.possible ? 1 : 0) {
          var i = 0
          while i < outerKeys.count {
            if outerKeys[i].possible && outerKeys[i].tokenNumber == tokensParsed {
              need = true
              break
            }
            i += 1
          }
        }
      }
      if !need { return }
      fetchNextToken()
    }
  }

  @inline(__always)
  mutating func append(_ token: YAMLToken) {
    tokens.append(token)
    last = Previous(kind: token.kind, line: line, explicit: token.explicit)
    lastWasJSONLike =
      token.kind == .flowSequenceEnd || token.kind == .flowMappingEnd
      || (token.kind == .scalar && (token.style == .singleQuoted || token.style == .doubleQuoted))
  }

  /// Marks a virtual token (block mapping start, key) before the queued token `number`.
  private mutating func addVirtualPrefix(_ flag: UInt8, atTokenNumber number: Int) {
    let index = head + number - tokensParsed
    if index >= head && index < tokens.count { tokens[index].virtualPrefix |= flag }
  }

  /// The first virtual token before `token`, if it has any.
  @inline(__always)
  private func virtualToken(before token: YAMLToken) -> YAMLToken? {
    let prefix = token.virtualPrefix
    if prefix == 0 { return nil }
    let kind: YAMLToken.Kind = prefix & YAMLToken.prefixMappingStart != 0 ? .blockMappingStart : .key
    return YAMLToken(kind, token.start, token.start)
  }

  // MARK: dispatch

  private mutating func fetchNextToken() {
    if !streamStartProduced {
      fetchStreamStart()
      return
    }
    scanToNextToken()
    if error != nil { return }
    staleSimpleKeys()
    unrollIndent(column)
    if atEnd {
      fetchStreamEnd()
      return
    }
    checkLineStartIndentation()
    if error != nil { return }
    let c = peek()
    if column == 0 {
      if c == .percent {
        fetchDirective()
        return
      }
      if let marker = documentMarkerAhead() {
        fetchDocumentIndicator(marker)
        return
      }
    }
    let next = peek(1)
    switch c {
    case .leftBracket: fetchFlowCollectionStart(.flowSequenceStart)
    case .leftBrace: fetchFlowCollectionStart(.flowMappingStart)
    case .rightBracket: fetchFlowCollectionEnd(.flowSequenceEnd)
    case .rightBrace: fetchFlowCollectionEnd(.flowMappingEnd)
    case .comma: fetchFlowEntry()
    case .minus where next.isBlankOrEnd: fetchBlockEntry()
    case .question where next.isBlankOrEnd || (flowLevel > 0 && next.isFlowIndicator):
      fetchKey()
    case .colon
    where next.isBlankOrEnd || (flowLevel > 0 && (next.isFlowIndicator || lastWasJSONLike)):
      fetchValue()
    case .asterisk: fetchAnchor(alias: true)
    case .ampersand: fetchAnchor(alias: false)
    case .exclamation: fetchTag()
    case .pipe, .greater:
      if flowLevel == 0 {
        fetchBlockScalar()
      } else {
        fail(.unexpectedCharacter, "block scalar indicator \"\(Character(Unicode.Scalar(c)))\" inside a flow collection", pos)
      }
    case .singleQuote, .doubleQuote: fetchQuotedScalar()
    default:
      if canStartPlainScalar(c, next) {
        fetchPlainScalar()
      } else {
        let shown = c < 0x80 ? String(Unicode.Scalar(c)) : "non-ASCII"
        fail(.unexpectedCharacter, "unexpected character \"\(shown)\" cannot start a token", pos)
      }
    }
  }

  private func canStartPlainScalar(_ c: UInt8, _ next: UInt8) -> Bool {
    if c.isBlankOrEnd { return false }
    switch c {
    case .minus, .question, .colon:
      return !next.isBlankOrEnd && !(flowLevel > 0 && next.isFlowIndicator)
    case .comma, .leftBracket, .rightBracket, .leftBrace, .rightBrace, .hash, .ampersand,
      .asterisk, .exclamation, .pipe, .greater, .singleQuote, .doubleQuote, .percent, .at,
      .backtick:
      return false
    default:
      return true
    }
  }

  // MARK: whitespace, comments, line starts

  private mutating func scanToNextToken() {
    precededByTab = false
    while true {
      if column == 0 && peek() == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF {
        pos += 3
        lineStart = pos
      }
      var i = pos
      let n = buf.count
      while i < n && buf[i] == .space { i += 1 }
      if tokenAtLineStart && pos == lineStart { lineIndentSpaces = i - lineStart }
      while i < n {
        let c = buf[i]
        if c == .space {
          i += 1
        } else if c == .tab {
          precededByTab = true
          i += 1
        } else {
          break
        }
      }
      pos = i
      let c = peek()
      if c == .hash {
        if pos > 0 && !buf[pos - 1].isBlank && !buf[pos - 1].isBreak {
          fail(.invalidComment, "a comment must be separated from content by whitespace", pos)
          return
        }
        let start = pos
        while pos < buf.count && !buf[pos].isBreak { pos += 1 }
        comments.append(ByteRange(start, pos))
      }
      if peek().isBreak {
        skipBreak()
        if flowLevel == 0 { simpleKeyAllowed = true }
        tokenAtLineStart = true
        precededByTab = false
        continue
      }
      return
    }
  }

  /// Tabs never indent, and flow content must stay right of the block it is nested in.
  @inline(__always)
  private mutating func checkLineStartIndentation() {
    guard tokenAtLineStart else { return }
    tokenAtLineStart = false
    checkIndentation()
  }

  private mutating func checkIndentation() {
    if flowLevel > 0 {
      if lineIndentSpaces <= indent {
        fail(.invalidIndentation, "flow collection content must be indented more than its parent block (at least \(indent + 1) spaces)", pos)
      }
    } else if precededByTab && lineIndentSpaces <= indent {
      fail(.tabIndentation, "tabs cannot be used for indentation", lineStart + lineIndentSpaces)
    }
  }

  /// Called by scanners that consume whole lines themselves (scalars), before the next token.
  mutating func markTokenNotAtLineStart() { tokenAtLineStart = false }

  // MARK: simple keys

  @inline(__always)
  private mutating func staleSimpleKeys() {
    if possibleKeys > 0 && pos != staleCheckedAt { dropStaleSimpleKeys() }
  }

  private mutating func dropStaleSimpleKeys() {
    staleCheckedAt = pos
    if key.possible && isStale(key) {
      reportStale(key)
      key.possible = false
      possibleKeys -= 1
    }
    if possibleKeys > (key.possible ? 1 : 0) {
      for i in outerKeys.indices where outerKeys[i].possible && isStale(outerKeys[i]) {
        reportStale(outerKeys[i])
        outerKeys[i].possible = false
        possibleKeys -= 1
      }
    }
  }

  /// A simple key must sit on one line and be at most 1024 bytes before its `:`.
  @inline(__always)
  private func isStale(_ candidate: SimpleKey) -> Bool {
    candidate.line < line || pos > candidate.offset + 1024
  }

  private mutating func reportStale(_ candidate: SimpleKey) {
    if candidate.required {
      fail(.invalidKey, "expected \":\" after this key; an implicit key must fit on one line", candidate.offset)
    }
  }

  mutating func saveSimpleKey() {
    guard simpleKeyAllowed else { return }
    let required = flowLevel == 0 && indent == column
    if key.possible { removeSimpleKey() }
    possibleKeys += 1
    key = SimpleKey(
      possible: true, required: required, tokenNumber: tokensParsed + tokens.count - head,
      offset: pos, line: line, column: column, afterTab: precededByTab, previous: last)
  }

  mutating func removeSimpleKey() {
    guard key.possible else { return }
    if key.required {
      fail(.invalidKey, "expected \":\" after this key", key.offset)
    }
    possibleKeys -= 1
    key.possible = false
  }

  // MARK: indentation

  /// Opens a block collection at `column` unless one is open there already.
  private mutating func rollIndent(
    _ column: Int, tokenNumber: Int?, kind: YAMLToken.Kind, at offset: Int, line tokenLine: Int,
    previous: Previous
  ) {
    guard flowLevel == 0, indent < column else { return }
    let sharesLine = previous.line == tokenLine
    let allowed: Bool
    switch previous.kind {
    case .blockEntry, .streamStart, .blockEnd, .blockSequenceStart, .blockMappingStart: allowed = true
    case .key, .value: allowed = previous.explicit
    default: allowed = false
    }
    if sharesLine && !allowed {
      let what = kind == .blockMappingStart ? "block mapping" : "block sequence"
      let after: String
      switch previous.kind {
      case .value: after = "after a key's \":\""
      case .documentStart: after = "on the \"---\" line"
      default: after = "here"
      }
      fail(.unexpectedToken, "a \(what) cannot start \(after); put it on its own line", offset)
      return
    }
    if indents.count >= limits.maxDepth {
      fail(.tooDeep, "nesting too deep: more than \(limits.maxDepth) levels", offset)
      return
    }
    indents.append(indent)
    indent = column
    if let number = tokenNumber {
      addVirtualPrefix(YAMLToken.prefixMappingStart, atTokenNumber: number)
    } else {
      append(YAMLToken(kind, offset, offset))
    }
  }

  @inline(__always)
  private mutating func unrollIndent(_ column: Int) {
    guard flowLevel == 0 && indent > column else { return }
    while indent > column {
      append(YAMLToken(.blockEnd, pos, pos))
      indent = indents.popLast() ?? -1
    }
  }

  // MARK: structure tokens

  private mutating func fetchStreamStart() {
    streamStartProduced = true
    simpleKeyAllowed = true
    append(YAMLToken(.streamStart, 0, 0))
  }

  private mutating func fetchStreamEnd() {
    unrollIndent(-1)
    removeSimpleKey()
    simpleKeyAllowed = false
    if flowLevel > 0 {
      let open = flowStarts.last ?? buf.count
      let bracket = open < buf.count && buf[open] == .leftBrace ? "}" : "]"
      fail(.unexpectedEnd, "this flow collection is never closed; expected \"\(bracket)\" before the end of the file", open)
    }
    append(YAMLToken(.streamEnd, buf.count, buf.count))
    streamEndProduced = true
  }

  private mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) {
    if flowLevel > 0 {
      fail(.unexpectedToken, "document marker inside a flow collection", pos, pos + 3)
      return
    }
    unrollIndent(-1)
    removeSimpleKey()
    simpleKeyAllowed = false
    let start = pos
    pos += 3
    append(YAMLToken(kind, start, pos))
    if kind == .documentEnd {
      while peek().isBlank { pos += 1 }
      if !peek().isBreakOrEnd && peek() != .hash {
        fail(.trailingContent, "only a comment may follow \"...\" on its line", pos)
      }
    }
  }

  private mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) {
    saveSimpleKey()
    if flowLevel >= limits.maxDepth {
      fail(.tooDeep, "nesting too deep: more than \(limits.maxDepth) levels", pos)
      return
    }
    flowLevel += 1
    flowStarts.append(pos)
    outerKeys.append(key)
    key = SimpleKey()
    simpleKeyAllowed = true
    append(YAMLToken(kind, pos, pos + 1))
    pos += 1
  }

  private mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind) {
    if flowLevel == 0 {
      fail(.unexpectedCharacter, "\"\(kind == .flowSequenceEnd ? "]" : "}")\" without a matching opening bracket", pos)
      return
    }
    removeSimpleKey()
    flowLevel -= 1
    flowStarts.removeLast()
    key = outerKeys.popLast() ?? SimpleKey()
    simpleKeyAllowed = false
    append(YAMLToken(kind, pos, pos + 1))
    pos += 1
  }

  private mutating func fetchFlowEntry() {
    if flowLevel == 0 {
      fail(.unexpectedCharacter, "\",\" outside a flow collection cannot start a value", pos)
      return
    }
    removeSimpleKey()
    simpleKeyAllowed = true
    append(YAMLToken(.flowEntry, pos, pos + 1))
    pos += 1
  }

  private mutating func fetchBlockEntry() {
    if flowLevel > 0 {
      fail(.unexpectedToken, "\"- \" block sequence entry inside a flow collection", pos)
      return
    }
    guard openBlockCollection(.blockSequenceStart, indicator: "block sequence entry") else { return }
    removeSimpleKey()
    simpleKeyAllowed = true
    append(YAMLToken(.blockEntry, pos, pos + 1))
    pos += 1
  }

  /// Checks that a `-` or `?` indicator may stand here and opens its block collection when it
  /// is the first at its column.
  private mutating func openBlockCollection(_ kind: YAMLToken.Kind, indicator: String) -> Bool {
    if !simpleKeyAllowed {
      fail(.unexpectedToken, "a \(indicator) is not allowed here", pos)
      return false
    }
    if precededByTab {
      fail(.tabIndentation, "tabs cannot indent a \(indicator)", pos)
      return false
    }
    rollIndent(column, tokenNumber: nil, kind: kind, at: pos, line: line, previous: last)
    return true
  }

  private mutating func fetchKey() {
    if flowLevel == 0 && !openBlockCollection(.blockMappingStart, indicator: "mapping key") {
      return
    }
    removeSimpleKey()
    simpleKeyAllowed = flowLevel == 0
    var token = YAMLToken(.key, pos, pos + 1)
    token.explicit = true
    append(token)
    pos += 1
  }

  private mutating func fetchValue() {
    var explicit = false
    if key.possible {
      if flowLevel == 0 && key.afterTab {
        fail(.tabIndentation, "tabs cannot indent a mapping key", key.offset)
        return
      }
      addVirtualPrefix(YAMLToken.prefixKey, atTokenNumber: key.tokenNumber)
      rollIndent(
        key.column, tokenNumber: key.tokenNumber, kind: .blockMappingStart, at: key.offset,
        line: key.line, previous: key.previous)
      key.possible = false
      possibleKeys -= 1
    } else {
      if flowLevel == 0 {
        if !simpleKeyAllowed {
          fail(.invalidKey, "a mapping value is not allowed here (is a key spread over several lines, or a second \": \" on one line?)", pos)
          return
        }
        rollIndent(column, tokenNumber: nil, kind: .blockMappingStart, at: pos, line: line, previous: last)
      }
      explicit = true
    }
    simpleKeyAllowed = flowLevel == 0
    var token = YAMLToken(.value, pos, pos + 1)
    token.explicit = explicit
    append(token)
    pos += 1
  }
}
