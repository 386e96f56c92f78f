/// FL506: a workflow node uses a deprecated task.
public enum DeprecatedTaskUsedRule: Rule {
  public static let description = RuleDescription(
    code: "FL506", name: "deprecated-task-used", severity: .warning,
    summary: "a workflow node uses a task marked `deprecated`",
    rationale: """
      flytekit prints a task's deprecation message when it is used; surfacing it where the \
      workflow names the task lets authors migrate before the task is removed.
      """,
    bad: [
      "tasks:\n  - {name: pkg.old, deprecated: \"use pkg.new\"}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: «pkg.old»}\n"
    ],
    good: [
      "tasks:\n  - {name: pkg.new}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.new}\n"
    ])

  public static func check(_ context: inout RuleContext) {
    RunChecks.reportUsesResolvedInFile(description, &context)
  }
}
