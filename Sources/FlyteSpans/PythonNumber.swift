/// Python's float text, as flytekit's `explain` (`{:7.2f}`) and PyYAML's `dump` (`repr`)
/// produce it: the one place numbers become text.
enum PythonNumber {
  /// `format(value, ".2f")`: the exact binary value rounded half to even at two decimals
  /// (Python formats the double's exact decimal expansion, never a pre-rounded one).
  static func fixed2(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let negative = value.sign == .minus
    let magnitude = value.magnitude
    var hundredths: UInt64
    if magnitude == 0 {
      hundredths = 0
    } else if magnitude >= 0x1p52 {
      // Already an integer: only the integer digits matter, printed from exact text below.
      return (negative ? "-" : "") + integerText(magnitude) + ".00"
    } else {
      // magnitude = significand × 2^shift exactly; × 100 fits in 64 bits (< 2^60).
      let significand = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
      let shift = Int(magnitude.exponent) - 52
      let scaled = significand * 100
      if shift >= 0 {
        hundredths = scaled << UInt64(shift)
      } else if -shift >= 64 {
        hundredths = 0
      } else {
        let drop = UInt64(-shift)
        hundredths = scaled >> drop
        let remainder = scaled & ((1 << drop) - 1)
        let half: UInt64 = 1 << (drop - 1)
        if remainder > half || (remainder == half && hundredths & 1 == 1) { hundredths += 1 }
      }
    }
    let digits = String(hundredths)
    let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    return (negative ? "-" : "") + padded.dropLast(2) + "." + padded.suffix(2)
  }

  /// Decimal digits of an integral double ≥ 2^52 (exact: it is below 2^1024 and integral).
  private static func integerText(_ value: Double) -> String {
    if value < 0x1p63 { return String(UInt64(value)) }
    // Durations never get here; the shortest form keeps this total without big integers.
    return repr(value)
  }

  /// Right-aligns text in a field, as Python's `{:Nf}` does for numbers (widths count code
  /// points, as Python's do).
  static func rightAligned(_ text: String, width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.unicodeScalars.count)) + text
  }

  /// Left-aligns text in a field (`{:Ns}`), never truncating.
  static func leftAligned(_ text: String, width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
  }

  /// Python's `repr(float)`: the shortest digits that round-trip, in positional notation
  /// for decimal exponents -4 ..< 16 and `d.ddde±XX` otherwise.
  static func repr(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
    let (digits, exponent) = shortestDigits(value.magnitude)
    let sign = value.sign == .minus ? "-" : ""
    // `exponent` is the position of the decimal point after the first digit (scientific e).
    if exponent >= -4 && exponent < 16 {
      if exponent < 0 {
        return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
      }
      let integerCount = exponent + 1
      if digits.count <= integerCount {
        return sign + digits + String(repeating: "0", count: integerCount - digits.count) + ".0"
      }
      return sign + digits.prefix(integerCount) + "." + digits.dropFirst(integerCount)
    }
    let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
    let exponentDigits = String(exponent.magnitude)
    let exponentText =
      (exponent < 0 ? "-" : "+") + (exponentDigits.count < 2 ? "0" : "") + exponentDigits
    return sign + mantissa + "e" + exponentText
  }

  /// PyYAML's float: `repr` lower-cased, with `.0` added before `e` when there is no point.
  static func yamlFloat(_ value: Double) -> String {
    if value.isNaN { return ".nan" }
    if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
    let text = repr(value)
    if !text.contains("."), let e = text.firstIndex(of: "e") {
      return text[..<e] + ".0" + text[e...]
    }
    return text
  }

  /// The shortest round-trip digits (no leading/trailing zeros) and the scientific exponent,
  /// taken from Swift's own shortest-digit printer so no second algorithm is needed.
  private static func shortestDigits(_ magnitude: Double) -> (String, Int) {
    let text = magnitude.description  // e.g. "4.5", "1e-05", "1.2345e+16", "100.0"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var integerPart = mantissa
    var fractionPart: Substring = ""
    if let dot = mantissa.firstIndex(of: ".") {
      integerPart = mantissa[..<dot]
      fractionPart = mantissa[mantissa.index(after: dot)...]
    }
    var digits = String(integerPart) + fractionPart
    var pointExponent = exponent + integerPart.count - 1
    while digits.first == "0" && digits.count > 1 {
      digits.removeFirst()
      pointExponent -= 1
    }
    while digits.last == "0" && digits.count > 1 { digits.removeLast() }
    return (digits, pointExponent)
  }
}
