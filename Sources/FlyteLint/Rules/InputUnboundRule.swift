/// FL505: a node leaves a required task input unbound.
public enum InputUnboundRule: Rule {
  public static let description = RuleDescription(
    code: "FL505", name: "input-unbound", severity: .error,
    summary: "a required task input is not bound by the workflow node",
    rationale: """
      A task input without a default must receive a value from the node; Flyte refuses to \
      compile the workflow otherwise.
      """,
    bad: [
      "tasks:\n  - {name: pkg.t, inputs: {a: int, b: {type: int, default: 2}}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: «pkg.t»}\n"
    ],
    good: [
      "tasks:\n  - {name: pkg.t, inputs: {a: int, b: {type: int, default: 2}}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: 1}}\n"
    ])

  public static func check(_ context: inout RuleContext) {
    RunChecks.reportUsesResolvedInFile(description, &context)
  }
}
