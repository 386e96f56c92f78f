import FlyteSyntax

/// Where and why a value does not fit a type.
public struct TypeMismatch: Sendable, Equatable {
  /// The innermost value (or mapping key) that does not fit.
  public var node: NodeID
  /// The type that value was checked against (an element type for a list item…).
  public var expected: PythonType
  /// What was found, as a noun phrase: "a float", "null", "the string \"x\"".
  public var found: String
}

/// The one "fits" function (SPEC §5, FL503) shared by FL404, FL405, FL503 and the simulator:
/// simple types exact, bool is not int, int fits float, strings fit datetime / timedelta /
/// FlyteFile / FlyteDirectory when parsable, null only for None or a Union with None,
/// element-wise for List / Dict, T fits Optional[T] and any Union containing T.
public enum TypeFits {
  /// nil when `value` fits `type`, else the innermost part that does not. Recursion follows the
  /// type, whose depth is capped (`PythonType.maxDepth`).
  public static func check(_ value: NodeID, against type: PythonType, in tree: SyntaxTree) -> TypeMismatch? {
    let node = tree.resolved(value)
    let scalar = tree.scalar(node)
    func mismatch(_ found: String? = nil) -> TypeMismatch {
      TypeMismatch(node: value, expected: type, found: found ?? describe(value, in: tree))
    }
    switch type {
    case .pickle, .opaque: return nil
    default: if scalar == .null { return type.admitsNone ? nil : mismatch() }
    }
    switch type {
    case .pickle, .opaque:
      return nil
    case .none:
      return mismatch()
    case .int:
      guard case .int(let text) = scalar else { return mismatch() }
      return fitsInt64(text) ? nil : mismatch("an integer outside the 64-bit range")
    case .float:
      switch scalar {
      case .int, .float, .infinity, .nan: return nil
      default: return mismatch()
      }
    case .str:
      if case .string = scalar { return nil }
      return mismatch()
    case .bool:
      if case .bool = scalar { return nil }
      // A YAML 1.1 boolean (`yes`, `off`) is read as the bool it means; FL007 reports it.
      if tree[node].style == .plain, case .string(let text) = scalar, yaml11Booleans.contains(text) { return nil }
      return mismatch()
    case .datetime:
      guard case .string(let text) = scalar else { return mismatch() }
      return isDateTime(text) ? nil : mismatch("the string \"\(text)\", not an ISO 8601 date-time")
    case .timedelta:
      guard case .string(let text) = scalar else { return mismatch() }
      return isDuration(text) ? nil : mismatch("the string \"\(text)\", not a duration")
    case .file, .directory, .structuredDataset:
      guard case .string(let text) = scalar else { return mismatch() }
      return isPath(text) ? nil : mismatch(text.isEmpty ? "an empty string" : "the string \"\(text)\", not a path or URI")
    case .enumeration(let values):
      guard case .string(let text) = scalar else { return mismatch() }
      return values.contains(text) ? nil : mismatch("\"\(text)\"")
    case .structure, .dataclass:
      return tree.isMapping(node) ? nil : mismatch()
    case .list(let element):
      guard tree.isSequence(node) else { return mismatch() }
      for item in tree.items(of: node) {
        if let inner = check(item, against: element, in: tree) { return inner }
      }
      return nil
    case .dict(let valueType):
      guard tree.isMapping(node) else { return mismatch() }
      for pair in tree.pairs(of: node) {
        guard case .string = tree.scalar(pair.key) else {
          return TypeMismatch(node: pair.key, expected: .str, found: describe(pair.key, in: tree) + " key")
        }
        if let inner = check(pair.value, against: valueType, in: tree) { return inner }
      }
      return nil
    case .union(let variants):
      let others = variants.filter { $0 != .none }
      for variant in others where check(value, against: variant, in: tree) == nil { return nil }
      // Optional[T]: say what inside T does not fit.
      if others.count == 1 { return check(value, against: others[0], in: tree) }
      return mismatch()
    }
  }

  public static func fits(_ value: NodeID, _ type: PythonType, in tree: SyntaxTree) -> Bool {
    check(value, against: type, in: tree) == nil
  }

