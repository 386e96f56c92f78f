/// A task interface type (SPEC §3, §4): what a native type string in Python annotation syntax
/// (`List[int]`, `Optional[FlyteFile[csv]]`) or a flyteidl `LiteralType` means to Flyte. Both
/// formats read into this one tree, so the "fits" checks (`TypeFits`) and the rules do not care
/// which format a task was written in. Nesting is capped at `PythonType.maxDepth`.
public indirect enum PythonType: Sendable, Hashable, CustomStringConvertible {
  /// flyteidl `SimpleType` INTEGER.
  case int
  case float
  case str
  case bool
  /// `datetime` (and `date`): flyteidl DATETIME.
  case datetime
  /// `timedelta`: flyteidl DURATION.
  case timedelta
  /// `None` (flyteidl NONE): only meaningful as a Union variant.
  case none
  /// An untyped `dict` / `Dict` (flyteidl STRUCT).
  case structure
  /// `List[T]` (flyteidl collectionType).
  case list(PythonType)
  /// `Dict[str, T]` (flyteidl mapValueType).
  case dict(PythonType)
  /// `FlyteFile` / `FlyteFile[fmt]` (a SINGLE blob; format "" when none).
  case file(format: String)
  /// `FlyteDirectory` (a MULTIPART blob).
  case directory(format: String)
  /// `StructuredDataset`, `pd.DataFrame`; format "" when none.
  case structuredDataset(format: String)
  /// `Enum[a, b]` or a user Enum class: the string values.
  case enumeration([String])
  /// `Optional[T]`, `T | None`, `Union[A, B]`: flattened, without duplicates.
  case union([PythonType])
  /// A user dataclass or pydantic model declared in `types:` (serialised as a mapping).
  case dataclass(name: String)
  /// A type flytekit cannot map: it falls back to pickle (FL403). Any value fits.
  case pickle(name: String)
  /// A flyteidl type we do not model (`schema`, BINARY, ERROR): any value fits.
  case opaque(name: String)

  /// Deepest nesting of type parameters accepted (`List[List[…]]`), for both formats.
  public static let maxDepth = 64

  /// True when `None` is a declared value: `None` itself, or a Union with a None variant.
  /// (Pickled and opaque types accept null too, as they accept anything, but are not optional.)
  public var admitsNone: Bool {
    switch self {
    case .none: return true
    case .union(let variants): return variants.contains(.none)
    default: return false
    }
  }

  /// Builds a union: nested unions flattened, duplicates dropped, a single variant unwrapped.
  public static func union(of members: [PythonType]) -> PythonType {
    var flat: [PythonType] = []
    var seen = Set<PythonType>()
    for member in members {
      let parts: [PythonType]
      if case .union(let inner) = member { parts = inner } else { parts = [member] }
      for part in parts where seen.insert(part).inserted { flat.append(part) }
    }
    return flat.count == 1 ? flat[0] : .union(flat)
  }

  /// The type in Python annotation syntax, as messages show it.
  public var description: String {
    switch self {
    case .int: return "int"
    case .float: return "float"
    case .str: return "str"
    case .bool: return "bool"
    case .datetime: return "datetime"
    case .timedelta: return "timedelta"
    case .none: return "None"
    case .structure: return "dict"
    case .list(let element): return "List[\(element)]"
    case .dict(let value): return "Dict[str, \(value)]"
    case .file(let format): return format.isEmpty ? "FlyteFile" : "FlyteFile[\(format)]"
    case .directory(let format): return format.isEmpty ? "FlyteDirectory" : "FlyteDirectory[\(format)]"
    case .structuredDataset(let format):
      return format.isEmpty ? "StructuredDataset" : "Annotated[StructuredDataset, \"\(format)\"]"
    case .enumeration(let values): return "Enum[\(values.joined(separator: ", "))]"
    case .union(let variants):
      let others = variants.filter { $0 != .none }
      if others.count == 1 && others.count < variants.count { return "Optional[\(others[0])]" }
      return "Union[\(variants.map(\.description).joined(separator: ", "))]"
    case .dataclass(let name), .pickle(let name), .opaque(let name): return name
    }
  }
}

/// A problem with a type, with the bytes it is about.
public struct TypeIssue: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// Not valid type syntax (`List[int`), wrong arity, a LiteralType that sets nothing…
    case malformed
    /// A bare `list` / `List`: flytekit's "Generic List" error.
    case genericList
    /// Nested deeper than `PythonType.maxDepth`.
    case tooDeep
    /// A type flytekit falls back to pickle for (FL403); `name` is the type as written.
    case pickled
  }

  public var kind: Kind
  /// What is wrong, in the project's voice (lowercase, no trailing period).
  public var message: String
  /// Where: for a type string, bytes of that string; after `TypeEnvironment` resolution,
  /// bytes of the file.
  public var start: Int
  public var end: Int
  /// `pickled`: the type name as written; a close known name, when there is one.
  public var name: String?
  public var suggestion: String?

  public init(_ kind: Kind, _ message: String, start: Int, end: Int, name: String? = nil, suggestion: String? = nil) {
    self.kind = kind
    self.message = message
    self.start = start
    self.end = max(start, end)
    self.name = name
    self.suggestion = suggestion
  }
}

/// The outcome of reading one type: the type, or the first error; pickled types found on the
/// way are listed even when the type is otherwise fine.
public struct TypeParseResult: Sendable {
  public var type: PythonType?
  public var error: TypeIssue?
  public var pickled: [TypeIssue] = []
}
