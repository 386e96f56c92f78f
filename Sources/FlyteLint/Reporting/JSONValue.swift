import FlyteSyntax

/// A JSON document built as a value, then printed once: keys keep the order they were added
/// in, so reports are byte-stable and read in a sensible order (SARIF's `version` first).
public indirect enum JSONValue: Sendable {
  case object([(String, JSONValue)])
  case array([JSONValue])
  case string(String)
  case int(Int)
  case bool(Bool)
  /// A number as its JSON text (floats keep the digits they were written with).
  case number(String)
  case null

  /// Pretty-printed with two-space indents; empty containers stay on one line.
  public func rendered() -> String {
    var out: [UInt8] = []
    write(to: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  private func write(to out: inout [UInt8], indent: Int) {
    switch self {
    // `quoted` rather than the generic `appendQuoted`: across the module boundary the generic
    // one is not specialised and costs a witness call per byte.
    case .string(let s): out += JSONEscaping.quoted(s).utf8
    case .int(let n): out += Array(String(n).utf8)
    case .bool(let b): out += Array((b ? "true" : "false").utf8)
    case .number(let text): out += Array(text.utf8)
    case .null: out += Array("null".utf8)
    case .array(let items):
      writeContainer(items, open: "[", close: "]", to: &out, indent: indent) { item, out in
        item.write(to: &out, indent: indent + 2)
      }
    case .object(let members):
      writeContainer(members, open: "{", close: "}", to: &out, indent: indent) { member, out in
        out += JSONEscaping.quoted(member.0).utf8
        out += [UInt8(ascii: ":"), UInt8(ascii: " ")]
        member.1.write(to: &out, indent: indent + 2)
      }
    }
  }

  private func writeContainer<T>(
    _ items: [T], open: Unicode.Scalar, close: Unicode.Scalar, to out: inout [UInt8], indent: Int,
    item: (T, inout [UInt8]) -> Void
  ) {
    out.append(UInt8(ascii: open))
    guard !items.isEmpty else {
      out.append(UInt8(ascii: close))
      return
    }
    let inner = [UInt8](repeating: UInt8(ascii: " "), count: indent + 2)
    for (i, element) in items.enumerated() {
      out += i == 0 ? [UInt8(ascii: "\n")] : [UInt8(ascii: ","), UInt8(ascii: "\n")]
      out += inner
      item(element, &out)
    }
    out.append(UInt8(ascii: "\n"))
    out += [UInt8](repeating: UInt8(ascii: " "), count: indent)
    out.append(UInt8(ascii: close))
  }
}

extension JSONValue {
  /// An object without the members whose value is nil: optional SARIF properties are left out
  /// rather than written as `null`, which the schema does not allow for most of them.
  static func object(dropping members: [(String, JSONValue?)]) -> JSONValue {
    .object(members.compactMap { key, value in value.map { (key, $0) } })
  }

  /// `{"text": …}`, SARIF's message and multiformat-string shape.
  static func text(_ s: String) -> JSONValue { .object([("text", .string(s))]) }
}
