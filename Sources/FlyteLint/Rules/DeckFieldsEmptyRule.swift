import FlyteManifest
import FlyteSyntax

/// FL306: decks on with no deck fields.
public enum DeckFieldsEmptyRule: Rule {
  public static let description = RuleDescription(
    code: "FL306", name: "deck-fields-empty", severity: .warning,
    summary: "decks are on but deck_fields is empty, so no deck is produced",
    rationale: """
      With decks on, flytekit renders exactly the listed fields: `deck_fields: []` (or `null`) \
      turns every deck off while `enable_deck: true` says the opposite. Leave `deck_fields` out \
      to get the default decks (Source Code, Dependencies, Timeline, Input, Output).
      """,
    flytekit: "accepted; the task produces no deck",
    bad: [
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: «[]»\n",
      "tasks:\n  - name: t\n    disable_deck: false\n    deck_fields: «null»\n",
    ],
    good: [
      "tasks:\n  - name: t\n    enable_deck: true\n",
      "tasks:\n  - name: t\n    deck_fields: []\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Timeline]\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native {
      guard let fields = task.field("deck_fields"), DeckSettings.enabled(task, tree: tree) else { continue }
      let value = tree.resolved(fields.value)
      guard tree.isNull(value) || (tree.isSequence(value) && tree.items(of: value).isEmpty) else { continue }
      context.report(
        "\"deck_fields\" is empty, so no deck is produced although decks are on", at: context.valueRange(fields),
        help: "remove \"deck_fields\" for the default decks, or list the decks you want",
        related: context.defaultsNote(fields, task: task))
    }
  }
}