  /// Whether a value of type `source` can be passed where `target` is expected (bindings, FL503):
  /// the same rules, with blob and dataset formats equal or one of them empty.
  public static func typeFits(_ source: PythonType, _ target: PythonType) -> Bool {
    switch (source, target) {
    case (.pickle, _), (.opaque, _), (_, .pickle), (_, .opaque):
      return true
    case (.union(let variants), _):
      return variants.allSatisfy { typeFits($0, target) }
    case (_, .union(let variants)):
      return variants.contains { typeFits(source, $0) }
    case (.int, .float):
      return true
    case (.list(let a), .list(let b)), (.dict(let a), .dict(let b)):
      return typeFits(a, b)
    case (.file(let a), .file(let b)), (.directory(let a), .directory(let b)),
      (.structuredDataset(let a), .structuredDataset(let b)):
      return a == b || a.isEmpty || b.isEmpty
    case (.enumeration(let a), .enumeration(let b)):
      return Set(a).isSubset(of: Set(b))
    case (.dataclass, .structure), (.structure, .dataclass):
      return true
    default:
      return source == target
    }
  }

  /// A value's kind as a noun phrase, for messages.
  public static func describe(_ value: NodeID, in tree: SyntaxTree) -> String {
    let node = tree.resolved(value)
    if tree.isMapping(node) { return "a mapping" }
    if tree.isSequence(node) { return "a list" }
    switch tree.scalar(node) {
    case .some(.bool): return "a bool"
    case .some(.int): return "an integer"
    case .some(.float), .some(.infinity), .some(.nan): return "a float"
    case .some(.string): return "a string"
    case .some(.null), nil: return "null"
    }
  }

  static let yaml11Booleans: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
  ]

  /// An integer literal of the core schema (decimal, `0o`, `0x`) within Int64.
  static func fitsInt64(_ text: String) -> Bool {
    if text.hasPrefix("0x") { return Int64(text.dropFirst(2), radix: 16) != nil }
    if text.hasPrefix("0o") { return Int64(text.dropFirst(2), radix: 8) != nil }
    return Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) != nil
  }

  /// A path or URI: non-empty, no control characters.
  static func isPath(_ text: String) -> Bool {
    !text.isEmpty && !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }

  // MARK: date-times

  /// ISO 8601 as Python's `datetime.fromisoformat` reads it: `YYYY-MM-DD`, optionally followed
  /// by `T` or a space, `HH:MM[:SS[.fraction]]` and `Z` or `±HH:MM[:SS]`.
  public static func isDateTime(_ text: String) -> Bool {
    var scanner = DigitScanner(text)
    guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2), scanner.take("-"),
      let day = scanner.digits(2), (1...12).contains(month), day >= 1, day <= daysIn(month, year)
    else { return false }
    if scanner.atEnd { return true }
    guard scanner.take("T") || scanner.take("t") || scanner.take(" ") else { return false }
    guard let hour = scanner.digits(2), hour < 24, scanner.take(":"), let minute = scanner.digits(2), minute < 60
    else { return false }
    if scanner.take(":") {
      guard let second = scanner.digits(2), second < 60 else { return false }
      if scanner.take(".") || scanner.take(",") {
        guard scanner.digitRun() > 0 else { return false }
      }
    }
    if scanner.atEnd { return true }
    if scanner.take("Z") || scanner.take("z") { return scanner.atEnd }
    guard scanner.take("+") || scanner.take("-") else { return false }
    guard let offsetHours = scanner.digits(2), offsetHours < 24 else { return false }
    if scanner.atEnd { return true }
    _ = scanner.take(":")
    guard let offsetMinutes = scanner.digits(2), offsetMinutes < 60 else { return false }
    if scanner.take(":") {
      guard let offsetSeconds = scanner.digits(2), offsetSeconds < 60 else { return false }
    }
    return scanner.atEnd
  }

  static func daysIn(_ month: Int, _ year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // MARK: durations

  /// A duration as SPEC §3 writes timeouts: `300s`, `5m`, `1h30m`, `1h 30m`, `2d`, `1.5h`,
  /// `250ms`, `00:05:00`, ISO 8601 `PT5M` / `P1DT2H`; an optional leading sign.
  public static func isDuration(_ text: String) -> Bool {
    var body = Substring(text.trimmingSpaces)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    if body.isEmpty { return false }
    if body.first == "P" || body.first == "p" { return isISODuration(body.dropFirst()) }
    if body.utf8.contains(UInt8(ascii: ":")) { return isClockDuration(body) }
    var scanner = DigitScanner(String(body))
    var parts = 0
    while !scanner.atEnd {
      scanner.skipSpaces()
      guard scanner.number() else { return false }
      scanner.skipSpaces()
      let unit = scanner.letters()
      guard ["d", "h", "m", "s", "ms", "us", "µs", "ns", "w"].contains(unit) else { return false }
      parts += 1
      scanner.skipSpaces()
    }
    return parts > 0
  }

  /// `[D day[s], ]HH:MM:SS[.f]` or `HH:MM:SS`, as Python prints a timedelta, or `MM:SS`.
  private static func isClockDuration(_ body: Substring) -> Bool {
    var clock = body
    if let comma = body.firstIndex(of: ",") {
      let days = body[..<comma].split(separator: " ")
      guard days.count == 2, Int(days[0]) != nil, days[1] == "day" || days[1] == "days" else { return false }
      clock = body[body.index(after: comma)...].drop { $0 == " " }
    }
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3 else { return false }
    for (index, field) in fields.enumerated() {
      let isLast = index == fields.count - 1
      let parts = field.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count == 1 || (isLast && parts.count == 2), let whole = Int(parts[0]), whole >= 0,
        parts[0].allSatisfy(\.isASCII)
      else { return false }
      if index > 0 && whole >= 60 { return false }
      if parts.count == 2 && (parts[1].isEmpty || !parts[1].allSatisfy { $0.isASCII && $0.isNumber }) { return false }
    }
    return true
  }

  /// After `P`: `[nY][nM][nW][nD][T[nH][nM][nS]]`, at least one part, `T` followed by one.
  private static func isISODuration(_ rest: Substring) -> Bool {
    var scanner = DigitScanner(String(rest).uppercased())
    var parts = 0
    var inTime = false
    while !scanner.atEnd {
      if scanner.take("T") {
        guard !inTime, !scanner.atEnd else { return false }
        inTime = true
        continue
      }
      guard scanner.number(), !scanner.atEnd else { return false }
      let unit = scanner.scalars[scanner.i]
      scanner.i += 1
      let allowed: [Unicode.Scalar] = inTime ? ["H", "M", "S"] : ["Y", "M", "W", "D"]
      guard allowed.contains(unit) else { return false }
      parts += 1
    }
    return parts > 0
  }
}

