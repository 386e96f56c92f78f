/// Line-by-line facts about raw YAML bytes, for completion: the text being typed often does
/// not parse, so the place of the cursor is read from indentation instead of a tree.
struct SourceLines {
  let bytes: [UInt8]

  /// One line, as far as completion cares.
  struct Line {
    var start: Int
    /// End of the text (before `\r\n` / `\n`).
    var end: Int
    /// Leading spaces.
    var indent: Int
    /// Nothing but spaces and maybe a comment.
    var isBlank: Bool
    /// A block sequence item (`- …`).
    var isItem: Bool
    /// Column of the text after `- ` (for an item), else `indent`.
    var inner: Int
    /// The key written at `inner`, when the line has one.
    var key: String?
    /// The value after the key's colon, up to a comment, trimmed (empty for a block value).
    var value: ArraySlice<UInt8>
  }

  /// The start of the line holding `offset`.
  func lineStart(at offset: Int) -> Int {
    var i = min(offset, bytes.count)
    while i > 0 && bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
    return i
  }

  /// The start of the line before the one starting at `start`.
  func previousLineStart(_ start: Int) -> Int? { start > 0 ? lineStart(at: start - 1) : nil }

  /// The start of the line after the one starting at `start`.
  func nextLineStart(_ start: Int) -> Int? {
    var i = start
    while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
    return i < bytes.count ? i + 1 : nil
  }

  func line(at start: Int) -> Line {
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
    if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    var i = start
    while i < end && bytes[i] == UInt8(ascii: " ") { i += 1 }
    var line = Line(
      start: start, end: end, indent: i - start, isBlank: i == end || bytes[i] == UInt8(ascii: "#"),
      isItem: false, inner: i - start, key: nil, value: [])
    if !line.isBlank && bytes[i] == UInt8(ascii: "-")
      && (i + 1 == end || bytes[i + 1] == UInt8(ascii: " "))
    {
      line.isItem = true
      i += 1
      while i < end && bytes[i] == UInt8(ascii: " ") { i += 1 }
      line.inner = i - start
    }
    if let (key, afterColon) = Self.key(in: bytes, from: i, to: end) {
      line.key = key
      line.value = Self.trimmedValue(bytes[afterColon..<end])
    }
    return line
  }

  /// True for a `---` / `...` document marker line.
  func isDocumentMarker(_ line: Line) -> Bool {
    guard line.indent == 0, line.end - line.start >= 3 else { return false }
    let head = bytes[line.start..<line.start + 3]
    let marker = head.elementsEqual("---".utf8) || head.elementsEqual("...".utf8)
    return marker && (line.end - line.start == 3 || bytes[line.start + 3] == UInt8(ascii: " "))
  }

  /// A `key:` at `from` (plain or quoted), and where its value starts.
  static func key(in bytes: [UInt8], from: Int, to end: Int) -> (String, Int)? {
    guard from < end else { return nil }
    let first = bytes[from]
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      var i = from + 1
      while i < end && bytes[i] != first { i += 1 }
      guard i + 1 < end, bytes[i + 1] == UInt8(ascii: ":") else { return nil }
      return (String(decoding: bytes[from + 1..<i], as: UTF8.self), i + 2)
    }
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "#") {
      return nil
    }
    var i = from
    while i < end {
      if bytes[i] == UInt8(ascii: ":") && (i + 1 == end || bytes[i + 1] == UInt8(ascii: " ")) {
        let key = String(decoding: bytes[from..<i], as: UTF8.self)
        return key.isEmpty ? nil : (key, i + 1)
      }
      if bytes[i] == UInt8(ascii: "#") && bytes[i - 1] == UInt8(ascii: " ") { return nil }
      i += 1
    }
    return nil
  }

  /// A value's text without spaces around it and without a trailing comment.
  static func trimmedValue(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lo = text.startIndex
    while lo < text.endIndex && text[lo] == UInt8(ascii: " ") { lo += 1 }
    if lo < text.endIndex && text[lo] == UInt8(ascii: "#") { return [] }
    var hi = lo
    var i = lo
    while i < text.endIndex {
      if text[i] == UInt8(ascii: "#") && text[i - 1] == UInt8(ascii: " ") { break }
      if text[i] != UInt8(ascii: " ") { hi = i + 1 }
      i += 1
    }
    return text[lo..<hi]
  }
}
