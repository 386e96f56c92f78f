import FlyteSyntax

/// An exact signed duration: whole seconds plus nanoseconds, floor-normalised
/// (`0 <= nanoseconds < 1_000_000_000`, so -1.5 s is `seconds: -2, nanoseconds: 500_000_000`).
/// Nanoseconds cover every form a timeout takes: Python's timedelta has microseconds, a
/// flyteidl `google.protobuf.Duration` nanoseconds. Never goes through `Double`.
public struct ExactDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
  public private(set) var seconds: Int64
  public private(set) var nanoseconds: Int32

  /// The largest magnitude a `google.protobuf.Duration` holds (about 10,000 years): beyond it
  /// flyteidl cannot carry the value.
  public static let limitSeconds: Int64 = 315_576_000_000

  public static let zero = ExactDuration(seconds: 0)

  public init(seconds: Int64, nanoseconds: Int64 = 0) {
    var s = seconds + nanoseconds / 1_000_000_000
    var n = nanoseconds % 1_000_000_000
    if n < 0 {
      n += 1_000_000_000
      s -= 1
    }
    self.seconds = s
    self.nanoseconds = Int32(n)
  }

  /// Builds a duration from a floating-point number of seconds (configuration bounds); the
  /// value is rounded to the nearest nanosecond. Nil for non-finite or out-of-range input.
  public init?(approximatingSeconds value: Double) {
    guard value.isFinite, abs(value) < 9e15 else { return nil }
    let whole = value.rounded(.down)
    let nanos = ((value - whole) * 1e9).rounded()
    self.init(seconds: Int64(whole), nanoseconds: Int64(nanos))
  }

  public var isZero: Bool { seconds == 0 && nanoseconds == 0 }
  public var isNegative: Bool { seconds < 0 }

  /// Whole seconds of the magnitude (fraction dropped).
  public var magnitudeSeconds: UInt64 {
    if seconds >= 0 { return UInt64(seconds) }
    let whole = nanoseconds > 0 ? seconds + 1 : seconds
    return whole.magnitude
  }

  /// True when flyteidl can carry the value: |seconds| (truncated) ≤ 315,576,000,000.
  public var fitsFlyteIDL: Bool { magnitudeSeconds <= UInt64(Self.limitSeconds) }

  public static func < (a: ExactDuration, b: ExactDuration) -> Bool {
    (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
  }

  /// Magnitude as (whole seconds, nanoseconds).
  private var magnitude: (UInt64, UInt32) {
    if seconds >= 0 || nanoseconds == 0 { return (seconds.magnitude, UInt32(nanoseconds)) }
    return ((seconds + 1).magnitude, UInt32(1_000_000_000 - nanoseconds))
  }

  /// Compact form in our duration syntax: `1h30m`, `7d`, `90.5s`, `-5s`, `0s`.
  public var description: String {
    let (whole, nanos) = magnitude
    if whole == 0 && nanos == 0 { return "0s" }
    var out = isNegative ? "-" : ""
    let days = whole / 86_400
    let hours = whole / 3_600 % 24
    let minutes = whole / 60 % 60
    let secs = whole % 60
    if days > 0 { out += "\(days)d" }
    if hours > 0 { out += "\(hours)h" }
    if minutes > 0 { out += "\(minutes)m" }
    if secs > 0 || nanos > 0 { out += "\(secs)" + Self.fraction(nanos, trimmed: true) + "s" }
    return out
  }

  /// The proto3-JSON form flyteidl uses: `300s`, `90.500s`, `-5s` (0, 3, 6 or 9 decimals).
  public var flyteIDLText: String {
    let (whole, nanos) = magnitude
    return (isNegative ? "-" : "") + "\(whole)" + Self.fraction(nanos, trimmed: false) + "s"
  }

  /// `.5` / `.500`-style fraction of nanoseconds; empty for zero.
  private static func fraction(_ nanos: UInt32, trimmed: Bool) -> String {
    guard nanos > 0 else { return "" }
    var digits = String(nanos)
    digits = String(repeating: "0", count: 9 - digits.count) + digits
    if trimmed {
      while digits.hasSuffix("0") { digits.removeLast() }
    } else {
      while digits.count > 3 && digits.hasSuffix("000") { digits.removeLast(3) }
    }
    return "." + digits
  }
}

