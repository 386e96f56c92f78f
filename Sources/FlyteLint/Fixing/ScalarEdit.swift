import FlyteManifest
import FlyteSyntax

/// The text edits rules build their fixes from: rewrite a scalar in the author's quoting style,
/// remove a sequence item with its separator. One place, so every fix quotes and removes alike
/// and the result still parses.
enum ScalarEdit {
  /// Replaces `node`'s content (its anchor and tag stay) with `value`, written like `node`.
  static func replacing(_ node: NodeID, with value: String, in tree: SyntaxTree) -> TextEdit {
    TextEdit(range: tree[node].contentRange, newText: text(value, like: node, in: tree))
  }

  /// `value` written as a scalar in the style of `node`: plain stays plain when the value reads
  /// back as the same string in both YAML 1.2 and YAML 1.1, single quotes stay single, anything
  /// else (JSON, double quotes, block scalars) becomes a double-quoted string. Safe in block and
  /// flow context alike.
  static func text(_ value: String, like node: NodeID, in tree: SyntaxTree) -> String {
    guard tree.format == .yaml else { return JSONEscaping.quoted(value) }
    let lineBreak = value.utf8.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    switch tree[node].style {
    case .plain where isPlainSafe(value):
      return value
    case .singleQuoted where !lineBreak:
      // Inside single quotes the only escape is a doubled quote.
      var out = "'"
      for char in value { out += char == "'" ? "''" : String(char) }
      return out + "'"
    default:
      // JSON's string escapes are valid in YAML double-quoted scalars too.
      return JSONEscaping.quoted(value)
    }
  }

  /// Letters, digits, `_`, and inside the word also `-`, `.` and single spaces: nothing a plain
  /// scalar could misread in block or flow context (no `:`, `#`, `,`, brackets or quotes), and
  /// no word either YAML version reads as another type (`true`, `1.5`, `null`, `yes`).
  private static func isPlainSafe(_ value: String) -> Bool {
    let bytes = Array(value.utf8)
    guard let first = bytes.first, let last = bytes.last, isWordByte(first),
      last != UInt8(ascii: " ")
    else {
      return false
    }
    for (i, byte) in bytes.enumerated() where !isWordByte(byte) {
      guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: " ")
      else { return false }
      if byte == UInt8(ascii: " ") && bytes[i - 1] == UInt8(ascii: " ") { return false }
    }
    let yaml11Booleans: Set<String> = ["y", "n", "yes", "no", "on", "off"]
    return CoreSchema.resolvePlain(bytes) == .string(value)
      && !yaml11Booleans.contains(value.lowercased())
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }

  /// An edit removing item `index` of `sequence` so the rest still parses: in a flow sequence
  /// (and JSON) the item and the comma before it (after it, for the first item); in a block
  /// sequence the item's whole line, its comment included (see `Fix.removing`). Nil where that
  /// is not plainly right: a block item sharing its line with something else, or a comment
  /// between a flow item and its comma (removing it would swallow the rest of that line).
  static func removingItem(at index: Int, of sequence: NodeID, in tree: SyntaxTree) -> TextEdit? {
    let items = tree.items(of: sequence)
    guard items.indices.contains(index) else { return nil }
    let item = tree[items[index]].range
    if tree.format == .json || tree[sequence].style == .flow {
      let range: ByteRange
      if index > 0 {
        range = ByteRange(tree[items[index - 1]].range.upperBound, item.upperBound)
      } else if items.count > 1 {
        range = ByteRange(item.lowerBound, tree[items[1]].range.lowerBound)
      } else {
        return nil
      }
      return holdsComment(range, in: tree) ? nil : TextEdit(range: range, newText: "")
    }
    return wholeLine(around: item, source: tree.source).map { TextEdit(range: $0, newText: "") }
  }

  /// Whether a comment overlaps `range`.
  static func holdsComment(_ range: ByteRange, in tree: SyntaxTree) -> Bool {
    // Comments are in source order: find the first one ending after the range starts.
    var low = 0
    var high = tree.comments.count
    while low < high {
      let mid = (low + high) / 2
      if tree.comments[mid].end <= range.start { low = mid + 1 } else { high = mid }
    }
    return low < tree.comments.count && tree.comments[low].start < range.end
  }

  /// The line of a block sequence item (`  - a  # note` and its line break), when nothing but
  /// indentation, the `-` indicator and a comment share it.
  private static func wholeLine(around item: ByteRange, source: [UInt8]) -> ByteRange? {
    func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    func isBreak(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }
    var start = item.lowerBound
    while start > 0 && isBlank(source[start - 1]) { start -= 1 }
    guard start > 0, source[start - 1] == UInt8(ascii: "-") else { return nil }
    start -= 1
    while start > 0 && isBlank(source[start - 1]) { start -= 1 }
    guard start == 0 || isBreak(source[start - 1]) else { return nil }
    var end = item.upperBound
    while end < source.count && isBlank(source[end]) { end += 1 }
    if end < source.count && source[end] == UInt8(ascii: "#") {
      while end < source.count && !isBreak(source[end]) { end += 1 }
    }
    if end < source.count && source[end] == UInt8(ascii: "\r") { end += 1 }
    if end < source.count && source[end] == UInt8(ascii: "\n") { end += 1 }
    guard end == source.count || isBreak(source[end - 1]) else { return nil }
    return ByteRange(start, end)
  }
}
