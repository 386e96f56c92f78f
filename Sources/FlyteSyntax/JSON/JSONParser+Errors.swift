/// Error reporting: every message says what was wrong and what was expected, in the project's
/// voice (lowercase, no trailing period, source text in `"…"`).
extension JSONParser {
  /// What stands at an offset where something else was expected.
  struct Found {
    var code: SyntaxError.Code
    var text: String
    var range: ByteRange
  }

  /// Describes the token or character at `p`: a run of letters, digits and `_ . + -` is one
  /// token; a character outside printable ASCII is named by its code point.
  func found(at p: Int) -> Found {
    let n = input.count
    guard p < n else {
      return Found(code: .unexpectedEnd, text: "end of file", range: .empty(at: n))
    }
    let b = input[p]
    if b == .slash && p + 1 < n
      && (input[p + 1] == .slash || input[p + 1] == .asterisk)
    {
      return Found(code: .invalidComment, text: "a comment", range: ByteRange(p, commentEnd(p)))
    }
    if b == .doubleQuote {
      return Found(code: .unexpectedToken, text: "a string", range: ByteRange(p, p + 1))
    }
    if JSONParser.isTokenByte(b) {
      let end = wordEnd(from: p)
      let code: SyntaxError.Code =
        b == .dot || b == .plus ? .invalidNumber : .unexpectedToken
      return Found(code: code, text: quoted(p, end), range: ByteRange(p, end))
    }
    if b > 0x20 && b < 0x7F {
      let structural =
        b == .leftBrace || b == .rightBrace
        || b == .leftBracket || b == .rightBracket || b == .colon
        || b == .comma
      return Found(
        code: structural ? .unexpectedToken : .unexpectedCharacter, text: quoted(p, p + 1),
        range: ByteRange(p, p + 1))
    }
    var scalar = UInt32(b)
    var length = 1
    if b >= 0x80, let decoded = InputCheck.decodeScalar(input, at: p) {
      (scalar, length) = decoded
    }
    return Found(
      code: .unexpectedCharacter, text: codePoint(scalar), range: ByteRange(p, p + length))
  }

  /// Records "expected `what`, found …" for the token at `pos`.
  mutating func fail(_ code: SyntaxError.Code? = nil, expecting what: String) -> Step {
    let found = found(at: pos)
    switch found.code {
    case .invalidComment:
      builder.error(.invalidComment, "comments are not allowed in JSON", found.range)
    case .unexpectedEnd:
      builder.error(.unexpectedEnd, "expected \(what), found end of file", found.range)
    default:
      builder.error(code ?? found.code, "expected \(what), found \(found.text)", found.range)
    }
    return .failed
  }

  mutating func failAfterItem(object: Bool) -> Step {
    fail(
      expecting: object ? "\",\" or \"}\" after object value" : "\",\" or \"]\" after array item")
  }

  /// The offset of a `,` that precedes `p` with only whitespace between, if any.
  func commaBefore(_ p: Int) -> Int? {
    var i = p - 1
    while i >= 0 {
      let b = input[i]
      if b == .comma { return i }
      guard b == .space || b == .lf || b == .cr || b == .tab else {
        return nil
      }
      i -= 1
    }
    return nil
  }

  mutating func failTrailingComma(_ comma: Int) -> Step {
    builder.error(
      .unexpectedToken,
      "trailing comma before \(quoted(pos, pos + 1)) is not allowed; remove it",
      ByteRange(comma, comma + 1))
    return .failed
  }

  mutating func reportTrailingContent() {
    let found = found(at: pos)
    if found.code == .invalidComment {
      builder.error(.invalidComment, "comments are not allowed in JSON", found.range)
    } else {
      builder.error(
        .trailingContent, "expected end of file after the JSON value, found \(found.text)",
        found.range)
    }
  }

  mutating func failNumber(_ start: Int, _ reason: String?) -> Bool {
    let end = max(wordEnd(from: start), start + 1)
    let detail = reason.map { ": \($0)" } ?? ""
    builder.error(
      .invalidNumber, "invalid number \(quoted(start, end))\(detail)", ByteRange(start, end))
    return false
  }

  mutating func failControlCharacter(at i: Int) -> Bool {
    builder.error(
      .controlCharacter,
      "control character \(codePoint(UInt32(input[i]))) in string; write it as an escape",
      ByteRange(i, i + 1))
    return false
  }

  mutating func failUnterminated(_ start: Int) -> Bool {
    builder.error(
      .unterminatedString, "unterminated string: expected a closing quote before end of file",
      ByteRange(start, input.count))
    return false
  }

  /// `\` at `i` followed by a character that starts no escape.
  mutating func failInvalidEscape(at i: Int) {
    let found = self.found(at: i + 1)
    let end = found.code == .unexpectedCharacter ? found.range.upperBound : i + 2
    let shown =
      input[i + 1] > 0x20 && input[i + 1] < 0x7F
      ? quoted(i, i + 2) : "\"\\\" followed by \(found.text)"
    builder.error(
      .invalidEscape,
      "invalid escape \(shown) in string; expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX",
      ByteRange(i, end))
  }

  /// `\u` at `i` not followed by four hex digits.
  mutating func failInvalidUnicodeEscape(at i: Int) {
    var end = i + 2
    while end < min(i + 6, input.count) && input[end].isHexDigit { end += 1 }
    builder.error(
      .invalidEscape,
      "invalid escape \(quoted(i, end)) in string; expected four hex digits after \"\\u\"",
      ByteRange(i, end))
  }

  /// Bytes that run together into one bad token in a message: letters, digits, `_ . + -`.
  static func isTokenByte(_ b: UInt8) -> Bool {
    b.isWordChar || b == UInt8(ascii: "_") || b == .dot || b == .plus
  }

  func wordEnd(from p: Int) -> Int {
    var i = p
    while i < input.count && JSONParser.isTokenByte(input[i]) { i += 1 }
    return i
  }

  /// The end of the comment starting at `p` (`//` to the line end, `/*` past `*/`).
  private func commentEnd(_ p: Int) -> Int {
    let n = input.count
    var i = p + 2
    if input[p + 1] == .slash {
      while i < n && input[i] != .lf && input[i] != .cr { i += 1 }
      return i
    }
    while i + 1 < n {
      if input[i] == .asterisk && input[i + 1] == .slash { return i + 2 }
      i += 1
    }
    return n
  }

  /// Printable ASCII source text in quotes (a quote in it escaped), shortened past 40 bytes.
  func quoted(_ from: Int, _ to: Int) -> String {
    var text = "\""
    for i in from..<min(to, from + 40, input.count) {
      let b = input[i]
      if b == .doubleQuote { text += "\\" }
      text.unicodeScalars.append(Unicode.Scalar(b))
    }
    if to - from > 40 { text += "…" }
    return text + "\""
  }

  /// `U+000A` style.
  func codePoint(_ scalar: UInt32) -> String {
    let hex = String(scalar, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
