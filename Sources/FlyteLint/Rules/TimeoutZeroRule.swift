import FlyteManifest
import FlyteSyntax

/// FL203: a zero timeout, which means no timeout.
public enum TimeoutZeroRule: Rule {
  public static let description = RuleDescription(
    code: "FL203", name: "timeout-zero", severity: .warning,
    summary: "a zero timeout means no timeout",
    rationale: """
      flytekit treats a falsy timeout (`0`, `0.0`, `timedelta(0)`) as not set and serialises no \
      timeout; the platform ignores a zero deadline too. Writing one suggests a bound that is \
      not there: remove it or set a positive one.
      """,
    flytekit: "accepted; no timeout is serialised",
    bad: [
      "tasks:\n  - name: t\n    timeout: «0»\n",
      "tasks:\n  - name: t\n    timeout: «0.0»\n",
      "tasks:\n  - name: t\n    timeout: «0s»\n",
      "tasks:\n  - name: t\n    timeout: «{minutes: 0}»\n",
      "type: python-task\nmetadata:\n  timeout: «\"0s\"»\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    timeout: 1\n",
      "tasks:\n  - name: t\n    timeout: null\n",
      "tasks:\n  - name: t\n    timeout: 0.5s\n",
      "type: python-task\nmetadata:\n  timeout: \"0.001s\"\ninterface: {}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    for task in context.tasks {
      guard let timeout = context.facts.timeout(of: task), let value = timeout.reading.parse.value, value.isZero
      else { continue }
      let name = TaskTimeout.name(timeout, context)
      context.report(
        "\(name) \"\(timeout.shown)\" means no timeout", at: context.valueRange(timeout.field),
        help: "remove it, or set a positive bound", related: context.defaultsNote(timeout.field, task: task))
    }
  }
}
