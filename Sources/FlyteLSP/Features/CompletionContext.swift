import FlyteSyntax

/// What the cursor is in, read from the raw bytes of the line and the lines above it.
enum CompletionContext: Equatable {
  /// A key of a mapping of `place`; `present` are the keys it already has.
  case key(KeyPlace, present: [String], partial: ByteRange, insertion: KeyInsertion)
  /// An item of a `deck_fields` list.
  case deckField(listed: [String], partial: ByteRange)
  /// An item of `cache_ignore_input_vars` or a Cache object's `ignored_inputs`, in the task
  /// named `task` (nil when no name is written).
  case inputName(task: String?, listed: [String], partial: ByteRange)
  /// A rule code or name in a suppression comment.
  case ruleCode(listed: [String], partial: ByteRange)

  /// The context at byte `offset` of `bytes`; nil where nothing is completed.
  static func at(_ offset: Int, in bytes: [UInt8]) -> CompletionContext? {
    let offset = max(0, min(offset, bytes.count))
    let lines = SourceLines(bytes: bytes)
    let start = lines.lineStart(at: offset)
    // JSON (and flow-only YAML) nests across lines: read its brackets from the start.
    let whole = FlowScan.isFlowDocument(bytes)
    let scan = FlowScan(bytes, from: whole ? 0 : start, to: offset)
    if let comment = scan.comment {
      return SuppressionGrammar.context(bytes, comment: comment, cursor: offset)
    }
    // Inside a quoted scalar only when the quote opens the entry being typed (`- "Sou`).
    if let quote = scan.quoteStart, quote != scan.entryStart { return nil }
    let line = lines.line(at: start)
    if let open = scan.open.last {
      return flow(open, scan: scan, line: line, lines: lines, cursor: offset, whole: whole)
    }
    return whole ? nil : block(line, lines: lines, cursor: offset)
  }

  /// The cursor on a line of block YAML: a key being typed, or a `- ` item.
  private static func block(_ line: SourceLines.Line, lines: SourceLines, cursor: Int)
    -> CompletionContext?
  {
    let textStart = line.start + line.inner
    guard cursor >= textStart else {
      // In the indentation: a key at the cursor's column.
      return keyContext(
        lines, line: line, column: cursor - line.start, partial: .empty(at: cursor), cursor: cursor)
    }
    let typed = lines.bytes[textStart..<cursor]
    if typed.contains(UInt8(ascii: ":")) { return nil }
    let partial = ByteRange(textStart, cursor)
    if line.isItem {
      guard
        let frames = lines.enclosingFrames(
          above: line.start, column: line.inner, itemIndent: line.indent)
      else { return nil }
      let steps = frames.map(\.step)
      if let list = listContext(steps, frames: frames, lines: lines, line: line, partial: partial) {
        return list
      }
      guard let place = NativePlace.of(steps + [.index(0)]) else { return nil }
      let present = lines.siblingKeys(around: line.start, column: line.inner, below: true)
      return .key(
        place, present: present, partial: partial,
        insertion: KeyInsertion(at: cursor, in: lines.bytes, quoted: false))
    }
    guard typed.allSatisfy(isKeyByte) else { return nil }
    return keyContext(lines, line: line, column: line.indent, partial: partial, cursor: cursor)
  }

  private static func keyContext(
    _ lines: SourceLines, line: SourceLines.Line, column: Int, partial: ByteRange, cursor: Int
  ) -> CompletionContext? {
    guard let frames = lines.enclosingFrames(above: line.start, column: column, itemIndent: nil),
      let place = NativePlace.of(frames.map(\.step))
    else { return nil }
    var present = lines.siblingKeys(around: line.start, column: column)
    // `defaults:` holds every task key but `name` (FL003 reports one there).
    if frames.map(\.step) == [.key("defaults")] { present.append("name") }
    return .key(
      place, present: present, partial: partial,
      insertion: KeyInsertion(at: cursor, in: lines.bytes, quoted: false))
  }

  /// A `- ` item of a value list (`deck_fields`, ignored inputs).
  private static func listContext(
    _ steps: [LocatedNode.Step], frames: [EnclosingFrame], lines: SourceLines,
    line: SourceLines.Line,
    partial: ByteRange
  ) -> CompletionContext? {
    let listed = lines.siblingItems(around: line.start, indent: line.indent)
    switch ValueList.kind(of: steps) {
    case .deckFields: return .deckField(listed: listed, partial: partial)
    case .ignoredInputs:
      return .inputName(
        task: taskName(frames, steps: steps, lines: lines), listed: listed, partial: partial)
    case nil: return nil
    }
  }

