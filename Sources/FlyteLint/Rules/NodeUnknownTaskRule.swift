/// FL501: a workflow node names a task found in no manifest of the run. Needs every file, so
/// it is reported by `RunChecks.finish` (a single file is its own run).
public enum NodeUnknownTaskRule: Rule {
  public static let description = RuleDescription(
    code: "FL501", name: "node-unknown-task", severity: .error,
    summary: "a workflow node names a task that no manifest defines",
    rationale: """
      Flyte compiles a workflow against registered tasks; a node naming a task that does not \
      exist fails registration. Tasks resolve across every manifest checked together (and \
      across the workspace in the editor).
      """,
    bad: [
      "tasks:\n  - name: pkg.prep\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: «pkg.perp»}\n"
    ],
    good: ["tasks:\n  - name: pkg.prep\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.prep}\n"])

  public static func check(_ context: inout RuleContext) {}
}
