extension JSONParser {
  /// Reads the string whose opening quote is at `pos` and adds its scalar node. Without
  /// escapes the value is the source between the quotes; with escapes it is decoded into
  /// `tree.decoded`.
  mutating func parseString() -> Bool {
    let start = pos
    let i = stringStop(from: start + 1)
    guard i < input.count else { return failUnterminated(start) }
    switch input[i] {
    case .doubleQuote:
      builder.scalar(
        style: .doubleQuoted, start: start, contentStart: start, end: i + 1, props: nil,
        value: start + 1..<i, inSource: true)
      pos = i + 1
      return true
    case .backslash:
      return parseEscapedString(start: start, firstEscape: i)
    default:
      return failControlCharacter(at: i)
    }
  }

  /// The rest of a string from its first `\`, decoding as it goes.
  private mutating func parseEscapedString(start: Int, firstEscape: Int) -> Bool {
    let mark = builder.tree.decoded.count
    appendSource(start + 1, firstEscape)
    var i = firstEscape
    while true {
      if i >= input.count {
        builder.tree.decoded.removeSubrange(mark...)
        return failUnterminated(start)
      }
      switch input[i] {
      case .doubleQuote:
        builder.scalar(
          style: .doubleQuoted, start: start, contentStart: start, end: i + 1, props: nil,
          value: mark..<builder.tree.decoded.count, inSource: false)
        pos = i + 1
        return true
      case .backslash:
        guard let next = decodeEscape(at: i, stringStart: start) else {
          builder.tree.decoded.removeSubrange(mark...)
          return false
        }
        let stop = stringStop(from: next)
        appendSource(next, stop)
        i = stop
      default:
        builder.tree.decoded.removeSubrange(mark...)
        return failControlCharacter(at: i)
      }
    }
  }

  /// The offset of the first `"`, `\` or control byte at or after `i`, or `input.count`.
  /// Looks at eight bytes per step: the classic "has a zero byte" / "has a byte below n" word
  /// tests, whose lowest flagged byte is always a true match.
  @inline(__always)
  private func stringStop(from start: Int) -> Int {
    var i = start
    let n = input.count
    if let base = input.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      while i + 8 <= n {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let quotes = word ^ (ones &* UInt64(UInt8.doubleQuote))
        let backslashes = word ^ (ones &* UInt64(UInt8.backslash))
        let found =
          ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
          | ((word &- ones &* 0x20) & ~word)
        let flags = found & 0x8080_8080_8080_8080
        if flags != 0 { return i + flags.trailingZeroBitCount >> 3 }
        i += 8
      }
    }
    while i < n {
      let b = input[i]
      if b == .doubleQuote || b == .backslash || b < 0x20 { return i }
      i += 1
    }
    return n
  }

  @inline(__always)
  private mutating func appendSource(_ from: Int, _ to: Int) {
    guard to > from else { return }
    builder.tree.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: input[from..<to]))
  }

  /// Decodes the escape whose `\` is at `i`; returns the offset after it, or nil after
  /// recording an error.
  private mutating func decodeEscape(at i: Int, stringStart: Int) -> Int? {
    let n = input.count
    guard i + 1 < n else {
      _ = failUnterminated(stringStart)
      return nil
    }
    let c = input[i + 1]
    let byte: UInt8
    switch c {
    case .doubleQuote, .backslash, .slash: byte = c
    case UInt8(ascii: "b"): byte = 0x08
    case UInt8(ascii: "f"): byte = 0x0C
    case UInt8(ascii: "n"): byte = 0x0A
    case UInt8(ascii: "r"): byte = 0x0D
    case UInt8(ascii: "t"): byte = 0x09
    case UInt8(ascii: "u"): return decodeUnicodeEscape(at: i)
    default:
      failInvalidEscape(at: i)
      return nil
    }
    builder.tree.decoded.append(byte)
    return i + 2
  }

  /// `\uXXXX`, combining a surrogate pair written as two escapes. A lone surrogate is valid
  /// JSON text but no Unicode scalar, so it decodes to U+FFFD instead of being rejected.
  private mutating func decodeUnicodeEscape(at i: Int) -> Int? {
    guard let unit = hex4(at: i + 2) else {
      failInvalidUnicodeEscape(at: i)
      return nil
    }
    var next = i + 6
    var scalar = unit
    if unit >= 0xD800 && unit <= 0xDBFF {
      if next + 1 < input.count && input[next] == .backslash
        && input[next + 1] == UInt8(ascii: "u"), let low = hex4(at: next + 2),
        low >= 0xDC00 && low <= 0xDFFF
      {
        scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        next += 6
      } else {
        scalar = 0xFFFD
      }
    } else if unit >= 0xDC00 && unit <= 0xDFFF {
      scalar = 0xFFFD
    }
    builder.tree.decoded.appendUTF8(scalar)
    return next
  }

  /// Four hex digits at `i` as a number, or nil.
  private func hex4(at i: Int) -> UInt32? {
    guard i + 4 <= input.count else { return nil }
    var value: UInt32 = 0
    for k in i..<i + 4 {
      guard input[k].isHexDigit else { return nil }
      value = value << 4 | input[k].hexValue
    }
    return value
  }
}