/// Which form a timeout was written in.
public enum DurationSyntax: String, Sendable, Equatable {
  /// An integer number of seconds: `300`.
  case seconds
  /// A float: only `0.0` is accepted (flytekit rejects the others).
  case float
  /// `true` / `false`.
  case bool
  /// Our duration string: `300s`, `5m`, `1h30m`, `1h 30m`, `2d`, `90.5s`.
  case durationString
  /// `H:MM:SS`, e.g. `00:05:00`.
  case clock
  /// ISO 8601: `PT5M`, `P1DT2H`.
  case iso8601
  /// A mapping of `datetime.timedelta` arguments: `{minutes: 5}`.
  case timedelta
  /// flyteidl's proto3-JSON duration: `"300s"`, `"90.500s"`, `"-5s"`.
  case flyteidl
  /// Something that is no duration form at all (a list, …).
  case unsupported
}

/// Why a value is not a usable duration.
public enum DurationProblem: Sendable, Equatable, CustomStringConvertible {
  /// A non-zero float (only whole seconds are accepted).
  case float
  /// A bool (flytekit reads `true` as 1 s, `false` as no timeout).
  case bool(Bool)
  /// A string that is not in any duration form; the detail says what is wrong.
  case unparsable(String)
  /// Beyond ±315,576,000,000 s.
  case outOfRange
  /// A timedelta mapping key that is not a timedelta argument.
  case unknownTimedeltaField(String)
  /// A timedelta argument that is not a number.
  case timedeltaValueNotNumber(String)
  /// A value of a kind no duration form has (list, mapping in flyteidl, …).
  case wrongKind(String)

  public var description: String {
    switch self {
    case .float: return "a float; whole seconds must be an int"
    case .bool(let b): return "a bool (\(b ? "flytekit reads true as 1 second" : "flytekit reads false as no timeout"))"
    case .unparsable(let detail): return detail
    case .outOfRange: return "beyond ±315576000000 seconds, the largest duration flyteidl can hold"
    case .unknownTimedeltaField(let name):
      return "\"\(name)\" is not a timedelta field; expected \(DurationParser.timedeltaFields.map { $0.name }.joined(separator: ", "))"
    case .timedeltaValueNotNumber(let name): return "timedelta field \"\(name)\" must be a number"
    case .wrongKind(let kind): return "\(kind), not a duration"
    }
  }
}

/// A parsed duration: its value or why it has none, and the syntax it was written in.
public enum DurationParse: Sendable, Equatable {
  case valid(ExactDuration, DurationSyntax)
  case invalid(DurationProblem, DurationSyntax)

  public var value: ExactDuration? {
    if case .valid(let value, _) = self { return value }
    return nil
  }

  public var problem: DurationProblem? {
    if case .invalid(let problem, _) = self { return problem }
    return nil
  }

  public var syntax: DurationSyntax {
    switch self {
    case .valid(_, let syntax), .invalid(_, let syntax): return syntax
    }
  }
}

/// A timeout read from a manifest node: the parse, and the node a problem is about (a
/// timedelta field, or the value itself).
public struct TimeoutReading: Sendable {
  public var parse: DurationParse
  public var node: NodeID
}

/// Parses every accepted timeout form (SPEC §3, §4) into an `ExactDuration`.
public enum DurationParser {
  /// `datetime.timedelta` keyword arguments, with their length as factor × 10^power ns.
  static let timedeltaFields: [(name: String, unit: Unit)] = [
    ("days", .day), ("hours", .hour), ("minutes", .minute), ("seconds", .second),
    ("milliseconds", .millisecond), ("microseconds", .microsecond),
  ]

