import FlyteManifest
import FlyteSyntax

/// FL401: an input (or output) with no type.
public enum InputTypeMissingRule: Rule {
  public static let description = RuleDescription(
    code: "FL401", name: "input-type-missing", severity: .error,
    summary: "an input or output has no type",
    rationale: """
      A Flyte interface is typed: every value crosses the task boundary as a literal of its \
      declared type. flytekit refuses a task whose parameter has no annotation (unless \
      `pickle_untyped: true`, which pickles it instead: FL403). An entry with an empty value, \
      an empty string or a long form without `type:` (`{default: 1}`) has no type; so does a \
      flyteidl variable without `type`.
      """,
    flytekit: "'a' has no type. Please add a type annotation to the input parameter.",
    bad: [
      "tasks:\n  - name: t\n    inputs:\n      «a»:\n      b: int\n",
      "tasks:\n  - name: t\n    inputs: {«a»: {default: 1}}\n",
      "tasks:\n  - name: t\n    inputs:\n      «a»: \"\"\n    outputs:\n      «o0»: {description: \"the result\"}\n",
      """
      template:
        type: python-task
        metadata: {}
        interface:
          inputs:
            variables:
              «n»: {description: n}
      """,
    ],
    good: [
      "tasks:\n  - name: t\n    inputs:\n      a: int\n      b: {type: int, default: 1}\n",
      "tasks:\n  - name: t\n    pickle_untyped: true\n    inputs:\n      a:\n",
      "tasks:\n  - name: t\n    inputs: {}\n    outputs: {o0: str}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    for typed in context.typedTasks {
      if typed.picklesUntyped(context.tree) { continue }
      for (side, parameter) in typed.parameters {
        guard case .missing = typed.type(of: parameter) else { continue }
        let range = context.tree.oneLineRange(parameter.key)
        let message = "\(side.rawValue) \"\(parameter.name)\" has no type"
        let example = side == .input
          ? "`\(parameter.name): int`, or `\(parameter.name): {type: int, default: 1}`"
          : "`\(parameter.name): str`"
        let flytekit = side == .input && typed.task.format == .native
          ? "flytekit: '\(parameter.name)' has no type. Please add a type annotation to the input parameter."
          : nil
        context.report(
          message, at: range, note: flytekit,
          help: typed.task.format == .native ? "add a type, e.g. \(example)" : "add a LiteralType, e.g. `type: {simple: INTEGER}`")
      }
    }
  }
}
