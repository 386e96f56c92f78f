import FlyteManifest
import FlyteSyntax

/// FL402: a type that cannot be read, or a bare `list` / `List`.
public enum TypeInvalidRule: Rule {
  public static let description = RuleDescription(
    code: "FL402", name: "type-invalid", severity: .error,
    summary: "a type is malformed, or a bare list",
    rationale: """
      A type that is not valid annotation syntax (`List[int`, `Dict[str]`, `int[str]`) cannot \
      be mapped to a Flyte type at all, and a bare `list` / `List` has no element type, which \
      flytekit refuses. The finding points at the character at fault. Also checked: the \
      entries of the top-level `types:` mapping (each `dataclass`, `pydantic` or `Enum[a, b]`), \
      types given as something other than a string, and flyteidl LiteralTypes that set no \
      type, two types, or an unknown simple type. Nesting is capped at 64 levels.
      """,
    flytekit: "Type of Generic List type is not supported, Only generic univariate typing.List[T] type is supported.",
    bad: [
      "tasks:\n  - name: t\n    inputs:\n      a: List«[»int\n",
      "tasks:\n  - name: t\n    inputs:\n      a: {type: \"Optional[«list»]\", default: null}\n",
      "tasks:\n  - name: t\n    outputs:\n      o0: Dict[str, int]«]»\n",
      "types:\n  Mode: Enum[fast, «fast»]\ntasks:\n  - name: t\n    inputs: {m: Mode}\n",
      "tasks:\n  - name: t\n    inputs:\n      a: «3»\n",
      """
      template:
        type: python-task
        metadata: {}
        interface:
          inputs:
            variables:
              n: {type: {simple: «INTEGR»}}
      """,
    ],
    good: [
      "tasks:\n  - name: t\n    inputs:\n      a: List[int]\n      b: \"Dict[str, List[float]]\"\n      c: dict\n",
      "types:\n  Mode: Enum[fast, slow]\n  Config: dataclass\ntasks:\n  - name: t\n    inputs: {m: \"Optional[Mode]\", c: Config}\n",
      "tasks:\n  - name: t\n    inputs:\n      a: \"list[int] | None\"\n      b: Annotated[List[int], Field(max_length=[3])]\n",
    ])

  static let genericListText =
    "Type of Generic List type is not supported, Only generic univariate typing.List[T] type is supported."

  public static func check(_ context: inout RuleContext) {
    for environment in context.nativeTypeEnvironments {
      for issue in environment.declarationIssues {
        report(issue, message: issue.message, &context)
      }
    }
    for typed in context.typedTasks {
      for (side, parameter) in typed.parameters {
        guard case .invalid(let issue) = typed.type(of: parameter) else { continue }
        report(issue, message: "\(side.rawValue) \"\(parameter.name)\" has an invalid type: \(issue.message)", &context)
      }
    }
  }

  private static func report(_ issue: TypeIssue, message: String, _ context: inout RuleContext) {
    let range = ByteRange(issue.start, issue.end)
    switch issue.kind {
    case .genericList:
      context.report(message, at: range, note: "flytekit: \(genericListText)", help: "give the element type, e.g. `List[int]`")
    case .tooDeep:
      context.report(message, at: range, help: "flatten the type, e.g. with a dataclass declared in `types:`")
    default:
      context.report(message, at: range)
    }
  }
}
