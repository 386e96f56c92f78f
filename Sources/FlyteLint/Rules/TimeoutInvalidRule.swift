import FlyteManifest
import FlyteSyntax

/// FL201: a timeout that is no duration at all.
public enum TimeoutInvalidRule: Rule {
  static let flytekitText = "timeout should be duration represented as either a datetime.timedelta or int seconds"

  public static let description = RuleDescription(
    code: "FL201", name: "timeout-invalid", severity: .error,
    summary: "a timeout that is not an int, a duration string or a timedelta mapping",
    rationale: """
      flytekit takes int seconds or a `datetime.timedelta` and rejects any other truthy value, \
      floats included (`1.0` as much as `1.5`); `true` slips through as 1 second. A manifest \
      also accepts duration strings (`5m`, `1h30m`, `00:05:00`, `PT5M`) and timedelta mappings \
      (`{minutes: 5}`); anything else, and any value beyond ±315,576,000,000 s (what a flyteidl \
      Duration holds), is reported. In flyteidl templates the timeout is a proto3-JSON duration \
      string such as `"300s"`. `0.0` is FL203.
      """,
    flytekit: flytekitText,
    bad: [
      "tasks:\n  - name: t\n    timeout: «1.5»\n",
      "tasks:\n  - name: t\n    timeout: «1.0»\n",
      "tasks:\n  - name: t\n    timeout: «true»\n",
      "tasks:\n  - name: t\n    timeout: «5 minutes»\n",
      "tasks:\n  - name: t\n    timeout: {«mins»: 5}\n",
      "tasks:\n  - name: t\n    timeout: «315576000001»\n",
      "type: python-task\nmetadata:\n  timeout: «\"5m\"»\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    timeout: 300\n",
      "tasks:\n  - name: t\n    timeout: 1h30m\n",
      "tasks:\n  - name: t\n    timeout: \"00:05:00\"\n",
      "tasks:\n  - name: t\n    timeout: {minutes: 1.5, seconds: 10}\n",
      "tasks:\n  - name: t\n    timeout: 315576000000\n",
      "tasks:\n  - name: t\n    timeout: 0.0\n",
      "type: python-task\nmetadata:\n  timeout: \"90.500s\"\ninterface: {}\n",
    ])

  static let help = "use int seconds (300), a duration string (\"5m\", \"1h30m\", \"00:05:00\", \"PT5M\") or a timedelta mapping ({minutes: 5})"

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      guard let timeout = context.facts.timeout(of: task), let problem = timeout.reading.parse.problem else { continue }
      let name = TaskTimeout.name(timeout, context)
      let shown = tree.isScalar(timeout.field.value) ? " \"\(timeout.shown)\"" : ""
      var help: String? = task.format == .flyteidl ? "write seconds with an \"s\" suffix, like \"300s\"" : Self.help
      let message: String
      switch problem {
      case .unparsable(let detail): message = "\(name)\(shown) is not a valid duration: \(detail)"
      case .unknownTimedeltaField, .timedeltaValueNotNumber: message = problem.description
      case .float:
        message = "\(name)\(shown) is a float; flytekit takes whole seconds as an int"
        if case .float = tree.scalar(timeout.field.value) {
          help = "write whole seconds as an int, or a duration string such as \"\(timeout.shown)s\""
        } else {
          help = "write whole seconds as an int"
        }
      case .outOfRange:
        message = "\(name)\(shown) is beyond ±315576000000 seconds, the largest duration flyteidl can hold"
        help = nil
      case .bool, .wrongKind: message = "\(name)\(shown) is \(problem.description)"
      }
      let range = timeout.reading.node == timeout.field.value
        ? context.valueRange(timeout.field) : context.oneLineRange(timeout.reading.node, key: nil)
      let note = flytekitRaises(task, timeout, tree: tree) ? "flytekit: \(flytekitText)" : nil
      context.report(
        message, at: range, note: note, help: help, related: context.defaultsNote(timeout.field, task: task))
    }
  }

  /// flytekit raises for a truthy value that is neither an int (bools included) nor a
  /// timedelta: a non-zero float, a non-empty string, a non-empty list.
  private static func flytekitRaises(_ task: TaskSpec, _ timeout: TaskTimeout.Reading, tree: SyntaxTree) -> Bool {
    guard task.format == .native else { return false }
    let value = tree.resolved(timeout.field.value)
    if tree.isSequence(value) { return !tree.items(of: value).isEmpty }
    switch tree.scalar(value) {
    case .float, .infinity, .nan: return true
    case .string(let s): return !s.isEmpty
    default: return false
    }
  }
}
