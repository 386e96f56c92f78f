import FlyteManifest
import FlyteSyntax

/// FL301: both `enable_deck` and `disable_deck`.
public enum DeckFlagsConflictRule: Rule {
  static let flytekitText = "only one of [disable_deck, enable_deck] can be set"

  public static let description = RuleDescription(
    code: "FL301", name: "deck-flags-conflict", severity: .error,
    summary: "both enable_deck and disable_deck are set",
    rationale: """
      flytekit refuses a task that sets both flags, even when they agree \
      (`enable_deck: false, disable_deck: true`). A flag given as `null` counts as not set. \
      Keep `enable_deck`: `disable_deck` is deprecated (FL302).
      """,
    flytekit: flytekitText,
    bad: [
      "tasks:\n  - name: t\n    enable_deck: true\n    «disable_deck»: false\n",
      "tasks:\n  - name: t\n    disable_deck: true\n    «enable_deck»: false\n",
      "defaults:\n  disable_deck: true\ntasks:\n  - name: t\n    «enable_deck»: true\n",
    ],
    good: [
      "tasks:\n  - name: t\n    enable_deck: true\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    disable_deck: null\n",
      "defaults:\n  disable_deck: true\ntasks:\n  - name: t\n    disable_deck: false\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native {
      guard let conflict = conflict(in: task, tree: tree), let laterKey = conflict.later.key,
        let earlierKey = conflict.earlier.key
      else { continue }
      let laterName = context.keyName(conflict.later, "")
      let earlierName = context.keyName(conflict.earlier, "")
      var related = [RelatedLocation(range: tree.findingRange(earlierKey), message: "\"\(earlierName)\" is set here")]
      related += context.defaultsNote(conflict.later, task: task)
      context.report(
        "\"\(laterName)\" conflicts with \"\(earlierName)\": only one of them can be set",
        at: tree.findingRange(laterKey), note: "flytekit: \(flytekitText)",
        help: "keep only \"enable_deck\" (\"disable_deck\" is deprecated)", related: related)
    }
  }

  /// Both flags given (not null): the later one is the task's own when the other comes from
  /// `defaults:`, else the one written later.
  static func conflict(in task: TaskSpec, tree: SyntaxTree) -> (earlier: FieldRef, later: FieldRef)? {
    guard let enable = DeckSettings.given("enable_deck", in: task, tree: tree),
      let disable = DeckSettings.given("disable_deck", in: task, tree: tree)
    else { return nil }
    if (enable.origin == .defaults) != (disable.origin == .defaults) {
      return enable.origin == .defaults ? (enable, disable) : (disable, enable)
    }
    let enableStart = enable.key.map { tree.findingRange($0).start } ?? 0
    let disableStart = disable.key.map { tree.findingRange($0).start } ?? 0
    return enableStart < disableStart ? (enable, disable) : (disable, enable)
  }
}
