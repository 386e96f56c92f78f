import FlyteSyntax

/// One pass over a line's bytes up to the cursor: the comment it is in, the quote it is in, the
/// `[`/`{` collections still open, and where the entry being typed starts.
struct FlowScan {
  struct Open {
    var position: Int
    var isList: Bool
    /// The key the collection is the value of (`deck_fields: [` → `deck_fields`).
    var key: String?
  }

  /// The `#` of a comment the cursor is in.
  var comment: Int?
  /// The opening quote of a quoted scalar the cursor is in.
  var quoteStart: Int?
  var open: [Open] = []
  /// First byte of the entry being typed: after `[`, `{`, `,` (and spaces), else of the line's text.
  var entryStart: Int

  init(_ bytes: [UInt8], from start: Int, to cursor: Int) {
    var i = start
    while i < cursor && bytes[i] == UInt8(ascii: " ") { i += 1 }
    if i < cursor && bytes[i] == UInt8(ascii: "-")
      && (i + 1 == cursor || bytes[i + 1] == UInt8(ascii: " "))
    {
      i += 1
      while i < cursor && bytes[i] == UInt8(ascii: " ") { i += 1 }
    }
    entryStart = i
    while i < cursor {
      let byte = bytes[i]
      if let quote = quoteStart {
        if byte == bytes[quote] { quoteStart = nil }
      } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
        && Self.opensScalar(bytes, i, start)
      {
        quoteStart = i
      } else if byte == UInt8(ascii: "#") && (i == start || Self.isWhitespace(bytes[i - 1])) {
        // A comment on an earlier line (reading a flow document from its start) ends there.
        guard let newline = bytes[i..<cursor].firstIndex(of: UInt8(ascii: "\n")) else {
          comment = i
          return
        }
        i = newline
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        open.append(
          Open(
            position: i, isList: byte == UInt8(ascii: "["),
            key: Self.key(before: i, bytes, lineStart: start)))
        entryStart = Self.skipSpaces(bytes, i + 1, cursor)
      } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
        _ = open.popLast()
      } else if byte == UInt8(ascii: ",") && !open.isEmpty {
        entryStart = Self.skipSpaces(bytes, i + 1, cursor)
      }
      i += 1
    }
  }

  /// The path steps the open collections add: their keys, and an item step for a collection
  /// that is an item of a list.
  var steps: [LocatedNode.Step] { ownedSteps.map(\.step) }

  /// Each step with the index (in `open`) of the collection that adds it.
  private var ownedSteps: [(step: LocatedNode.Step, opener: Int)] {
    var steps: [(step: LocatedNode.Step, opener: Int)] = []
    for (index, collection) in open.enumerated() {
      if let key = collection.key {
        steps.append((.key(key), index))
      } else if index > 0 && open[index - 1].isList {
        steps.append((.index(0), index))
      }
    }
    return steps
  }

  /// The `name` of the task whose mapping adds step `step` (the task a flow document's cursor
  /// is in); else the key it is filed under.
  func taskName(_ bytes: [UInt8], step: Int, end: Int) -> String? {
    let owned = ownedSteps
    guard owned.indices.contains(step), !open[owned[step].opener].isList else { return nil }
    for entry in Self.entries(bytes, open: open[owned[step].opener].position, end: end) {
      guard
        let (key, valueStart) = SourceLines.key(
          in: bytes, from: entry.lowerBound, to: entry.upperBound),
        key == "name"
      else { continue }
      return SourceLines.unquoted(SourceLines.trimmedValue(bytes[valueStart..<entry.upperBound]))
    }
    if case .key(let key) = owned[step].step { return key }
    return nil
  }

  /// True when the document is one flow collection (JSON): its first byte that is not
  /// whitespace is `{` or `[`.
  static func isFlowDocument(_ bytes: [UInt8]) -> Bool {
    guard let first = bytes.first(where: { !isWhitespace($0) }) else { return false }
    return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  /// The entries of the collection opened at `open`, each from its first non-space byte to
  /// the next top-level `,` or the closing bracket (or `end`).
  static func entries(_ bytes: [UInt8], open: Int, end: Int) -> [ByteRange] {
    var entries: [ByteRange] = []
    var depth = 0
    var quote: UInt8?
    var entry = skipSpaces(bytes, open + 1, end)
    var i = entry
    while i < end {
      let byte = bytes[i]
      if let q = quote {
        if byte == q { quote = nil }
      } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
        && opensScalar(bytes, i, open)
      {
        quote = byte
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        depth += 1
      } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
        || (byte == UInt8(ascii: ",") && depth == 0)
      {
        if depth == 0 {
          entries.append(ByteRange(entry, trimEnd(bytes, entry, i)))
          if byte != UInt8(ascii: ",") { return entries }
          entry = skipSpaces(bytes, i + 1, end)
          i = entry
          continue
        }
        depth -= 1
      }
      i += 1
    }
    entries.append(ByteRange(entry, trimEnd(bytes, entry, end)))
    return entries
  }

  /// The key before a `[` / `{` at `position`: `key: [`, `"key": [`.
  private static func key(before position: Int, _ bytes: [UInt8], lineStart: Int) -> String? {
    var j = position - 1
    while j >= lineStart && isWhitespace(bytes[j]) { j -= 1 }
    guard j >= lineStart, bytes[j] == UInt8(ascii: ":") else { return nil }
    let end = j
    j -= 1
    while j >= lineStart && !isWhitespace(bytes[j])
      && ![UInt8(ascii: ","), UInt8(ascii: "{"), UInt8(ascii: "[")].contains(bytes[j])
    {
      j -= 1
    }
    let key = SourceLines.unquoted(bytes[(j + 1)..<end])
    return key.isEmpty ? nil : key
  }

  /// A quote starts a quoted scalar only where a scalar starts (`don't` is plain text).
  private static func opensScalar(_ bytes: [UInt8], _ i: Int, _ lineStart: Int) -> Bool {
    guard i > lineStart else { return true }
    let before = bytes[i - 1]
    return isWhitespace(before) || before == UInt8(ascii: "[") || before == UInt8(ascii: "{")
      || before == UInt8(ascii: ",")
  }

  private static func skipSpaces(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Int {
    var i = from
    while i < end && isWhitespace(bytes[i]) { i += 1 }
    return i
  }

  private static func trimEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
    var i = end
    while i > start && isWhitespace(bytes[i - 1]) { i -= 1 }
    return i
  }
}
