import FlyteSyntax

/// Completion inside `# flyte-lint: disable=…` comments, read as `Suppression.parse` reads
/// them (SPEC §7): `flyte-lint:`, one of the three directives, codes or names separated by
/// commas (spaces allowed after a comma), then an optional `-- reason`.
enum SuppressionGrammar {
  static let directives = ["disable-next-line=", "disable-file=", "disable="]

  /// The context of a cursor at `cursor` in the comment whose `#` is at `comment`; nil outside
  /// the codes (before the directive, or in the reason).
  static func context(_ bytes: [UInt8], comment: Int, cursor: Int) -> CompletionContext? {
    var i = skipBlanks(bytes, comment + 1, cursor)
    guard take("flyte-lint:", bytes, &i, cursor) else { return nil }
    i = skipBlanks(bytes, i, cursor)
    guard directives.contains(where: { take($0, bytes, &i, cursor) }) else { return nil }
    let codesStart = i
    var partialStart = cursor
    while partialStart > codesStart && isCodeByte(bytes[partialStart - 1]) { partialStart -= 1 }
    // Codes are separated by commas; a space ends them (what follows is `-- reason`).
    var j = codesStart
    while j < partialStart {
      if bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") {
        let before = previousNonBlank(bytes, j, codesStart)
        guard before == nil || bytes[before ?? 0] == UInt8(ascii: ",") else { return nil }
      }
      j += 1
    }
    let lineEnd = endOfLine(bytes, from: cursor)
    let listed = codes(bytes, from: codesStart, to: lineEnd).filter {
      $0.lowerBound != partialStart
    }
    return .ruleCode(
      listed: listed.map { String(decoding: bytes[$0.lowerBound..<$0.upperBound], as: UTF8.self) },
      partial: ByteRange(partialStart, cursor))
  }

  /// The code words from `from` up to the reason (` --`) or the line's end.
  private static func codes(_ bytes: [UInt8], from: Int, to end: Int) -> [ByteRange] {
    var result: [ByteRange] = []
    var i = from
    while i < end {
      if bytes[i] == UInt8(ascii: "-") && i + 1 < end && bytes[i + 1] == UInt8(ascii: "-") { break }
      let start = i
      while i < end && isCodeByte(bytes[i]) { i += 1 }
      if i > start { result.append(ByteRange(start, i)) } else { i += 1 }
    }
    return result
  }

  private static func take(_ word: String, _ bytes: [UInt8], _ i: inout Int, _ end: Int) -> Bool {
    let utf8 = Array(word.utf8)
    guard i + utf8.count <= end, bytes[i..<i + utf8.count].elementsEqual(utf8) else { return false }
    i += utf8.count
    return true
  }

  private static func skipBlanks(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Int {
    var i = from
    while i < end && (bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")) { i += 1 }
    return i
  }

  private static func previousNonBlank(_ bytes: [UInt8], _ at: Int, _ floor: Int) -> Int? {
    var k = at - 1
    while k >= floor && (bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t")) { k -= 1 }
    return k >= floor ? k : nil
  }

  private static func endOfLine(_ bytes: [UInt8], from: Int) -> Int {
    var i = from
    while i < bytes.count && bytes[i] != UInt8(ascii: "\n") && bytes[i] != UInt8(ascii: "\r") {
      i += 1
    }
    return i
  }

  /// Bytes of a rule code or name: letters, digits and `-`.
  static func isCodeByte(_ byte: UInt8) -> Bool {
    CompletionContext.isKeyByte(byte) && byte != UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }
}
