import FlyteManifest
import FlyteSyntax
import Foundation

/// A JSON value read with our own parser: numbers keep their text, objects their key order.
indirect enum OracleJSON: Sendable {
  case null, bool(Bool), int(String), float(String), string(String)
  case array([OracleJSON]), object([(String, OracleJSON)])

  init(_ tree: SyntaxTree, _ id: NodeID) {
    let node = tree.resolved(id)
    if tree.isMapping(node) {
      self = .object(tree.entries(of: node).map { ($0.name, OracleJSON(tree, $0.value)) })
    } else if tree.isSequence(node) {
      self = .array(tree.items(of: node).map { OracleJSON(tree, $0) })
    } else {
      switch tree.scalar(node) {
      case .bool(let value)?: self = .bool(value)
      case .int(let text)?: self = .int(text)
      case .float(let text)?: self = .float(text)
      case .string(let text)?: self = .string(text)
      default: self = .null
      }
    }
  }

  subscript(key: String) -> OracleJSON? { object?.last { $0.0 == key }?.1 }

  var object: [(String, OracleJSON)]? {
    if case .object(let entries) = self { return entries }
    return nil
  }
  var array: [OracleJSON]? {
    if case .array(let items) = self { return items }
    return nil
  }
  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }
  var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }
  var isInt: Bool {
    if case .int = self { return true }
    return false
  }

  /// Python's `bool()` of the value.
  var truthy: Bool {
    switch self {
    case .null: return false
    case .bool(let value): return value
    case .int(let text), .float(let text): return (Double(text) ?? 1) != 0
    case .string(let text): return !text.isEmpty
    case .array(let items): return !items.isEmpty
    case .object(let entries): return !entries.isEmpty
    }
  }

  var jsonText: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let text), .float(let text): return text
    case .string(let text): return Self.quoted(text)
    case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ", ") + "]"
    case .object(let entries):
      return "{" + entries.map { Self.quoted($0.0) + ": " + $0.1.jsonText }.joined(separator: ", ") + "}"
    }
  }

  private static func quoted(_ text: String) -> String { JSONEscaping.quoted(text) }
}

extension [(String, OracleJSON)] {
  /// The value of a key (the last one, as Python keeps).
  func value(_ key: String) -> OracleJSON? { last { $0.0 == key }?.1 }
}
