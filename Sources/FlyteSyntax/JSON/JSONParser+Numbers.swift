extension JSONParser {
  /// Reads the number at `pos` (`-? int frac? exp?` of RFC 8259) and adds a plain scalar
  /// holding its text; numbers are never converted here.
  mutating func parseNumber() -> Bool {
    let start = pos
    let n = input.count
    var i = start
    if input[i] == .minus { i += 1 }
    if i < n && input[i] == UInt8(ascii: "0") {
      i += 1
      if i < n && input[i].isDigit {
        return failNumber(start, "leading zeros are not allowed")
      }
    } else if i < n && input[i].isDigit {
      i = digitsEnd(from: i + 1)
    } else {
      return failNumber(start, "expected a digit after \"-\"")
    }
    if i < n && input[i] == .dot {
      i += 1
      guard i < n && input[i].isDigit else {
        return failNumber(start, "expected a digit after \".\"")
      }
      i = digitsEnd(from: i + 1)
    }
    if i < n && input[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < n && (input[i] == .plus || input[i] == .minus) { i += 1 }
      guard i < n && input[i].isDigit else {
        return failNumber(start, "expected a digit in the exponent")
      }
      i = digitsEnd(from: i + 1)
    }
    if i < n && JSONParser.isTokenByte(input[i]) { return failNumber(start, nil) }
    builder.scalar(
      style: .plain, start: start, contentStart: start, end: i, props: nil,
      value: start..<i, inSource: true)
    pos = i
    return true
  }

  @inline(__always)
  private func digitsEnd(from i: Int) -> Int {
    var i = i
    let n = input.count
    while i < n && input[i].isDigit { i += 1 }
    return i
  }
}
