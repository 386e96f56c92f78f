import FlyteManifest
import FlyteSyntax

/// FL303: a `deck_fields` entry that is not a DeckField value.
public enum DeckFieldInvalidRule: Rule {
  public static let description = RuleDescription(
    code: "FL303", name: "deck-field-invalid", severity: .error,
    summary: "a deck field that is not one of Input, Output, Source Code, Timeline, Dependencies",
    rationale: """
      flytekit accepts exactly the DeckField values, spelt as they are: `input`, `INPUT` or \
      `source_code` are refused. flytekit checks only when decks are on; we always do, so \
      turning decks on later does not break the task. The fix writes the intended spelling.
      """,
    flytekit: DeckFields.flytekitText(element: "input"),
    fix: .safe,
    fixSummary: "writes the DeckField value the entry means (`input` → `Input`, `SOURCE_CODE` → `Source Code`)",
    bad: [
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [«input», Output]\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - «SOURCE_CODE»\n      - «\"source_code\"»\n",
      "tasks:\n  - name: t\n    deck_fields: [«bogus»]\n",
    ],
    good: [
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Source Code, \"Timeline\"]\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Output, Dependencies]\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: []\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native {
      guard let fields = DeckSettings.given("deck_fields", in: task, tree: tree), tree.isSequence(fields.value) else { continue }
      let enabled = DeckSettings.enabled(task, tree: tree)
      for item in tree.items(of: tree.resolved(fields.value)) {
        guard let text = tree.string(item), !DeckFields.valid.contains(text) else { continue }
        let suggestion = DeckFields.suggestion(for: text)
        let message = "\"\(text)\" is not a deck field"
          + (suggestion.map { "; did you mean \"\($0)\"?" }
            ?? "; expected one of \(DeckFields.valid.map { "\"\($0)\"" }.joined(separator: ", "))")
        let fix = suggestion.map { Fix(.safe, "replace with \"\($0)\"", edits: [ScalarEdit.replacing(item, with: $0, in: tree)]) }
        context.report(
          message, at: tree.findingRange(item),
          note: enabled ? "flytekit: \(DeckFields.flytekitText(element: text))" : nil,
          related: context.defaultsNote(fields, task: task), fix: fix)
      }
    }
  }
}
