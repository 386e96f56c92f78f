import FlyteManifest
import FlyteSyntax

/// FL304: `deck_fields` while decks are off.
public enum DeckFieldsIgnoredRule: Rule {
  public static let description = RuleDescription(
    code: "FL304", name: "deck-fields-ignored", severity: .warning,
    summary: "deck_fields is given but decks are off, so it has no effect",
    rationale: """
      Decks are off unless `enable_deck: true` (or the deprecated `disable_deck: false`); \
      flytekit then ignores `deck_fields` without a word, and the listed decks never appear. \
      A list of nothing but invalid fields is left to FL303.
      """,
    flytekit: "accepted; deck_fields is ignored while decks are off",
    bad: [
      "tasks:\n  - name: t\n    «deck_fields»: [Input, Output]\n",
      "tasks:\n  - name: t\n    enable_deck: false\n    «deck_fields»:\n      - Timeline\n",
      "tasks:\n  - name: t\n    disable_deck: true\n    «deck_fields»: [Input, bogus]\n",
    ],
    good: [
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Output]\n",
      "tasks:\n  - name: t\n    disable_deck: false\n    deck_fields: [Timeline]\n",
      "tasks:\n  - name: t\n    deck_fields: [bogus]\n",
      "tasks:\n  - name: t\n    deck_fields: []\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native {
      guard let fields = DeckSettings.given("deck_fields", in: task, tree: tree), let key = fields.key,
        tree.isSequence(fields.value), !DeckSettings.enabled(task, tree: tree),
        tree.items(of: tree.resolved(fields.value)).contains(where: { tree.string($0).map(DeckFields.valid.contains) ?? false })
      else { continue }
      var related = context.defaultsNote(fields, task: task)
      let help: String
      if let off = DeckSettings.switchedOffBy(task, tree: tree), let offKey = off.key {
        related.insert(RelatedLocation(range: tree.findingRange(offKey), message: "decks are turned off here"), at: 0)
        help = "turn decks on with `enable_deck: true`, or remove \"deck_fields\""
      } else {
        help = "decks are off by default: add `enable_deck: true`, or remove \"deck_fields\""
      }
      context.report(
        "\"deck_fields\" has no effect because decks are off", at: tree.findingRange(key), help: help,
        related: related)
    }
  }
}
