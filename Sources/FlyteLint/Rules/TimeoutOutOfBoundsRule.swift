import FlyteManifest
import FlyteSyntax

/// FL204: a timeout outside the configured bounds.
public enum TimeoutOutOfBoundsRule: Rule {
  public static let description = RuleDescription(
    code: "FL204", name: "timeout-out-of-bounds", severity: .error,
    summary: "a timeout outside the configured bounds (default 1s to 7d)",
    rationale: """
      A timeout far below a second kills the task before it starts; one of weeks holds a pod \
      (and `2 ×` that as the active deadline) long after anyone waits for it. The bounds come \
      from the configuration's `timeout: {min, max}`. Negative and zero timeouts are FL202 and \
      FL203.
      """,
    bad: [
      "tasks:\n  - name: t\n    timeout: «8d»\n",
      "tasks:\n  - name: t\n    timeout: «0.5s»\n",
      "tasks:\n  - name: t\n    timeout: «{days: 7, microseconds: 1}»\n",
      "type: python-task\nmetadata:\n  timeout: «\"604801s\"»\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    timeout: 7d\n",
      "tasks:\n  - name: t\n    timeout: 1\n",
      "tasks:\n  - name: t\n    timeout: 604800\n",
      "tasks:\n  - name: t\n    timeout: -30d\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let minimum = ExactDuration(approximatingSeconds: context.options.timeoutMin)
    let maximum = ExactDuration(approximatingSeconds: context.options.timeoutMax)
    for task in context.tasks {
      guard let timeout = context.facts.timeout(of: task), let value = timeout.reading.parse.value,
        !value.isNegative, !value.isZero
      else { continue }
      let name = TaskTimeout.name(timeout, context)
      let parsed = value.description == timeout.shown ? "" : " (\(value.description))"
      let message: String
      if let minimum, value < minimum {
        message = "\(name) \"\(timeout.shown)\"\(parsed) is below the minimum of \(minimum)"
      } else if let maximum, value > maximum {
        message = "\(name) \"\(timeout.shown)\"\(parsed) is above the maximum of \(maximum)"
      } else {
        continue
      }
      context.report(
        message, at: context.valueRange(timeout.field),
        help: "the bounds are the configuration's `timeout: {min, max}`",
        related: context.defaultsNote(timeout.field, task: task))
    }
  }
}
