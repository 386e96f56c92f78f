import FlyteManifest
import FlyteSyntax

/// A YAML or JSON value read from our own syntax tree, for checking documents against the JSON
/// Schemas in docs/schemas (aliases followed, the last of repeated keys wins, as in `dump`).
indirect enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The value of a node (test documents are shallow, so this recursion is bounded).
  init(_ id: NodeID, in tree: SyntaxTree) {
    let node = tree.resolved(id)
    if tree.isMapping(node) {
      var members: [String: JSONValue] = [:]
      for entry in tree.entries(of: node) { members[entry.name] = JSONValue(entry.value, in: tree) }
      self = .object(members)
    } else if tree.isSequence(node) {
      self = .array(tree.items(of: node).map { JSONValue($0, in: tree) })
    } else {
      switch tree.scalar(node) {
      case .bool(let value)?: self = .bool(value)
      case .int(let text)?: self = .number(Self.integer(text))
      case .float(let text)?: self = .number(Double(text) ?? .nan)
      case .infinity(let negative)?: self = .number(negative ? -.infinity : .infinity)
      case .nan?: self = .number(.nan)
      case .string(let text)?: self = .string(text)
      case .null?, nil: self = .null
      }
    }
  }

  /// Decimal, `0x` hex or `0o` octal integer text (YAML's core schema).
  static func integer(_ text: String) -> Double {
    var digits = Substring(text)
    var sign = 1.0
    if digits.first == "-" || digits.first == "+" {
      sign = digits.first == "-" ? -1 : 1
      digits = digits.dropFirst()
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8)] where digits.hasPrefix(prefix) {
      return UInt64(digits.dropFirst(2), radix: radix).map { sign * Double($0) } ?? .nan
    }
    return Double(digits).map { sign * $0 } ?? .nan
  }

  /// Every document of a file, parsed by its extension; nil when it does not parse.
  static func documents(of bytes: [UInt8], path: String) -> [JSONValue]? {
    let tree = SyntaxTree.parse(bytes, path: path)
    guard tree.errors.isEmpty else { return nil }
    return tree.documents.map { document in document.root.map { JSONValue($0, in: tree) } ?? .null }
  }

  subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The keys of an object, sorted; empty for anything else.
  var keys: [String] {
    if case .object(let members) = self { return members.keys.sorted() }
    return []
  }

  var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  var arrayValue: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }
}
