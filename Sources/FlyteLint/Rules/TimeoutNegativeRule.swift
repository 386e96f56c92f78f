import FlyteManifest
import FlyteSyntax

/// FL202: a negative timeout, which the platform ignores.
public enum TimeoutNegativeRule: Rule {
  public static let description = RuleDescription(
    code: "FL202", name: "timeout-negative", severity: .error,
    summary: "a negative timeout: the task then has no timeout at all",
    rationale: """
      flytekit accepts a negative int or timedelta and serialises it (`"-5s"`), but the platform \
      only applies a deadline above zero: a negative timeout is silently dropped and the task \
      can run forever. Also checked in flyteidl templates.
      """,
    flytekit: "accepted; serialised as a negative duration such as \"-5s\", then ignored by the platform",
    bad: [
      "tasks:\n  - name: t\n    timeout: «-5»\n",
      "tasks:\n  - name: t\n    timeout: «{seconds: -1}»\n",
      "tasks:\n  - name: t\n    timeout: «-1h»\n",
      "type: python-task\nmetadata:\n  timeout: «\"-5s\"»\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    timeout: 5\n",
      "tasks:\n  - name: t\n    timeout: {days: 1, hours: -1}\n",
      "tasks:\n  - name: t\n    timeout: 0\n",
      "type: python-task\nmetadata:\n  timeout: \"5s\"\ninterface: {}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    for task in context.tasks {
      guard let timeout = context.facts.timeout(of: task), let value = timeout.reading.parse.value,
        value.isNegative
      else { continue }
      let name = TaskTimeout.name(timeout, context)
      context.report(
        "\(name) \"\(timeout.shown)\" is negative; the platform ignores it, so the task has no timeout",
        at: context.valueRange(timeout.field), help: "set a positive timeout, or remove it",
        related: context.defaultsNote(timeout.field, task: task))
    }
  }
}
