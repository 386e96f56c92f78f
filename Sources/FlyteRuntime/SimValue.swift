import FlyteLint
import FlyteSyntax

/// A value flowing through a simulated run (inputs, outputs, cached entries), independent of
/// the manifest tree so cached values read back from disk are the same kind of thing.
public indirect enum SimValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// Decimal integer text (hex and octal are normalised when they fit 64 bits).
  case int(String)
  /// Float text as written; `.inf`, `-.inf` and `.nan` are kept as those strings, since JSON
  /// has no spelling for them.
  case float(String)
  case string(String)
  case list([SimValue])
  /// Keys sorted, so equal mappings print equal bytes whatever order they were written in.
  case map([(String, SimValue)])

  public static func == (a: SimValue, b: SimValue) -> Bool { a.canonicalJSON == b.canonicalJSON }

  /// The value of a manifest node. Depth is bounded by the parser's nesting limit (SPEC §2.2).
  public init(_ id: NodeID, in tree: SyntaxTree) {
    let node = tree.resolved(id)
    if tree.isSequence(node) {
      self = .list(tree.items(of: node).map { SimValue($0, in: tree) })
      return
    }
    if tree.isMapping(node) {
      var members: [String: SimValue] = [:]
      for entry in tree.entries(of: node) { members[entry.name] = SimValue(entry.value, in: tree) }
      self = .map(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
      return
    }
    switch tree.scalar(node) {
    case nil, .null?: self = .null
    case .bool(let b)?: self = .bool(b)
    case .int(let text)?: self = .int(Self.decimal(text))
    case .float(let text)?: self = .float(text)
    case .infinity(let negative)?: self = .string(negative ? "-.inf" : ".inf")
    case .nan?: self = .string(".nan")
    case .string(let s)?: self = .string(s)
    }
  }

  private static func decimal(_ text: String) -> String {
    var body = Substring(text)
    var sign = ""
    if body.first == "-" || body.first == "+" {
      if body.first == "-" { sign = "-" }
      body = body.dropFirst()
    }
    let radix: Int
    if body.hasPrefix("0x") {
      radix = 16
    } else if body.hasPrefix("0o") {
      radix = 8
    } else {
      radix = 10
    }
    if radix != 10 { body = body.dropFirst(2) }
    guard let value = Int64(body, radix: radix) else { return text }
    return value == 0 ? "0" : sign + String(value)
  }

  /// Compact JSON with sorted keys: the bytes the cache key hashes.
  public var canonicalJSON: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let text), .float(let text): return text
    case .string(let s): return JSONEscaping.quoted(s)
    case .list(let items): return "[" + items.map(\.canonicalJSON).joined(separator: ",") + "]"
    case .map(let members):
      return "{"
        + members.map { JSONEscaping.quoted($0.0) + ":" + $0.1.canonicalJSON }.joined(
          separator: ",") + "}"
    }
  }

  /// The value in a report.
  public var json: JSONValue {
    switch self {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let text), .float(let text): return .number(text)
    case .string(let s): return .string(s)
    case .list(let items): return .array(items.map(\.json))
    case .map(let members): return .object(members.map { ($0.0, $0.1.json) })
    }
  }

  /// How the value reads in the terminal summary and logs (Python's `str` for scalars).
  public var display: String {
    switch self {
    case .string(let s): return s
    case .null: return "None"
    case .bool(let b): return b ? "True" : "False"
    default: return canonicalJSON
    }
  }
}

/// A named set of values, sorted by name.
public typealias SimValues = [(name: String, value: SimValue)]

extension Array where Element == (name: String, value: SimValue) {
  /// `{"a":1,"b":"x"}` with sorted keys.
  public var canonicalJSON: String {
    SimValue.map(sorted { $0.name < $1.name }.map { ($0.name, $0.value) }).canonicalJSON
  }
}
