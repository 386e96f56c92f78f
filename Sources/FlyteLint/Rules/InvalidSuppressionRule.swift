/// FL902: a suppression naming no rule. Reported by the linter's suppression pass.
public enum InvalidSuppressionRule: Rule {
  public static let description = RuleDescription(
    code: "FL902", name: "invalid-suppression", severity: .warning,
    summary: "a suppression comment names an unknown rule",
    rationale: """
      A misspelt code suppresses nothing, so the finding it was meant for still fails the run — \
      or, worse, the author believes a problem is acknowledged when it is not.
      """,
    bad: [
      "tasks:\n  - name: t\n    cache: true  # flyte-lint: disable=FL101,«FL9999»\n",
      "tasks:\n  - name: t\n    cache: false  # flyte-lint: disable-file=«cache-versoin-missing»\n",
    ],
    good: ["tasks:\n  - name: t\n    cache: true  # flyte-lint: disable=cache-version-missing\n"])

  public static func check(_ context: inout RuleContext) {}
}
