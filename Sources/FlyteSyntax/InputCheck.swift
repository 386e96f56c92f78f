/// Checks that bytes are acceptable input before any parser sees them: the size bound, valid
/// UTF-8, no NUL, and (for YAML) only printable characters.
enum InputCheck {
  /// The first problem, if any.
  static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>, yaml: Bool, limits: SyntaxLimits)
    -> SyntaxError?
  {
    if bytes.count > limits.maxFileBytes {
      return SyntaxError(
        .fileTooLarge,
        "file is \(bytes.count) bytes, more than the \(limits.maxFileBytes)-byte limit",
        .empty(at: 0))
    }
    let n = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    var i = 0
    while i < n {
      // Eight printable ASCII bytes at a time: no high bit, none below 0x20, no DEL.
      if i + 8 <= n {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let high = word & 0x8080_8080_8080_8080
        let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
        let del = ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
        let flagged = high | belowSpace | del
        if flagged == 0 {
          i += 8
          continue
        }
        // Straight to the first flagged byte: the lowest flag is always a real one (a false
        // flag can only sit above a real one, where a borrow ran on).
        i += flagged.trailingZeroBitCount / 8
      }
      let b = bytes[i]
      if b >= 0x20 && b < 0x7F {
        i += 1
        continue
      }
      if b < 0x80 {
        if b == 0 { return SyntaxError(.nulByte, "NUL byte at offset \(i)", ByteRange(i, i + 1)) }
        if yaml && b != 0x09 && b != 0x0A && b != 0x0D {
          return controlCharacter(UInt32(b), at: i, length: 1)
        }
        i += 1
        continue
      }
      guard let (scalar, length) = decodeScalar(bytes, at: i) else {
        return SyntaxError(
          .invalidUTF8, "invalid UTF-8 at offset \(i)", ByteRange(i, min(i + 1, n)))
      }
      if yaml && !isPrintable(scalar) { return controlCharacter(scalar, at: i, length: length) }
      i += length
    }
    return nil
  }

  private static func controlCharacter(_ scalar: UInt32, at offset: Int, length: Int) -> SyntaxError {
    let hex = String(scalar, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return SyntaxError(
      .controlCharacter, "control character U+\(padded) at offset \(offset) is not allowed in YAML",
      ByteRange(offset, offset + length))
  }

  /// YAML 1.2 c-printable, for scalars at or above 0x80.
  private static func isPrintable(_ c: UInt32) -> Bool {
    c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
      || (c >= 0x10000 && c <= 0x10FFFF)
  }

  /// Decodes one non-ASCII UTF-8 sequence; nil when it is malformed, overlong or a surrogate.
  static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
    let n = bytes.count
    let b0 = bytes[i]
    func cont(_ k: Int) -> UInt32? {
      guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return nil }
      return UInt32(bytes[i + k] & 0x3F)
    }
    if b0 >= 0xC2 && b0 <= 0xDF {
      guard let c1 = cont(1) else { return nil }
      return (UInt32(b0 & 0x1F) << 6 | c1, 2)
    }
    if b0 >= 0xE0 && b0 <= 0xEF {
      guard let c1 = cont(1), let c2 = cont(2) else { return nil }
      let v = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
      if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return nil }
      return (v, 3)
    }
    if b0 >= 0xF0 && b0 <= 0xF4 {
      guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
      let v = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
      if v < 0x10000 || v > 0x10FFFF { return nil }
      return (v, 4)
    }
    return nil
  }
}