  /// The cursor inside a `[…]` or `{…}`: opened on its line, or anywhere in a flow document
  /// (`whole`, e.g. JSON).
  private static func flow(
    _ open: FlowScan.Open, scan: FlowScan, line: SourceLines.Line, lines: SourceLines, cursor: Int,
    whole: Bool
  ) -> CompletionContext? {
    let column = line.isItem ? line.inner : line.indent
    let above =
      whole
      ? []
      : lines.enclosingFrames(
        above: line.start, column: column, itemIndent: line.isItem ? line.indent : nil)
    guard let frames = above else { return nil }
    let base = frames.map(\.step) + (line.isItem && !whole ? [.index(0)] : [])
    let steps = base + scan.steps
    let entries = FlowScan.entries(
      lines.bytes, open: open.position, end: whole ? lines.bytes.count : line.end)
    let partial = ByteRange(scan.entryStart, cursor)
    if open.isList {
      let listed = entries.filter { !holds($0, cursor) && !$0.isEmpty }.map { lines.text($0) }
      switch ValueList.kind(of: steps) {
      case .deckFields: return .deckField(listed: listed, partial: partial)
      case .ignoredInputs:
        // The task is the path's second step: written above (by indentation) or in the brackets.
        let end = whole ? lines.bytes.count : line.end
        let task =
          steps.first != .key("tasks")
          ? nil
          : base.count >= 2
            ? taskName(frames, steps: steps, lines: lines)
            : scan.taskName(lines.bytes, step: 1 - base.count, end: end)
        return .inputName(task: task, listed: listed, partial: partial)
      case nil: return nil
      }
    }
    let typed = lines.bytes[partial.lowerBound..<cursor]
    let quoted = typed.first == UInt8(ascii: "\"")
    guard typed.dropFirst(quoted ? 1 : 0).allSatisfy(isKeyByte), let place = NativePlace.of(steps)
    else {
      return nil
    }
    let present = entries.filter { !holds($0, cursor) }.compactMap {
      SourceLines.key(in: lines.bytes, from: $0.lowerBound, to: $0.upperBound)?.0
    }
    return .key(
      place, present: present, partial: partial,
      insertion: KeyInsertion(at: cursor, in: lines.bytes, quoted: quoted))
  }

  /// The name of the task holding the position: its `name:` key, else the key it is filed
  /// under in a `tasks:` mapping. (`frames[1]` is the task; its column is that of its keys.)
  private static func taskName(
    _ frames: [EnclosingFrame], steps: [LocatedNode.Step], lines: SourceLines
  ) -> String? {
    guard steps.first == .key("tasks"), frames.count >= 2 else { return nil }
    let task = frames[1]
    if let name = lines.keyValue("name", from: task.line, column: task.column) { return name }
    if case .key(let key) = task.step { return key }
    return nil
  }

  /// A flow entry holds the cursor also at its very end (the word being typed).
  private static func holds(_ entry: ByteRange, _ cursor: Int) -> Bool {
    entry.lowerBound <= cursor && cursor <= entry.upperBound
  }

  static func isKeyByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }
}

/// What goes around a key name when it is inserted: `: ` unless the key already has its
/// colon (editing a key, not writing one), and the quotes of a JSON key.
struct KeyInsertion: Equatable {
  var before = ""
  var after = ""

  init(at cursor: Int, in bytes: [UInt8], quoted: Bool) {
    var i = cursor
    while i < bytes.count && CompletionContext.isKeyByte(bytes[i]) { i += 1 }
    if quoted {
      before = "\""
      after = i < bytes.count && bytes[i] == UInt8(ascii: "\"") ? "" : "\": "
    } else {
      after = i < bytes.count && bytes[i] == UInt8(ascii: ":") ? "" : ": "
    }
  }
}

/// Which lists hold values completion knows (SPEC §10).
enum ValueList {
  case deckFields, ignoredInputs

  /// The list at the end of `steps`, for a native task.
  static func kind(of steps: [LocatedNode.Step]) -> ValueList? {
    guard let task = NativePlace.taskPrefix(steps) else { return nil }
    let rest = Array(steps[task...])
    if rest == [.key("deck_fields")] { return .deckFields }
    if rest == [.key("cache_ignore_input_vars")] || rest == [.key("cache"), .key("ignored_inputs")]
    {
      return .ignoredInputs
    }
    return nil
  }
}

extension SourceLines {
  /// A range's text, trimmed and unquoted.
  func text(_ range: ByteRange) -> String {
    Self.unquoted(Self.trimmedValue(bytes[range.lowerBound..<range.upperBound]))
  }
}