  /// A unit's length in nanoseconds, as factor × 10^power (keeps the arithmetic small).
  struct Unit: Equatable {
    var factor: Int
    var power: Int
    static let week = Unit(factor: 6048, power: 11)
    static let day = Unit(factor: 864, power: 11)
    static let hour = Unit(factor: 36, power: 11)
    static let minute = Unit(factor: 6, power: 10)
    static let second = Unit(factor: 1, power: 9)
    static let millisecond = Unit(factor: 1, power: 6)
    static let microsecond = Unit(factor: 1, power: 3)
  }

  // MARK: tree entry points

  /// A native manifest's `timeout` value (nil for null: no timeout given).
  public static func timeout(_ id: NodeID, in tree: SyntaxTree) -> TimeoutReading? {
    let node = tree.resolved(id)
    if tree.isMapping(node) { return timedelta(node, in: tree) }
    if tree.isSequence(node) {
      return TimeoutReading(parse: .invalid(.wrongKind("a list"), .unsupported), node: id)
    }
    guard let scalar = tree.scalar(node) else { return nil }
    let parse: DurationParse
    switch scalar {
    case .null: return nil
    case .bool(let b): parse = .invalid(.bool(b), .bool)
    case .int(let text): parse = seconds(integerText: text)
    case .float(let text):
      if let decimal = ExactDecimal(text), decimal.isZero {
        parse = .valid(.zero, .float)
      } else {
        parse = .invalid(.float, .float)
      }
    case .infinity, .nan: parse = .invalid(.float, .float)
    case .string(let text): parse = Self.parse(text)
    }
    return TimeoutReading(parse: parse, node: id)
  }

  /// A flyteidl template's `metadata.timeout` (nil for null).
  public static func flyteIDLTimeout(_ id: NodeID, in tree: SyntaxTree) -> TimeoutReading? {
    let node = tree.resolved(id)
    if tree.isMapping(node) || tree.isSequence(node) {
      let kind = tree.isMapping(node) ? "a mapping" : "a list"
      return TimeoutReading(parse: .invalid(.wrongKind(kind), .flyteidl), node: id)
    }
    switch tree.scalar(node) {
    case .none, .null: return nil
    case .string(let text): return TimeoutReading(parse: flyteIDL(text), node: id)
    case .bool: return TimeoutReading(parse: .invalid(.wrongKind("a bool"), .flyteidl), node: id)
    default:
      return TimeoutReading(
        parse: .invalid(.unparsable("a number; flyteidl durations are strings like \"300s\""), .flyteidl), node: id)
    }
  }

  /// A timedelta mapping `{days, hours, minutes, seconds, milliseconds, microseconds}`: numbers,
  /// negative or fractional as Python allows; rounded to whole microseconds (half to even), as
  /// `datetime.timedelta` does.
  public static func timedelta(_ mapping: NodeID, in tree: SyntaxTree) -> TimeoutReading {
    var values: [String: ExactDecimal] = [:]
    for entry in tree.entries(of: mapping) {
      guard timedeltaFields.contains(where: { $0.name == entry.name }) else {
        return TimeoutReading(parse: .invalid(.unknownTimedeltaField(entry.name), .timedelta), node: entry.key)
      }
      let number: ExactDecimal?
      switch tree.scalar(entry.value) {
      case .int(let text): number = ExactDecimal(integerText: text)
      case .float(let text): number = ExactDecimal(text)
      default: number = nil
      }
      guard let number else {
        return TimeoutReading(
          parse: .invalid(.timedeltaValueNotNumber(entry.name), .timedelta), node: entry.value)
      }
      values[entry.name] = number
    }
    let parts = timedeltaFields.compactMap { field in values[field.name].map { ($0, field.unit) } }
    return TimeoutReading(parse: combine(parts, roundingPower: 3, syntax: .timedelta), node: mapping)
  }