/// A tiny cursor over ASCII text for the date-time and duration checks.
struct DigitScanner {
  let scalars: [Unicode.Scalar]
  var i = 0

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  var atEnd: Bool { i >= scalars.count }

  mutating func take(_ c: Unicode.Scalar) -> Bool {
    guard !atEnd, scalars[i] == c else { return false }
    i += 1
    return true
  }

  /// Exactly `count` ASCII digits, as a number.
  mutating func digits(_ count: Int) -> Int? {
    guard i + count <= scalars.count else { return nil }
    var value = 0
    for k in i..<(i + count) {
      let v = scalars[k].value
      guard v >= 48 && v <= 57 else { return nil }
      value = value * 10 + Int(v - 48)
    }
    i += count
    return value
  }

  mutating func digitRun() -> Int {
    let start = i
    while !atEnd, scalars[i].value >= 48, scalars[i].value <= 57 { i += 1 }
    return i - start
  }

  /// `digits[.digits]` or `.digits`.
  mutating func number() -> Bool {
    let whole = digitRun()
    var fraction = 0
    if take(".") { fraction = digitRun() }
    return whole + fraction > 0
  }

  mutating func letters() -> String {
    var out = ""
    while !atEnd, scalars[i].properties.isAlphabetic {
      out.unicodeScalars.append(scalars[i])
      i += 1
    }
    return out
  }

  mutating func skipSpaces() {
    while !atEnd, scalars[i] == " " { i += 1 }
  }
}

extension String {
  var trimmingSpaces: Substring {
    let trimmed = drop { $0 == " " || $0 == "\t" }
    return trimmed.dropLast(trimmed.reversed().prefix { $0 == " " || $0 == "\t" }.count)
  }
}
