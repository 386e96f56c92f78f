import FlyteManifest
import FlyteSyntax

/// FL403: a type flytekit cannot map to a Flyte type, so it pickles the value.
public enum TypePickledRule: Rule {
  public static let description = RuleDescription(
    code: "FL403", name: "type-pickled", severity: .warning,
    summary: "a type flytekit cannot map falls back to pickle",
    rationale: """
      For a type it has no transformer for (`bytes`, `Any`, `tuple`, a class it does not \
      know), flytekit does not fail: it serialises the value with pickle. The value is then \
      opaque to Flyte (no type checking between tasks, no UI rendering, no caching on its \
      content) and ties producer and consumer to the same Python classes. Declare your own \
      dataclasses, pydantic models and Enums in the top-level `types:` mapping so they are \
      known; a name close to a known type is likely a typo. Also reported: untyped inputs under \
      `pickle_untyped: true`, and flyteidl variables whose blob format is `PythonPickle`.
      """,
    flytekit: "logs a WARNING (`Unsupported Type … found, Flyte will default to use PickleFile as the transport.`) and pickles the value",
    bad: [
      "tasks:\n  - name: t\n    inputs:\n      payload: «bytes»\n      items: List[«Any»]\n",
      "tasks:\n  - name: t\n    inputs:\n      cfg: Optional[«MyConfig»]\n",
      "tasks:\n  - name: t\n    outputs:\n      o0: «Lsit[int]»\n",
      "tasks:\n  - name: t\n    pickle_untyped: true\n    inputs:\n      «a»:\n",
    ],
    good: [
      "types:\n  MyConfig: dataclass\ntasks:\n  - name: t\n    inputs:\n      cfg: Optional[MyConfig]\n",
      "tasks:\n  - name: t\n    inputs:\n      blob: FlyteFile\n      table: pd.DataFrame\n      meta: dict\n",
    ])

  /// Python builtins and typing names flytekit has no transformer for.
  static let builtins: Set<String> = [
    "bytes", "bytearray", "memoryview", "complex", "object", "Any", "tuple", "Tuple", "set", "Set",
    "frozenset", "FrozenSet", "Callable", "Iterator", "Iterable", "Generator", "Sequence", "Mapping", "type", "Type",
  ]

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for typed in context.typedTasks {
      let untypedPickled = typed.picklesUntyped(tree)
      for (side, parameter) in typed.parameters {
        var what: String { "\(side.rawValue) \"\(parameter.name)\"" }
        switch typed.type(of: parameter) {
        case .missing where untypedPickled:
          let range = tree.oneLineRange(parameter.key)
          let message = "\(what) has no type: with pickle_untyped, flytekit pickles it"
          context.report(message, at: range, help: "add a type so Flyte can check and show the value")
        case .resolved(_, let pickled):
          for issue in pickled {
            let range = ByteRange(issue.start, issue.end)
            let name = issue.name ?? ""
            let known = PythonTypeParser.knownNames + typed.types.userTypes.keys.sorted()
            let suggestion = Suggestion.closest(to: name, in: known).flatMap { $0 == name ? nil : $0 }
            var message = "\(issue.message): flytekit pickles \(what)"
            if let suggestion { message += "; did you mean \"\(suggestion)\"?" }
            var help: String?
            if suggestion == nil && typed.task.format == .native {
              let base = name.hasPrefix("typing.") ? String(name.dropFirst(7)) : name
              help = builtins.contains(base)
                ? "flytekit has no transformer for \"\(base)\"; use a type Flyte knows (FlyteFile for raw bytes, dict or a dataclass for structured data)"
                : "if \"\(name)\" is your own dataclass, pydantic model or Enum, declare it in `types:` (e.g. `\(name): dataclass`)"
            }
            context.report(message, at: range, help: help)
          }
        default:
          continue
        }
      }
    }
  }
}