  // MARK: text entry points

  /// An integer number of seconds, as the core schema writes it (decimal, `0o`, `0x`).
  public static func seconds(integerText text: String) -> DurationParse {
    // The common case, a short decimal count of seconds, needs no exact arithmetic.
    if let small = smallDecimal(text) {
      let duration = ExactDuration(seconds: small)
      return duration.fitsFlyteIDL ? .valid(duration, .seconds) : .invalid(.outOfRange, .seconds)
    }
    guard let decimal = ExactDecimal(integerText: text) else {
      return .invalid(.unparsable("not an integer"), .seconds)
    }
    return combine([(decimal, .second)], roundingPower: 0, syntax: .seconds)
  }

  /// `-?[0-9]{1,15}` as a number; nil for anything else (signs, radix prefixes, underscores
  /// and long texts take the exact path).
  static func smallDecimal(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { bytes -> Int64? in
      var i = 0
      let negative = bytes.first == UInt8(ascii: "-")
      if negative { i = 1 }
      guard bytes.count > i, bytes.count - i <= 15 else { return nil }
      var value: Int64 = 0
      while i < bytes.count {
        let digit = bytes[i] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int64(digit)
        i += 1
      }
      return negative ? -value : value
    }
  }

  /// Our string forms: a duration string (`300s`, `1h30m`, `1h 30m`, `90.5s`), `H:MM:SS`, or
  /// ISO 8601 (`PT5M`, `P1DT2H`). Used for timeouts and configuration bounds.
  public static func parse(_ raw: String) -> DurationParse {
    let text = raw.trimmingWhitespace()
    if text.isEmpty { return .invalid(.unparsable("an empty string"), .durationString) }
    let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    if unsigned.first == "P" || unsigned.first == "p" { return iso8601(text) }
    if unsigned.utf8.contains(UInt8(ascii: ":")) { return clock(text) }
    return durationString(text)
  }

