import FlyteLint
import FlyteManifest
import FlyteSyntax

/// The edit behind "Disable FLxxx for this line": a `# flyte-lint: disable=` comment that
/// silences one code on one line, proven by parsing the result.
enum SuppressionEdit {
  /// The edit for `code` on the 0-based `line`, or nil when no comment can be added there
  /// without changing the document's meaning (inside a block scalar, a JSON file…).
  static func disable(_ code: String, line: Int, in file: ManifestFile) -> TextEdit? {
    guard file.tree.format == .yaml, file.tree.errors.isEmpty else { return nil }
    let existing = Suppression.all(in: file)
    if let suppression = existing.first(where: { $0.scope == .line(line) }), let last = suppression.codes.last {
      let edit = TextEdit(range: .empty(at: last.range.upperBound), newText: ", \(code)")
      return verified(edit, code: code, line: line, in: file)
    }
    let lineRange = file.lineIndex.lineRange(line)
    let hasComment = file.tree.comments.contains { lineRange.lowerBound <= $0.lowerBound && $0.lowerBound <= lineRange.upperBound }
    if !hasComment, let edit = verified(trailing(code, lineRange), code: code, line: line, in: file) {
      return edit
    }
    return verified(lineAbove(code, lineRange, file.tree.source), code: code, line: line + 1, in: file)
  }

  private static func trailing(_ code: String, _ line: ByteRange) -> TextEdit {
    TextEdit(range: .empty(at: line.upperBound), newText: "  # flyte-lint: disable=\(code)")
  }

  /// A `disable-next-line=` comment above, indented like the line, ending like the file's
  /// lines do.
  private static func lineAbove(_ code: String, _ line: ByteRange, _ source: [UInt8]) -> TextEdit {
    var indentEnd = line.lowerBound
    while indentEnd < line.upperBound && (source[indentEnd] == UInt8(ascii: " ") || source[indentEnd] == UInt8(ascii: "\t")) { indentEnd += 1 }
    let indent = String(decoding: source[line.lowerBound..<indentEnd], as: UTF8.self)
    let crlf = line.upperBound + 1 < source.count && source[line.upperBound] == UInt8(ascii: "\r") && source[line.upperBound + 1] == UInt8(ascii: "\n")
    return TextEdit(range: .empty(at: line.lowerBound), newText: "\(indent)# flyte-lint: disable-next-line=\(code)\(crlf ? "\r\n" : "\n")")
  }

  /// The edit when the edited text parses to the same nodes plus a suppression of `code`
  /// covering `coveredLine` (the finding's line, after the edit).
  private static func verified(_ edit: TextEdit, code: String, line coveredLine: Int, in file: ManifestFile) -> TextEdit? {
    var bytes = file.tree.source
    bytes.replaceSubrange(edit.range.lowerBound..<edit.range.upperBound, with: edit.newText.utf8)
    let edited = ManifestFile(path: file.path, bytes: bytes)
    guard edited.tree.errors.isEmpty, edited.tree.nodes.count == file.tree.nodes.count else { return nil }
    let covers = Suppression.all(in: edited).contains { suppression in
      suppression.scope == .line(coveredLine) && suppression.codes.contains { $0.code == code }
    }
    return covers ? edit : nil
  }
}

/// The smallest single edit turning `old` into `new` (whole UTF-8 characters), so an editor
/// applying a fix-all keeps the cursor and folds where they were.
enum MinimalEdit {
  static func between(_ old: [UInt8], _ new: [UInt8]) -> TextEdit? {
    guard old != new else { return nil }
    var prefix = 0
    let shorter = min(old.count, new.count)
    while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
    func continues(_ bytes: [UInt8], _ i: Int) -> Bool { i < bytes.count && bytes[i] & 0xC0 == 0x80 }
    while prefix > 0 && (continues(old, prefix) || continues(new, prefix)) { prefix -= 1 }
    var suffix = 0
    while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
    while suffix > 0 && (continues(old, old.count - suffix) || continues(new, new.count - suffix)) { suffix -= 1 }
    let replacement = new[prefix..<(new.count - suffix)]
    return TextEdit(range: ByteRange(prefix, old.count - suffix), newText: String(decoding: replacement, as: UTF8.self))
  }
}
