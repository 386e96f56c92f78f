import FlyteManifest
import FlyteSyntax

/// FL205: retries outside flyteidl's uint32.
public enum RetriesOutOfRangeRule: Rule {
  public static let description = RuleDescription(
    code: "FL205", name: "retries-out-of-range", severity: .error,
    summary: "retries below 0 or above 4294967295",
    rationale: """
      flyteidl keeps retries in a uint32. flytekit does not check the value when the task is \
      declared; protobuf refuses it only when the task is serialised for registration. Also \
      checked in flyteidl templates (`retries.retries`).
      """,
    flytekit: "Value out of range: -1",
    bad: [
      "tasks:\n  - name: t\n    retries: «-1»\n",
      "tasks:\n  - name: t\n    retries: «4294967296»\n",
      "tasks:\n  - name: t\n    metadata:\n      retries: «-3»\n",
      "type: python-task\nmetadata:\n  retries: {retries: «-2»}\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    retries: 0\n",
      "tasks:\n  - name: t\n    retries: 3\n",
      "tasks:\n  - name: t\n    retries: -0\n",
      "type: python-task\nmetadata:\n  retries: {retries: \"3\"}\ninterface: {}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      guard let retries = TaskRetries.read(task, tree: tree), retries.outOfRange else { continue }
      let name = context.keyName(retries.field, "retries")
      context.report(
        "\(name) \(retries.shown(tree)) is out of range; it must be between 0 and 4294967295",
        at: context.valueRange(retries.field),
        note: task.format == .native ? "flytekit: Value out of range: \(retries.decimal)" : nil,
        related: context.defaultsNote(retries.field, task: task))
    }
  }
}
