import FlyteManifest
import FlyteSyntax

/// Which side of a task's interface a parameter is on.
enum InterfaceSide: String {
  case input, output
}

/// A task with the type environment of its document (the `types:` it may use), for the
/// interface rules (FL40x).
struct TypedTask {
  let task: TaskSpec
  let types: TypeEnvironment
  /// Where resolved types are remembered for the other rules.
  unowned let facts: FileFacts
  /// Inputs, then outputs (built once: several rules walk them).
  let parameters: [(side: InterfaceSide, parameter: Parameter)]

  init(task: TaskSpec, types: TypeEnvironment, facts: FileFacts) {
    self.task = task
    self.types = types
    self.facts = facts
    parameters = task.inputs.map { (.input, $0) } + task.outputs.map { (.output, $0) }
  }

  func type(of parameter: Parameter) -> ParameterType { facts.type(of: parameter, in: self) }

  /// The type as the user wrote it (native), or in Python syntax (flyteidl).
  func display(_ parameter: Parameter, _ type: PythonType) -> String {
    if task.format == .native, let text = parameter.type {
      let trimmed = trimmedSpaces(text)
      if !trimmed.isEmpty { return trimmed }
    }
    return type.description
  }

  /// `pickle_untyped: true`: flytekit pickles untyped parameters instead of refusing them.
  func picklesUntyped(_ tree: SyntaxTree) -> Bool {
    guard let field = task.field("pickle_untyped") else { return false }
    return tree.scalar(field.value) == .bool(true)
  }
}

extension RuleContext {
  /// Every task of the file's manifest documents, with its document's types.
  var typedTasks: [TypedTask] { facts.typedTasks }

  /// Type environments of the native documents, for `types:` checks.
  var nativeTypeEnvironments: [TypeEnvironment] {
    file.documents.filter { $0.kind == .native }.map { facts.environment($0) }
  }
}


/// Message parts for a value that does not fit its type (FL404, FL405).
enum MismatchText {
  /// "found a float" or "found a string where "int" is expected", and a hint.
  static func explain(_ mismatch: TypeMismatch, declared: PythonType, in tree: SyntaxTree) -> (reason: String, help: String?) {
    var reason = "found \(mismatch.found)"
    if mismatch.expected != declared { reason += " where \"\(mismatch.expected)\" is expected" }
    var help: String?
    switch mismatch.expected {
    case .enumeration(let values):
      help = "expected one of \(values.map { "\"\($0)\"" }.joined(separator: ", "))"
      if mismatch.found.hasPrefix("\""), let suggestion = Suggestion.closest(to: String(mismatch.found.dropFirst().dropLast()), in: values) {
        help = (help ?? "") + "; did you mean \"\(suggestion)\"?"
      }
    case .int where mismatch.found == "a bool", .float where mismatch.found == "a bool":
      help = "a bool is not a number in Flyte"
    case .int where mismatch.found == "a float":
      help = "a float does not fit an int; use a whole number or declare the type float"
    case .int, .float, .bool:
      // A quoted number or bool: the unquoted text would fit.
      if let text = tree.string(mismatch.node), tree[tree.resolved(mismatch.node)].style != .plain {
        let unquoted: Bool
        switch (CoreSchema.resolvePlain(Array(text.utf8)), mismatch.expected) {
        case (.int, .int), (.int, .float), (.float, .float), (.bool, .bool): unquoted = true
        default: unquoted = false
        }
        if unquoted { help = "\"\(text)\" is quoted, so it is a string; write it without quotes" }
      }
    default: break
    }
    if mismatch.found == "null" {
      help = "null fits only Optional types: declare \"Optional[\(mismatch.expected)]\" to allow None"
    }
    return (reason, help)
  }
}

/// `text` without leading and trailing blanks.
func trimmedSpaces(_ text: String) -> String {
  let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
  let head = text.drop(while: blank)
  return String(head.dropLast(head.reversed().prefix(while: blank).count))
}
