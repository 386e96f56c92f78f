/// FL901: a suppression comment that silenced nothing. Reported by the linter's suppression
/// pass (it needs every other rule's findings), so `check` is empty.
public enum UnusedSuppressionRule: Rule {
  public static let description = RuleDescription(
    code: "FL901", name: "unused-suppression", severity: .warning,
    summary: "a suppression comment silences nothing",
    rationale: """
      A stale `# flyte-lint: disable=` hides the next real problem on that line and misleads \
      readers about what is wrong. Only codes of rules that ran are judged.
      """,
    fix: .safe,
    fixSummary: "removes the unused code, or the whole comment (its line, when it stands alone) when it names nothing else",
    bad: [
      "tasks:\n  - name: t\n    retries: 3  # flyte-lint: disable=«FL101»\n",
      "tasks:\n  - name: t\n    cache: true  # flyte-lint: disable=FL101,«FL002» -- known\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: true  # flyte-lint: disable=FL101 -- migrating\n",
      "# flyte-lint: disable-next-line=cache-version-missing\ntasks: [{name: t, cache: true}]\n",
    ])

  public static func check(_ context: inout RuleContext) {}
}
