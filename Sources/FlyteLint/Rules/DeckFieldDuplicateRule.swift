import FlyteManifest
import FlyteSyntax

/// FL305: a deck field listed twice.
public enum DeckFieldDuplicateRule: Rule {
  public static let description = RuleDescription(
    code: "FL305", name: "deck-field-duplicate", severity: .warning,
    summary: "a deck field is listed twice",
    rationale: """
      flytekit keeps duplicates, so the deck is rendered twice and the HTML shows one tab for \
      both. The fix removes the later entry.
      """,
    fix: .safe,
    fixSummary: "removes the repeated entry (unsafe when that deletes a comment on its line)",
    bad: [
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Timeline, «Timeline»]\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - Input\n      - Output\n      - «Input»\n",
    ],
    good: [
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Timeline, Input]\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, input]\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native {
      guard let fields = DeckSettings.given("deck_fields", in: task, tree: tree), tree.isSequence(fields.value) else { continue }
      let sequence = tree.resolved(fields.value)
      // At most five distinct fields: a list beats a dictionary.
      var first: [(text: String, item: NodeID)] = []
      for (index, item) in tree.items(of: sequence).enumerated() {
        guard let text = tree.string(item), DeckFields.valid.contains(text) else { continue }
        guard let earlier = first.first(where: { $0.text == text })?.item else {
          first.append((text, item))
          continue
        }
        let fix = ScalarEdit.removingItem(at: index, of: sequence, in: tree).map {
          Fix.removing("remove the repeated \"\(text)\"", edits: [$0], in: tree)
        }
        context.report(
          "deck field \"\(text)\" is listed twice", at: tree.findingRange(item), help: "remove this entry",
          related: [RelatedLocation(range: tree.findingRange(earlier), message: "first listed here")]
            + context.defaultsNote(fields, task: task),
          fix: fix)
      }
    }
  }
}
