import FlyteManifest
import FlyteSyntax

/// FL206: more retries than the configured maximum.
public enum RetriesTooManyRule: Rule {
  public static let description = RuleDescription(
    code: "FL206", name: "retries-too-many", severity: .warning,
    summary: "more retries than the configured maximum (default 10)",
    rationale: """
      Each retry runs the task again; flyteidl documents at most 10 retries, though nothing \
      enforces it. The limit comes from the configuration's `retries: {max}`. Values outside \
      uint32 are FL205.
      """,
    bad: [
      "tasks:\n  - name: t\n    retries: «11»\n",
      "defaults:\n  retries: «50»\ntasks:\n  - name: t\n",
      "type: python-task\nmetadata:\n  retries: {retries: «100»}\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    retries: 10\n",
      "tasks:\n  - name: t\n    retries: 4294967296\n",
      "defaults:\n  retries: 50\ntasks:\n  - name: t\n    retries: 2\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    let maximum = UInt64(max(0, context.options.retriesMax))
    for task in context.tasks {
      guard let retries = TaskRetries.read(task, tree: tree), !retries.outOfRange,
        let value = retries.magnitude, value > maximum
      else { continue }
      let name = context.keyName(retries.field, "retries")
      context.report(
        "\(name) \(retries.shown(tree)) is above the maximum of \(maximum)", at: context.valueRange(retries.field),
        help: "each retry runs the task again; the limit is the configuration's `retries: {max}`",
        related: context.defaultsNote(retries.field, task: task))
    }
  }
}