  /// flyteidl's proto3-JSON Duration: `-?digits(.digits{1,9})?s`.
  public static func flyteIDL(_ text: String) -> DurationParse {
    var body = Substring(text)
    guard body.last == "s" else {
      return .invalid(.unparsable("flyteidl durations are seconds with an \"s\" suffix, like \"300s\""), .flyteidl)
    }
    body.removeLast()
    let negative = body.first == "-"
    if negative { body.removeFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    let wellFormed =
      (parts.count == 1 || parts.count == 2) && !parts[0].isEmpty && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
      && (parts.count == 1 || (1...9).contains(parts[1].count))
    guard wellFormed, let decimal = ExactDecimal((negative ? "-" : "") + body) else {
      return .invalid(.unparsable("flyteidl durations are seconds with an \"s\" suffix, like \"300s\" or \"90.500s\""), .flyteidl)
    }
    return combine([(decimal, .second)], roundingPower: 0, syntax: .flyteidl)
  }

  // MARK: forms

  private static let stringUnits: [(symbol: String, unit: Unit)] = [
    ("d", .day), ("h", .hour), ("m", .minute), ("s", .second), ("ms", .millisecond),
    ("us", .microsecond), ("µs", .microsecond),
  ]

  /// `300s`, `5m`, `1h30m`, `2d`, `1h 30m`, `90.5s`: numbers with units, largest first, each unit
  /// once; spaces between parts are allowed.
  static func durationString(_ text: String) -> DurationParse {
    let syntax = DurationSyntax.durationString
    var chars = Array(text.unicodeScalars)
    var negative = false
    if chars.first == "-" || chars.first == "+" {
      negative = chars.first == "-"
      chars.removeFirst()
    }
    if !chars.isEmpty && chars.allSatisfy({ $0.isASCIIDigitScalar || $0 == "." }) {
      return .invalid(.unparsable("a number in a string needs a unit (\"\(text)s\"), or write seconds as a plain int"), syntax)
    }
    var parts: [(ExactDecimal, Unit)] = []
    var lastRank = -1
    var i = 0
    while i < chars.count {
      while i < chars.count && chars[i] == " " { i += 1 }
      if i == chars.count { break }
      var number = ""
      while i < chars.count, chars[i].isASCIIDigitScalar || chars[i] == "." {
        number.unicodeScalars.append(chars[i])
        i += 1
      }
      guard !number.isEmpty, let value = ExactDecimal(number) else {
        return .invalid(.unparsable("expected a number at \"\(String(String.UnicodeScalarView(chars[i...])))\""), syntax)
      }
      var symbol = ""
      while i < chars.count, chars[i].properties.isAlphabetic || chars[i] == "µ" {
        symbol.unicodeScalars.append(chars[i])
        i += 1
      }
      guard let rank = stringUnits.firstIndex(where: { $0.symbol == symbol }) else {
        let detail = symbol.isEmpty
          ? "\"\(number)\" has no unit; use d, h, m, s, ms or us"
          : "unknown unit \"\(symbol)\"; use d, h, m, s, ms or us"
        return .invalid(.unparsable(detail), syntax)
      }
      let unit = stringUnits[rank].unit
      let order = [Unit.day, .hour, .minute, .second, .millisecond, .microsecond].firstIndex(of: unit) ?? rank
      guard order > lastRank else {
        return .invalid(.unparsable("units must go from largest to smallest, each once"), syntax)
      }
      lastRank = order
      parts.append((value, unit))
    }
    guard !parts.isEmpty else { return .invalid(.unparsable("no duration given"), syntax) }
    if negative { parts = parts.map { ($0.0.negated(), $0.1) } }
    return combine(parts, roundingPower: 0, syntax: syntax)
  }

  /// `H:MM:SS` with optional fractional seconds: `00:05:00`, `1:30:00`, `0:00:90`-style minutes
  /// or seconds above 59 are rejected.
  static func clock(_ text: String) -> DurationParse {
    let syntax = DurationSyntax.clock
    var body = Substring(text)
    var negative = false
    if body.first == "-" || body.first == "+" {
      negative = body.first == "-"
      body.removeFirst()
    }
    let fields = body.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 3 else {
      return .invalid(.unparsable("a clock duration needs hours, minutes and seconds (H:MM:SS, like \"0:01:30\")"), syntax)
    }
    let secondsParts = fields[2].split(separator: ".", omittingEmptySubsequences: false)
    guard !fields[0].isEmpty, fields[0].allSatisfy(\.isASCIIDigit),
      fields[1].count == 2, fields[1].allSatisfy(\.isASCIIDigit),
      secondsParts[0].count == 2, secondsParts[0].allSatisfy(\.isASCIIDigit),
      secondsParts.count == 1 || (secondsParts.count == 2 && !secondsParts[1].isEmpty && secondsParts[1].allSatisfy(\.isASCIIDigit)),
      let hours = ExactDecimal(String(fields[0])), let minutes = Int(fields[1]),
      let seconds = ExactDecimal(String(fields[2]))
    else {
      return .invalid(.unparsable("expected H:MM:SS, like \"00:05:00\""), syntax)
    }
    guard minutes < 60, let wholeSeconds = Int(secondsParts[0]), wholeSeconds < 60,
      let minutesValue = ExactDecimal(integerText: String(minutes))
    else {
      return .invalid(.unparsable("minutes and seconds must be below 60 in H:MM:SS"), syntax)
    }
    var parts: [(ExactDecimal, Unit)] = [
      (hours, .hour), (minutesValue, .minute), (seconds, .second),
    ]
    if negative { parts = parts.map { ($0.0.negated(), $0.1) } }
    return combine(parts, roundingPower: 0, syntax: syntax)
  }

  /// ISO 8601 durations: `P[nW][nD][T[nH][nM][nS]]`; a fraction only on the last part. Years and
  /// months have no fixed length and are rejected.
  static func iso8601(_ text: String) -> DurationParse {
    let syntax = DurationSyntax.iso8601
    var chars = Array(text.uppercased())
    var negative = false
    if chars.first == "-" || chars.first == "+" {
      negative = chars.first == "-"
      chars.removeFirst()
    }
    guard chars.first == "P" else { return .invalid(.unparsable("an ISO 8601 duration starts with \"P\""), syntax) }
    chars.removeFirst()
    var inTime = false
    var parts: [(ExactDecimal, Unit)] = []
    var lastRank = -1
    var sawFraction = false
    var i = 0
    while i < chars.count {
      if chars[i] == "T" {
        guard !inTime else { return .invalid(.unparsable("\"T\" appears twice"), syntax) }
        inTime = true
        i += 1
        guard i < chars.count else { return .invalid(.unparsable("nothing after \"T\""), syntax) }
        continue
      }
      var number = ""
      while i < chars.count, chars[i].isASCIIDigit || chars[i] == "." || chars[i] == "," {
        number.append(chars[i] == "," ? "." : chars[i])
        i += 1
      }
      guard !number.isEmpty, i < chars.count, let value = ExactDecimal(number) else {
        return .invalid(.unparsable("expected a number followed by a designator (like \"PT5M\")"), syntax)
      }
      let designator = chars[i]
      i += 1
      let unit: Unit
      let rank: Int
      switch (inTime, designator) {
      case (false, "Y"), (false, "M"):
        return .invalid(.unparsable("years and months have no fixed length; use days (\"P30D\")"), syntax)
      case (false, "W"): (unit, rank) = (.week, 0)
      case (false, "D"): (unit, rank) = (.day, 1)
      case (true, "H"): (unit, rank) = (.hour, 2)
      case (true, "M"): (unit, rank) = (.minute, 3)
      case (true, "S"): (unit, rank) = (.second, 4)
      default:
        return .invalid(.unparsable("unexpected designator \"\(designator)\"\(inTime ? "" : " (hours, minutes and seconds go after \"T\")")"), syntax)
      }
      guard rank > lastRank, !sawFraction else {
        return .invalid(.unparsable("parts must go from largest to smallest, each once, a fraction only on the last"), syntax)
      }
      lastRank = rank
      sawFraction = number.utf8.contains(UInt8(ascii: "."))
      parts.append((value, unit))
    }
    guard !parts.isEmpty else { return .invalid(.unparsable("no duration given after \"P\""), syntax) }
    if negative { parts = parts.map { ($0.0.negated(), $0.1) } }
    return combine(parts, roundingPower: 0, syntax: syntax)
  }

  /// Σ value × unit, rounded half to even to a multiple of 10^roundingPower ns, range-checked.
  static func combine(_ parts: [(ExactDecimal, Unit)], roundingPower: Int, syntax: DurationSyntax) -> DurationParse {
    var total = ExactDecimal.zero
    for (value, unit) in parts {
      guard let scaled = value.multiplied(by: unit.factor, power: unit.power) else {
        return .invalid(.outOfRange, syntax)
      }
      total = total.adding(scaled)
    }
    guard let nanos = total.roundedNanoseconds(toPower: roundingPower) else { return .invalid(.outOfRange, syntax) }
    guard nanos.fitsFlyteIDL else { return .invalid(.outOfRange, syntax) }
    return .valid(nanos, syntax)
  }
}

/// An exact signed decimal number: ±digits × 10^-scale. Small and slow, but exact; durations
/// are short texts.
struct ExactDecimal: Equatable {
  var negative: Bool
  /// Most significant first.
  var digits: [UInt8]
  var scale: Int

  static let zero = ExactDecimal(negative: false, digits: [0], scale: 0)
  /// Numbers this far beyond the range are out of range whatever else is added.
  private static let maxExponent = 40

  var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  init(negative: Bool, digits: [UInt8], scale: Int) {
    self.negative = negative
    self.digits = digits.isEmpty ? [0] : digits
    self.scale = scale
  }

  /// `[-+]?(digits)?(.digits)?([eE][-+]?digits)?` with at least one digit.
  init?(_ text: String) {
    var bytes = Array(text.utf8)[...]
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    var digits: [UInt8] = []
    var scale = 0
    var seenDot = false
    while let b = bytes.first, b.isDigit || (b == UInt8(ascii: ".") && !seenDot) {
      if b == UInt8(ascii: ".") {
        seenDot = true
      } else {
        digits.append(b - UInt8(ascii: "0"))
        if seenDot { scale += 1 }
      }
      bytes = bytes.dropFirst()
    }
    guard !digits.isEmpty else { return nil }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      var expNegative = false
      if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
        expNegative = s == UInt8(ascii: "-")
        bytes = bytes.dropFirst()
      }
      guard !bytes.isEmpty, bytes.allSatisfy(\.isDigit) else { return nil }
      let expDigits = bytes.drop { $0 == UInt8(ascii: "0") }
      let exponent = expDigits.count > 6 ? 1_000_000 : Int(String(decoding: expDigits, as: UTF8.self)) ?? 0
      let nonZero = digits.contains { $0 != 0 }
      if expNegative {
        // Far below a nanosecond: zero for every purpose here.
        if exponent > 1_000 { digits = [0]; scale = 0 } else { scale += exponent }
      } else if exponent > Self.maxExponent + digits.count && nonZero {
        digits = [9] + [UInt8](repeating: 0, count: Self.maxExponent + 30)
        scale = 0
      } else {
        scale -= exponent
      }
      bytes = bytes.dropFirst(bytes.count)
    }
    guard bytes.isEmpty else { return nil }
    if scale < 0 {
      digits += [UInt8](repeating: 0, count: -scale)
      scale = 0
    }
    self.init(negative: negative, digits: digits, scale: scale)
  }

  /// A core-schema integer: decimal, `0o` octal or `0x` hex, signed.
  init?(integerText text: String) {
    var body = Substring(text)
    var negative = false
    if body.first == "-" || body.first == "+" {
      negative = body.first == "-"
      body.removeFirst()
    }
    var radix = 10
    if body.count > 2 && body.hasPrefix("0x") { radix = 16; body.removeFirst(2) }
    else if body.count > 2 && body.hasPrefix("0o") { radix = 8; body.removeFirst(2) }
    guard !body.isEmpty else { return nil }
    // Far beyond any bound a duration can have: refuse instead of converting (the conversion
    // below is quadratic in the number of digits).
    let significant = body.drop { $0 == "0" || $0 == "_" }
    guard significant.count <= 40 else { return nil }
    body = significant.isEmpty ? "0" : significant
    var digits: [UInt8] = [0]
    for ch in body {
      guard let d = ch.hexDigitValue, d < radix else { return nil }
      Self.multiplyAdd(&digits, by: radix, adding: d)
    }
    self.init(negative: negative, digits: digits, scale: 0)
  }

  func negated() -> ExactDecimal { ExactDecimal(negative: !negative, digits: digits, scale: scale) }

  /// digits = digits × factor + addend, in base 10, most significant digit first.
  private static func multiplyAdd(_ digits: inout [UInt8], by factor: Int, adding addend: Int) {
    var carry = addend
    for index in digits.indices.reversed() {
      let v = Int(digits[index]) * factor + carry
      digits[index] = UInt8(v % 10)
      carry = v / 10
    }
    while carry > 0 {
      digits.insert(UInt8(carry % 10), at: 0)
      carry /= 10
    }
  }

  /// self × factor × 10^power; nil when hopelessly out of range.
  func multiplied(by factor: Int, power: Int) -> ExactDecimal? {
    var result = digits
    Self.multiplyAdd(&result, by: factor, adding: 0)
    var newScale = scale - power
    if newScale < 0 {
      result += [UInt8](repeating: 0, count: -newScale)
      newScale = 0
    }
    let significant = result.count - newScale - (result.firstIndex { $0 != 0 } ?? result.count)
    if significant > Self.maxExponent { return nil }
    return ExactDecimal(negative: negative, digits: result, scale: newScale)
  }

  /// Exact sum.
  func adding(_ other: ExactDecimal) -> ExactDecimal {
    let scale = max(self.scale, other.scale)
    var a = self.digits + [UInt8](repeating: 0, count: scale - self.scale)
    var b = other.digits + [UInt8](repeating: 0, count: scale - other.scale)
    let width = max(a.count, b.count)
    a = [UInt8](repeating: 0, count: width - a.count) + a
    b = [UInt8](repeating: 0, count: width - b.count) + b
    if negative == other.negative {
      return ExactDecimal(negative: negative, digits: Self.add(a, b), scale: scale)
    }
    // Opposite signs: subtract the smaller magnitude from the larger.
    if a.lexicographicallyPrecedes(b) {
      return ExactDecimal(negative: other.negative, digits: Self.subtract(b, a), scale: scale)
    }
    return ExactDecimal(negative: negative, digits: Self.subtract(a, b), scale: scale)
  }

  private static func add(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: a.count)
    var carry: UInt8 = 0
    for i in a.indices.reversed() {
      let v = a[i] + b[i] + carry
      out[i] = v % 10
      carry = v / 10
    }
    return carry > 0 ? [carry] + out : out
  }

