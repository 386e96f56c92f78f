import FlyteManifest
import FlyteSyntax

/// FL404: an input's default does not fit its type.
public enum DefaultTypeMismatchRule: Rule {
  public static let description = RuleDescription(
    code: "FL404", name: "default-type-mismatch", severity: .error,
    summary: "an input default does not fit the input's type",
    rationale: """
      A default must convert to a literal of the input's type; one that does not fit fails \
      later, when the task is registered or run, instead of where it is written. "Fits" is \
      the one definition shared with FL405, FL503 and the simulator: simple types exact (a \
      bool is not an int, an int fits a float), strings fit datetime, timedelta, FlyteFile and \
      FlyteDirectory when they parse as one, null only Optional types, lists and dicts element \
      by element. The finding points at the innermost value that does not fit.
      """,
    bad: [
      "tasks:\n  - name: t\n    inputs:\n      a: {type: int, default: «1.5»}\n",
      "tasks:\n  - name: t\n    inputs:\n      a: {type: \"List[int]\", default: [1, «\"2\"», 3]}\n",
      "tasks:\n  - name: t\n    inputs:\n      a: {type: bool, default: «null»}\n",
      "types:\n  Mode: Enum[fast, accurate]\ntasks:\n  - name: t\n    inputs:\n      m: {type: Mode, default: «fsat»}\n      d: {type: timedelta, default: «5 minutes»}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    inputs:\n      a: {type: float, default: 1}\n      b: {type: \"Optional[int]\", default: null}\n",
      "tasks:\n  - name: t\n    inputs:\n      a: {type: \"Dict[str, List[int]]\", default: {x: [1, 2]}}\n      b: {type: timedelta, default: 5m}\n      c: {type: datetime, default: 2024-01-01T00:00:00Z}\n",
      "tasks:\n  - name: t\n    inputs:\n      a: {type: str, default: \"1.5\"}\n      b: {type: bytes, default: 3}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for typed in context.typedTasks {
      for parameter in typed.task.inputs {
        guard let defaultNode = parameter.defaultNode, let type = typed.type(of: parameter).type,
          let mismatch = TypeFits.check(defaultNode, against: type, in: tree)
        else { continue }
        let (reason, help) = MismatchText.explain(mismatch, declared: type, in: tree)
        let message = "default of input \"\(parameter.name)\" does not fit \"\(typed.display(parameter, type))\": \(reason)"
        let range = tree.oneLineRange(mismatch.node)
        var hint = help
        if mismatch.found == "null" && mismatch.node == defaultNode {
          hint = (help ?? "") + "; flytekit treats a None default as no default, so the input stays required"
        }
        context.report(message, at: range, help: hint)
      }
    }
  }
}
