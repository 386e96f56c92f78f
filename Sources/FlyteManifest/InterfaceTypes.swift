import FlyteSyntax

/// What one input's or output's type resolved to. Issue offsets are bytes of the file.
public enum ParameterType: Sendable {
  /// No type at all (FL401).
  case missing
  /// A type that cannot be read (FL402).
  case invalid(TypeIssue)
  /// A type, with the parts flytekit would pickle (FL403).
  case resolved(PythonType, pickled: [TypeIssue])

  public var type: PythonType? {
    if case .resolved(let type, _) = self { return type }
    return nil
  }
}

/// Resolves the types of a document's task interfaces: native type strings (with the names the
/// document declares in `types:`) and flyteidl LiteralTypes alike.
public struct TypeEnvironment: Sendable {
  public let tree: SyntaxTree
  /// Names declared in `types:`. An entry that cannot be read is `.opaque`, so it is reported
  /// once, where it is declared.
  public private(set) var userTypes: [String: PythonType] = [:]
  /// Problems with the `types:` entries themselves.
  public private(set) var declarationIssues: [TypeIssue] = []

  /// The kinds a `types:` entry may declare besides `Enum[…]`.
  public static let userTypeKinds = ["dataclass", "pydantic", "BaseModel", "pydantic.BaseModel"]

  public init(tree: SyntaxTree, document: ManifestDocument) {
    self.tree = tree
    guard let types = document.typesNode else { return }
    for entry in tree.entries(of: types) {
      userTypes[entry.name] = declaredType(entry)
    }
  }

  private mutating func declaredType(_ entry: MappingEntry) -> PythonType {
    let expected = "dataclass, pydantic or Enum[…]"
    guard let text = tree.string(entry.value) else {
      let at = tree.isNull(entry.value) ? entry.key : entry.value
      issue(.malformed, "user type \"\(entry.name)\" must be declared as \(expected)", at)
      return .opaque(name: entry.name)
    }
    let kind = text.trimmingSpaces
    if Self.userTypeKinds.contains(String(kind)) { return .dataclass(name: entry.name) }
    let parsed = PythonTypeParser.parse(text)
    if var error = parsed.error {
      error.message = "user type \"\(entry.name)\" is invalid: \(error.message)"
      declarationIssues.append(located(error, in: entry.value))
      return .opaque(name: entry.name)
    }
    if case .enumeration? = parsed.type, let type = parsed.type { return type }
    issue(.malformed, "user type \"\(entry.name)\" must be declared as \(expected), not \"\(text)\"", entry.value)
    return .opaque(name: entry.name)
  }

  private mutating func issue(_ kind: TypeIssue.Kind, _ message: String, _ node: NodeID) {
    let range = tree.oneLineRange(node)
    declarationIssues.append(TypeIssue(kind, message, start: range.lowerBound, end: range.upperBound))
  }

  /// The type of an input or output of a task in `format`.
  public func resolve(_ parameter: Parameter, format: TaskSpec.Format) -> ParameterType {
    guard let node = parameter.typeNode, !tree.isNull(node) else { return .missing }
    if format == .flyteidl {
      return result(LiteralTypeReader.read(node, in: tree), stringNode: nil)
    }
    guard let text = tree.string(node) else {
      let range = tree.oneLineRange(node)
      let message = "a type must be a string in Python annotation syntax, not \(TypeFits.describe(node, in: tree))"
      return .invalid(TypeIssue(.malformed, message, start: range.lowerBound, end: range.upperBound))
    }
    if text.trimmingSpaces.isEmpty { return .missing }
    return result(PythonTypeParser.parse(text, userTypes: userTypes), stringNode: node)
  }

  private func result(_ parsed: TypeParseResult, stringNode: NodeID?) -> ParameterType {
    let locate = { (issue: TypeIssue) in stringNode.map { located(issue, in: $0) } ?? issue }
    if let error = parsed.error { return .invalid(locate(error)) }
    guard let type = parsed.type else { return .missing }
    return .resolved(type, pickled: parsed.pickled.map(locate))
  }

  /// An issue about bytes of the string in scalar `node`, moved to bytes of the file.
  public func located(_ issue: TypeIssue, in node: NodeID) -> TypeIssue {
    var moved = issue
    let range = fileRange(stringStart: issue.start, stringEnd: issue.end, in: node)
    moved.start = range.lowerBound
    moved.end = range.upperBound
    return moved
  }

  /// Where bytes `stringStart..<stringEnd` of a scalar's value are in the file: exact when the
  /// value is its source text (a plain or quoted one-line scalar without escapes), else the
  /// scalar's first line.
  public func fileRange(stringStart: Int, stringEnd: Int, in node: NodeID) -> ByteRange {
    let scalar = tree[node]
    guard scalar.kind == .scalar else { return tree.oneLineRange(node) }
    var inner = scalar.contentRange
    switch scalar.style {
    case .plain: break
    case .singleQuoted, .doubleQuoted:
      guard inner.count >= 2 else { return tree.oneLineRange(node) }
      inner = ByteRange(inner.lowerBound + 1, inner.upperBound - 1)
    default: return tree.oneLineRange(node)
    }
    let value = tree.scalarBytes(node)
    guard inner.count == value.count, tree.source[inner.lowerBound..<inner.upperBound].elementsEqual(value),
      stringEnd <= value.count
    else { return tree.oneLineRange(node) }
    return ByteRange(inner.lowerBound + stringStart, inner.lowerBound + stringEnd)
  }

  /// True when the input must be given a value: no `default:` and None is not a valid value
  /// (flytekit makes Optional inputs optional even without a default).
  public func isRequired(_ parameter: Parameter, format: TaskSpec.Format) -> Bool {
    guard parameter.defaultNode == nil else { return false }
    return !(resolve(parameter, format: format).type?.admitsNone ?? false)
  }
}