  /// a − b for equal-width digit arrays with a ≥ b.
  private static func subtract(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: a.count)
    var borrow: Int = 0
    for i in a.indices.reversed() {
      var v = Int(a[i]) - Int(b[i]) - borrow
      borrow = 0
      if v < 0 { v += 10; borrow = 1 }
      out[i] = UInt8(v)
    }
    return out
  }

  /// self (a number of nanoseconds) rounded half to even to a multiple of 10^power ns.
  func roundedNanoseconds(toPower power: Int) -> ExactDuration? {
    // Split at the rounding position: `kept` are whole multiples of 10^power.
    let cut = digits.count - scale - power
    var kept = cut > 0 ? Array(digits[..<cut]) : [0]
    let dropped = cut >= 0 ? Array(digits[cut...]) : [UInt8](repeating: 0, count: -cut) + digits
    if let first = dropped.first {
      let rest = dropped.dropFirst().contains { $0 != 0 }
      let roundUp = first > 5 || (first == 5 && (rest || (kept.last ?? 0) % 2 == 1))
      if roundUp { kept = Self.add([0] + kept, [UInt8](repeating: 0, count: kept.count) + [1]) }
    }
    kept += [UInt8](repeating: 0, count: max(0, power))
    let trimmed = Array(kept.drop { $0 == 0 })
    // Whole seconds beyond 18 digits cannot be in range.
    guard trimmed.count <= 27 else { return nil }
    let secondsDigits = trimmed.count > 9 ? trimmed[..<(trimmed.count - 9)] : []
    let nanosDigits = trimmed.suffix(9)
    let seconds = secondsDigits.reduce(Int64(0)) { $0 * 10 + Int64($1) }
    let nanos = nanosDigits.reduce(Int64(0)) { $0 * 10 + Int64($1) }
    return negative ? ExactDuration(seconds: -seconds, nanoseconds: -nanos) : ExactDuration(seconds: seconds, nanoseconds: nanos)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Unicode.Scalar {
  fileprivate var isASCIIDigitScalar: Bool { value >= 0x30 && value <= 0x39 }
}

extension UInt8 {
  fileprivate var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[start...end])
  }
}
