import FlyteLint
import FlyteManifest
import FlyteSyntax

/// What a hover shows: Markdown and the bytes it is about.
public struct HoverResult: Sendable, Equatable {
  public var markdown: String
  public var range: ByteRange

  public init(markdown: String, range: ByteRange) {
    self.markdown = markdown
    self.range = range
  }
}

/// Hover contents, free of protocol: a key's meaning and flytekit default, a DeckField's deck,
/// a suppressed rule's docs, and the docs of the findings under the cursor (SPEC §10).
public enum HoverProvider {
  /// The hover at byte `offset` of `file`; `findings` are the file's current diagnostics.
  public static func hover(in file: ManifestFile, at offset: Int, findings: [Finding])
    -> HoverResult?
  {
    var sections: [String] = []
    var range: ByteRange?
    if let subject = suppressionCode(in: file, at: offset) ?? node(in: file, at: offset) {
      sections.append(subject.markdown)
      range = subject.range
    }
    for finding in findings where covers(finding.range, offset) {
      sections.append(findingMarkdown(finding))
      range = range ?? finding.range
    }
    guard let range, !sections.isEmpty else { return nil }
    return HoverResult(markdown: sections.joined(separator: "\n---\n\n"), range: range)
  }

  /// A finding's message (and flytekit's text), then its rule's short docs.
  static func findingMarkdown(_ finding: Finding) -> String {
    var out = "**\(finding.code)**: \(finding.message)\n\n"
    if let note = finding.note { out += "\(note)\n\n" }
    if let help = finding.help { out += "help: \(help)\n\n" }
    if let rule = RuleMarkdown.brief(named: finding.code) { out += rule }
    return out
  }

  /// True when the cursor is on the range (an empty range: right at it).
  static func covers(_ range: ByteRange, _ offset: Int) -> Bool {
    range.contains(offset) || (range.isEmpty && offset == range.lowerBound)
  }

  /// A rule code or name inside a `# flyte-lint: disable…` comment.
  private static func suppressionCode(in file: ManifestFile, at offset: Int) -> HoverResult? {
    guard file.tree.comments.contains(where: { $0.contains(offset) }) else { return nil }
    for suppression in Suppression.all(in: file) where suppression.comment.contains(offset) {
      for code in suppression.codes where code.range.contains(offset) {
        guard let text = RuleMarkdown.brief(named: code.text) else { return nil }
        return HoverResult(markdown: text, range: code.range)
      }
    }
    return nil
  }

  /// A key's docs, or a DeckField value's.
  private static func node(in file: ManifestFile, at offset: Int) -> HoverResult? {
    let tree = file.tree
    guard let located = LocatedNode.locate(in: tree, at: offset) else { return nil }
    let range = tree[located.node].contentRange
    let text = tree.isScalar(located.node) ? tree.scalarValue(tree.resolved(located.node)) : nil
    guard let text else { return nil }
    if located.isKey {
      let flyteidl = documentKind(of: file, at: offset) == .flyteidl
      let markdown =
        flyteidl ? flyteidlKey(text, steps: located.steps) : nativeKey(text, steps: located.steps)
      return markdown.map { HoverResult(markdown: $0, range: range) }
    }
    guard isDeckFieldItem(located.steps), let markdown = KeyDocumentation.deckField(text) else {
      return nil
    }
    return HoverResult(markdown: markdown, range: range)
  }

  private static func nativeKey(_ key: String, steps: [LocatedNode.Step]) -> String? {
    NativePlace.of(steps).flatMap { KeyDocumentation.markdown(for: key, in: $0) }
  }

  /// flyteidl task metadata fields (lowerCamelCase) show the native key they map to.
  private static func flyteidlKey(_ key: String, steps: [LocatedNode.Step]) -> String? {
    guard steps.last == .key("metadata"), let native = KeyDocumentation.flyteidlNames[key] else {
      return nil
    }
    let place: KeyPlace = TaskKeys.all.contains(native) ? .task : .metadata
    guard let markdown = KeyDocumentation.markdown(for: native, in: place) else { return nil }
    return "flyteidl `\(key)` — the native manifest's `\(native)`.\n\n" + markdown
  }

  /// An item of a task's `deck_fields` list.
  private static func isDeckFieldItem(_ steps: [LocatedNode.Step]) -> Bool {
    guard let task = NativePlace.taskPrefix(steps), steps.count == task + 2 else { return false }
    guard steps[task] == .key("deck_fields"), case .index = steps[task + 1] else { return false }
    return true
  }

  private static func documentKind(of file: ManifestFile, at offset: Int) -> DocumentKind? {
    guard let index = file.tree.documents.firstIndex(where: { $0.range.contains(offset) }),
      file.documents.indices.contains(index)
    else { return nil }
    return file.documents[index].kind
  }
}
