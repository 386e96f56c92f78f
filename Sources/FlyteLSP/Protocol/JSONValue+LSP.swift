import FlyteLint
import FlyteSyntax

/// JSON-RPC payloads are `JSONValue`s: read with our own JSON parser, written compactly.
extension JSONValue {
  /// Messages nest a dozen levels; a deeper one is refused by the parser rather than recursed.
  static let messageLimits = SyntaxLimits(maxDepth: 128, maxAliasExpansion: 1_000_000, maxFileBytes: 1 << 30)

  /// The value of a JSON text, or the parser's first complaint.
  static func parse(_ bytes: [UInt8]) -> Result<JSONValue, ParseFailure> {
    let tree = SyntaxTree.parseJSON(bytes, limits: messageLimits)
    if let error = tree.errors.first { return .failure(ParseFailure(message: error.message)) }
    guard let root = tree.documents.first?.root else { return .failure(ParseFailure(message: "empty message")) }
    return .success(value(of: root, in: tree))
  }

  struct ParseFailure: Error {
    let message: String
  }

  /// Depth is bounded by `messageLimits`, so this recursion is too.
  private static func value(of id: NodeID, in tree: SyntaxTree) -> JSONValue {
    let node = tree[id]
    switch node.kind {
    case .mapping:
      return .object(tree.pairs(of: id).map { (tree.scalarValue($0.key), value(of: $0.value, in: tree)) })
    case .sequence:
      return .array(tree.items(of: id).map { value(of: $0, in: tree) })
    case .scalar, .alias:
      let text = tree.scalarValue(id)
      if node.style == .doubleQuoted { return .string(text) }
      switch text {
      case "true": return .bool(true)
      case "false": return .bool(false)
      case "null": return .null
      default: return Int(text).map(JSONValue.int) ?? .number(text)
      }
    }
  }

  /// One line, no spaces: what goes on the wire.
  func compactBytes() -> [UInt8] {
    var out: [UInt8] = []
    writeCompact(to: &out)
    return out
  }

  private func writeCompact(to out: inout [UInt8]) {
    switch self {
    case .string(let s): JSONEscaping.appendQuoted(s, to: &out)
    case .int(let n): out += String(n).utf8
    case .bool(let b): out += (b ? "true" : "false").utf8
    case .number(let text): out += text.utf8
    case .null: out += "null".utf8
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        item.writeCompact(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (i, member) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONEscaping.appendQuoted(member.0, to: &out)
        out.append(UInt8(ascii: ":"))
        member.1.writeCompact(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  // Reading params: absent and mistyped members are nil, and handlers say what they needed.

  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  var intValue: Int? {
    if case .int(let n) = self { return n }
    return nil
  }

  var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  var arrayValue: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}
