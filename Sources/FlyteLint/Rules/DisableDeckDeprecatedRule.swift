import FlyteManifest
import FlyteSyntax

/// FL302: `disable_deck` instead of `enable_deck`.
public enum DisableDeckDeprecatedRule: Rule {
  public static let description = RuleDescription(
    code: "FL302", name: "disable-deck-deprecated", severity: .warning,
    summary: "disable_deck is deprecated; use enable_deck",
    rationale: """
      `disable_deck` is deprecated since flytekit 1.10.0, which warns whenever it is given \
      (`true` or `false`). The fix writes the same setting as `enable_deck` with the opposite \
      value. Not reported when `enable_deck` is set as well (FL301).
      """,
    flytekit: "accepted with a FutureWarning: disable_deck was deprecated in 1.10.0, please use enable_deck instead",
    fix: .safe,
    fixSummary: "replaces `disable_deck: X` with `enable_deck: <not X>`",
    bad: [
      "tasks:\n  - name: t\n    «disable_deck»: true\n",
      "tasks:\n  - name: t\n    «disable_deck»: no\n",
      "defaults:\n  «disable_deck»: false\ntasks:\n  - name: t\n",
    ],
    good: [
      "tasks:\n  - name: t\n    enable_deck: false\n",
      "tasks:\n  - name: t\n    disable_deck: null\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    disable_deck: false\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native {
      guard let disable = DeckSettings.given("disable_deck", in: task, tree: tree), let key = disable.key,
        DeckFlagsConflictRule.conflict(in: task, tree: tree) == nil
      else { continue }
      var fix: Fix?
      var help = "write \"enable_deck\" with the opposite value"
      if let value = tree.flag(disable.value) {
        let replacement = value ? "false" : "true"
        fix = Fix(
          .safe, "replace with `enable_deck: \(replacement)`",
          edits: [
            ScalarEdit.replacing(key, with: "enable_deck", in: tree),
            TextEdit(range: tree.findingRange(disable.value), newText: replacement),
          ])
        help = "write `enable_deck: \(replacement)`"
      }
      context.report(
        "\"disable_deck\" is deprecated since flytekit 1.10.0; use \"enable_deck\"", at: tree.findingRange(key),
        help: help, related: context.defaultsNote(disable, task: task), fix: fix)
    }
  }
}
