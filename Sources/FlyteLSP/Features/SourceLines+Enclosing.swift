/// A key or list item that encloses a position, found by indentation.
struct EnclosingFrame {
  var step: LocatedNode.Step
  /// Start of the line it is written on.
  var line: Int
  /// Column of the keys (or items) inside it.
  var column: Int
}

extension SourceLines {
  /// The keys and items enclosing a position at `column` on the line starting at `start`,
  /// outermost first, read from the lines above by indentation alone (so it works on text that
  /// does not parse). `itemIndent`: the position is a `- ` item at that indentation. nil when
  /// the position sits inside a scalar (a block scalar or a multi-line plain value).
  func enclosingFrames(above start: Int, column: Int, itemIndent: Int?) -> [EnclosingFrame]? {
    var frames: [EnclosingFrame] = []
    var limit = column
    var afterItem = itemIndent
    var at = start
    while afterItem != nil || limit > 0, let previous = previousLineStart(at) {
      at = previous
      let line = line(at: previous)
      if isDocumentMarker(line) { break }
      if line.isBlank { continue }
      if let listIndent = afterItem {
        // Looking for what holds the list: skip its other items and their contents.
        if line.indent > listIndent || (line.isItem && line.indent == listIndent) { continue }
        if line.isItem {
          guard appendItemLine(line, holding: listIndent, to: &frames) else { return nil }
          afterItem = line.indent
          continue
        }
        guard let key = line.key, opensBlock(line) else { return nil }
        frames.append(EnclosingFrame(step: .key(key), line: previous, column: listIndent))
        afterItem = nil
        limit = line.indent
        continue
      }
      guard line.indent < limit else { continue }
      if line.isItem {
        guard appendItemLine(line, holding: limit, to: &frames) else { return nil }
        afterItem = line.indent
        continue
      }
      // A shallower line that is no key: a plain scalar's continuation, not structure.
      guard let key = line.key else { continue }
      guard opensBlock(line) else { return nil }
      frames.append(EnclosingFrame(step: .key(key), line: previous, column: limit))
      limit = line.indent
    }
    return frames.reversed()
  }

  /// An item line above a position at `column`: the item itself, and first the key it starts
  /// with when the position lies in that key's block value (`- cache:` above `    version`).
  private func appendItemLine(_ line: Line, holding column: Int, to frames: inout [EnclosingFrame])
    -> Bool
  {
    if line.inner < column, let key = line.key {
      guard opensBlock(line) else { return false }
      frames.append(EnclosingFrame(step: .key(key), line: line.start, column: column))
    }
    frames.append(EnclosingFrame(step: .index(0), line: line.start, column: line.inner))
    return true
  }

  /// True when a key's value continues on the next lines as a collection: nothing after the
  /// colon but an anchor or tag. A block scalar (`|`, `>`) holds text, not keys.
  func opensBlock(_ line: Line) -> Bool {
    guard let first = line.value.first else { return true }
    return (first == UInt8(ascii: "&") || first == UInt8(ascii: "!"))
      && !line.value.contains(UInt8(ascii: " "))
  }

  /// The keys written at `column` in the block around the line at `start` (that line
  /// excluded): up to the first shallower line above and below.
  func siblingKeys(around start: Int, column: Int, below onlyBelow: Bool = false) -> [String] {
    var keys: [String] = []
    var at = start
    while !onlyBelow, let previous = previousLineStart(at) {
      at = previous
      let line = line(at: previous)
      if line.isBlank || line.indent > column && line.inner > column { continue }
      if line.inner == column, let key = line.key { keys.append(key) }
      if line.indent < column || isDocumentMarker(line) { break }
    }
    at = start
    while let next = nextLineStart(at) {
      at = next
      let line = line(at: next)
      if line.isBlank || line.indent > column { continue }
      if line.indent < column || isDocumentMarker(line) { break }
      if !line.isItem, let key = line.key { keys.append(key) }
    }
    return keys
  }

  /// The value of key `name` among the keys at `column` of the mapping whose first line starts
  /// at `start` (a `- name: t` item line, or a `task_name:` line above its keys).
  func keyValue(_ name: String, from start: Int, column: Int) -> String? {
    let own = line(at: start)
    if own.inner == column && own.key == name { return Self.unquoted(own.value) }
    var at = start
    while let next = nextLineStart(at) {
      at = next
      let line = line(at: next)
      if line.isBlank || line.indent > column { continue }
      if line.indent < column || isDocumentMarker(line) { break }
      if !line.isItem, line.key == name { return Self.unquoted(line.value) }
    }
    return nil
  }

  /// The items (`- x`) of the list at `indent` around the line at `start` (that line excluded).
  func siblingItems(around start: Int, indent: Int) -> [String] {
    var items: [String] = []
    for forward in [false, true] {
      var at = start
      while let other = forward ? nextLineStart(at) : previousLineStart(at) {
        at = other
        let line = line(at: other)
        if line.isBlank || line.indent > indent { continue }
        guard line.indent == indent, line.isItem else { break }
        items.append(Self.unquoted(Self.trimmedValue(bytes[line.start + line.inner..<line.end])))
      }
    }
    return items
  }

  /// A scalar's text without its surrounding quotes.
  static func unquoted(_ text: ArraySlice<UInt8>) -> String {
    var text = text
    if let first = text.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      text = text.dropFirst()
      if text.last == first { text = text.dropLast() }
    }
    return String(decoding: text, as: UTF8.self)
  }
}
