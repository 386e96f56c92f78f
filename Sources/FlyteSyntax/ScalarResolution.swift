/// What a scalar means under YAML 1.2's core schema (or JSON's literals).
public enum ResolvedScalar: Equatable, Sendable {
  case null
  case bool(Bool)
  /// An integer; the text is as written (decimal, `0o` octal or `0x` hex, any size).
  case int(String)
  /// A finite float, as written.
  case float(String)
  case infinity(negative: Bool)
  case nan
  case string(String)
}

/// Standard tags of the core schema.
public enum CoreTag {
  public static let prefix = "tag:yaml.org,2002:"
  public static let str = prefix + "str"
  public static let null = prefix + "null"
  public static let bool = prefix + "bool"
  public static let int = prefix + "int"
  public static let float = prefix + "float"
}

extension SyntaxTree {
  /// Resolves a scalar node: its tag if it has a standard one, else its plain text by the core
  /// schema; quoted and block scalars are strings. Unknown tags are ignored.
  public func resolvedScalar(_ id: NodeID) -> ResolvedScalar {
    let node = nodes[id.index]
    let bytes = scalarBytes(id)
    if let tag = tag(of: id) {
      switch tag {
      case "!", CoreTag.str: return .string(String(decoding: bytes, as: UTF8.self))
      case CoreTag.null: return .null
      case CoreTag.bool:
        if case .bool(let b) = CoreSchema.resolvePlain(bytes) { return .bool(b) }
      case CoreTag.int:
        if case .int(let text) = CoreSchema.resolvePlain(bytes) { return .int(text) }
      case CoreTag.float:
        switch CoreSchema.resolvePlain(bytes) {
        case .int(let text) where !text.contains("x") && !text.contains("o"): return .float(text)
        case .float(let text): return .float(text)
        case .infinity(let negative): return .infinity(negative: negative)
        case .nan: return .nan
        default: break
        }
      default: break
      }
    }
    if node.style != .plain { return .string(String(decoding: bytes, as: UTF8.self)) }
    return CoreSchema.resolvePlain(bytes)
  }
}

extension SyntaxTree {
  /// True when a scalar resolves to null: the same answer as `resolvedScalar(id) == .null`,
  /// without making the string value of every other scalar (rules ask this of most values).
  public func resolvesToNull(_ id: NodeID) -> Bool {
    let node = nodes[id.index]
    guard node.kind == .scalar else { return false }
    if properties(of: id)?.tagIndex ?? -1 >= 0 { return resolvedScalar(id) == .null }
    guard node.style == .plain else { return false }
    let bytes = scalarBytes(id)
    switch bytes.count {
    case 0: return true
    case 1: return bytes.first == UInt8(ascii: "~")
    case 4:
      let s = bytes.startIndex
      let (a, b, c, d) = (bytes[s], bytes[s + 1], bytes[s + 2], bytes[s + 3])
      if (a == UInt8(ascii: "n") || a == UInt8(ascii: "N")) && b == UInt8(ascii: "u") && c == UInt8(ascii: "l") && d == UInt8(ascii: "l") {
        return true  // null, Null
      }
      return a == UInt8(ascii: "N") && b == UInt8(ascii: "U") && c == UInt8(ascii: "L") && d == UInt8(ascii: "L")
    default: return false
    }
  }
}

/// The core schema's plain-scalar resolution, on bytes.
public enum CoreSchema {
  public static func resolvePlain<C: Collection>(_ bytes: C) -> ResolvedScalar
  where C.Element == UInt8, C.Index == Int {
    let text = { String(decoding: bytes, as: UTF8.self) }
    let n = bytes.count
    if n == 0 { return .null }
    let first = bytes[bytes.startIndex]
    // Fast exit: most strings start with a letter that no special value starts with.
    if !(first.isDigit || first == .plus || first == .minus || first == .dot || first == UInt8(ascii: "~")
      || first == UInt8(ascii: "n") || first == UInt8(ascii: "N") || first == UInt8(ascii: "t")
      || first == UInt8(ascii: "T") || first == UInt8(ascii: "f") || first == UInt8(ascii: "F"))
    {
      return .string(text())
    }
    if n <= 5 {
      switch text() {
      case "~", "null", "Null", "NULL": return .null
      case "true", "True", "TRUE": return .bool(true)
      case "false", "False", "FALSE": return .bool(false)
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity(negative: false)
      case "-.inf", "-.Inf", "-.INF": return .infinity(negative: true)
      case ".nan", ".NaN", ".NAN": return .nan
      default: break
      }
    }
    if isInt(bytes) { return .int(text()) }
    if isFloat(bytes) { return .float(text()) }
    return .string(text())
  }

  static func isInt<C: Collection>(_ b: C) -> Bool where C.Element == UInt8, C.Index == Int {
    let s = b.startIndex
    let n = b.count
    if n > 2 && b[s] == UInt8(ascii: "0") {
      let marker = b[s + 1]
      if marker == UInt8(ascii: "o") { return b.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x37 } }
      if marker == UInt8(ascii: "x") { return b.dropFirst(2).allSatisfy { $0.isHexDigit } }
    }
    var i = s
    if b[i] == .plus || b[i] == .minus { i += 1 }
    if i == b.endIndex { return false }
    while i < b.endIndex {
      if !b[i].isDigit { return false }
      i += 1
    }
    return true
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
  static func isFloat<C: Collection>(_ b: C) -> Bool where C.Element == UInt8, C.Index == Int {
    var i = b.startIndex
    let end = b.endIndex
    if i < end && (b[i] == .plus || b[i] == .minus) { i += 1 }
    var intDigits = 0
    while i < end && b[i].isDigit { i += 1; intDigits += 1 }
    var fracDigits = 0
    if i < end && b[i] == .dot {
      i += 1
      while i < end && b[i].isDigit { i += 1; fracDigits += 1 }
      if intDigits == 0 && fracDigits == 0 { return false }
    } else if intDigits == 0 {
      return false
    }
    if i < end && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
      i += 1
      if i < end && (b[i] == .plus || b[i] == .minus) { i += 1 }
      var expDigits = 0
      while i < end && b[i].isDigit { i += 1; expDigits += 1 }
      if expDigits == 0 { return false }
    }
    return i == end
  }
}
