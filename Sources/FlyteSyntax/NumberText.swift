/// Exact number rendering for JSON output: numbers never pass through `Double`.
enum NumberText {
  /// A core-schema integer (decimal, `0o`, `0x`; any size) as JSON decimal text.
  static func jsonInteger(_ text: String) -> String {
    var digits = Array(text.utf8)
    var negative = false
    if digits.first == .plus || digits.first == .minus {
      negative = digits.first == .minus
      digits.removeFirst()
    }
    var radix: UInt64 = 10
    if digits.count > 2 && digits[0] == UInt8(ascii: "0") {
      if digits[1] == UInt8(ascii: "x") { radix = 16 }
      if digits[1] == UInt8(ascii: "o") { radix = 8 }
      if radix != 10 { digits.removeFirst(2) }
    }
    var decimal: String
    if radix == 10 {
      let trimmed = digits.drop { $0 == UInt8(ascii: "0") }
      decimal = trimmed.isEmpty ? "0" : String(decoding: trimmed, as: UTF8.self)
    } else {
      decimal = toDecimal(digits, radix: radix)
    }
    if negative && decimal != "0" { decimal = "-" + decimal }
    return decimal
  }

  /// Converts digits in base 8 or 16 to decimal with base-10⁹ limbs.
  private static func toDecimal(_ digits: [UInt8], radix: UInt64) -> String {
    var limbs: [UInt64] = [0]  // little-endian, base 1e9
    let base: UInt64 = 1_000_000_000
    for d in digits {
      var carry = UInt64(d.hexValue)
      for i in limbs.indices {
        let v = limbs[i] * radix + carry
        limbs[i] = v % base
        carry = v / base
      }
      while carry > 0 {
        limbs.append(carry % base)
        carry /= base
      }
    }
    var out = String(limbs[limbs.count - 1])
    for limb in limbs.dropLast().reversed() {
      let s = String(limb)
      out += String(repeating: "0", count: 9 - s.count) + s
    }
    return out
  }

  /// A core-schema float as valid JSON number text (`1.` → `1.0`, `.5` → `0.5`, `+1` → `1`).
  static func jsonFloat(_ text: String) -> String {
    var b = Array(text.utf8)
    var sign = ""
    if b.first == .plus || b.first == .minus {
      if b.first == .minus { sign = "-" }
      b.removeFirst()
    }
    var i = 0
    var intPart: [UInt8] = []
    while i < b.count && b[i].isDigit { intPart.append(b[i]); i += 1 }
    var frac: [UInt8] = []
    var hasDot = false
    if i < b.count && b[i] == .dot {
      hasDot = true
      i += 1
      while i < b.count && b[i].isDigit { frac.append(b[i]); i += 1 }
    }
    let exponent = String(decoding: b[i...], as: UTF8.self)
    let trimmedInt = intPart.drop { $0 == UInt8(ascii: "0") }
    var out = sign + (trimmedInt.isEmpty ? "0" : String(decoding: trimmedInt, as: UTF8.self))
    if hasDot { out += "." + (frac.isEmpty ? "0" : String(decoding: frac, as: UTF8.self)) }
    return out + exponent
  }
}
