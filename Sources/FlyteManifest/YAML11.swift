import FlyteSyntax

/// How a YAML 1.1 loader (PyYAML, which flytekit's tooling uses) reads a plain scalar that
/// YAML 1.2's core schema reads differently.
public enum YAML11Reading: Sendable, Equatable {
  /// `yes no on off y n`, in any letter case: a bool in YAML 1.1, a string in YAML 1.2.
  case bool(Bool)
  /// `0777`: octal in YAML 1.1 (511), decimal in YAML 1.2 (777). The decimal value.
  case octal(Int64)
  /// `1:30`: base 60 in YAML 1.1 (90), a string in YAML 1.2. The decimal value.
  case sexagesimal(Int64)

  /// The booleans PyYAML itself resolves (`yes`/`Yes`/`YES`, …). YAML 1.1 also lists `y` and
  /// `n`, and the other spellings here are matched in any letter case; PyYAML reads those as
  /// strings.
  public static let pyyamlBooleans: Set<String> = [
    "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
  ]

  /// The explicit YAML text of the YAML 1.1 reading (`true`, `511`, `90`): the same for both.
  public var explicitText: String {
    switch self {
    case .bool(let b): return b ? "true" : "false"
    case .octal(let n), .sexagesimal(let n): return String(n)
    }
  }
}

extension SyntaxTree {
  /// The YAML 1.1 reading of a plain, untagged scalar of a YAML file, when it differs from the
  /// core-schema one; nil otherwise (quoted, tagged, JSON, or read alike).
  public func yaml11Reading(_ id: NodeID) -> YAML11Reading? {
    guard format == .yaml else { return nil }
    let node = self[id]
    guard node.kind == .scalar, node.style == .plain, !node.isEmpty else { return nil }
    let bytes = scalarBytes(id)
    // Cheap exit for the common case: every YAML 1.1 reading starts with one of these.
    guard let first = bytes.first, bytes.count <= 40 else { return nil }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
      UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "o"), UInt8(ascii: "O"):
      break
    default: return nil
    }
    guard tag(of: id) == nil else { return nil }
    return YAML11Scalars.reading(of: Array(bytes))
  }

  /// A bool where a bool is expected (SPEC §5): a core-schema bool, or a YAML 1.1 boolean
  /// written plain (`yes`, `off`), read as YAML 1.1 loaders read it.
  public func flag(_ id: NodeID) -> Bool? {
    if case .bool(let b) = scalar(id) { return b }
    if case .bool(let b) = yaml11Reading(resolved(id)) { return b }
    return nil
  }
}

enum YAML11Scalars {
  static func reading(of bytes: [UInt8]) -> YAML11Reading? {
    guard let first = bytes.first, bytes.count <= 40 else { return nil }
    if bytes.count <= 3, let flag = boolWord(bytes) { return .bool(flag) }
    guard first.isDigitByte || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return nil }
    var body = bytes[...]
    let negative = first == UInt8(ascii: "-")
    if !first.isDigitByte { body = body.dropFirst() }
    let sign: Int64 = negative ? -1 : 1
    // Octal: 0[0-7]+, read differently only when its value differs (`07` is 7 either way).
    if body.count >= 2, body.first == UInt8(ascii: "0"), body.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
      var octal: Int64 = 0
      var decimal: Int64 = 0
      for b in body.dropFirst() {
        let (o, overflow1) = octal.multipliedReportingOverflow(by: 8)
        let (d, overflow2) = decimal.multipliedReportingOverflow(by: 10)
        if overflow1 || overflow2 { return nil }
        octal = o + Int64(b - 0x30)
        decimal = d + Int64(b - 0x30)
      }
      return octal == decimal ? nil : .octal(sign * octal)
    }
    // Sexagesimal: [1-9][0-9_]*(:[0-5]?[0-9])+
    guard body.contains(UInt8(ascii: ":")) else { return nil }
    let groups = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
    guard groups.count >= 2, let head = groups.first, let lead = head.first, lead >= 0x31, lead <= 0x39,
      head.allSatisfy({ $0.isDigitByte || $0 == UInt8(ascii: "_") })
    else { return nil }
    var value: Int64 = 0
    for b in head where b.isDigitByte {
      let (v, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowAdd) = v.addingReportingOverflow(Int64(b - 0x30))
      if overflow || overflowAdd { return nil }
      value = sum
    }
    for group in groups.dropFirst() {
      guard (1...2).contains(group.count), group.allSatisfy(\.isDigitByte) else { return nil }
      if group.count == 2, let first = group.first, first > UInt8(ascii: "5") { return nil }
      let part = group.reduce(Int64(0)) { $0 * 10 + Int64($1 - 0x30) }
      let (v, overflow) = value.multipliedReportingOverflow(by: 60)
      let (sum, overflowAdd) = v.addingReportingOverflow(part)
      if overflow || overflowAdd { return nil }
      value = sum
    }
    return .sexagesimal(sign * value)
  }
}

extension YAML11Scalars {
  /// `yes`/`y`/`on` → true, `no`/`n`/`off` → false, in any letter case.
  fileprivate static func boolWord(_ bytes: [UInt8]) -> Bool? {
    var word: UInt32 = 0
    for byte in bytes {
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      word = word << 8 | UInt32(lower)
    }
    switch word {
    case 0x79_65_73, 0x79, 0x6F_6E: return true  // yes, y, on
    case 0x6E_6F, 0x6E, 0x6F_66_66: return false  // no, n, off
    default: return nil
    }
  }
}

extension UInt8 {
  fileprivate var isDigitByte: Bool { self >= 0x30 && self <= 0x39 }
}
