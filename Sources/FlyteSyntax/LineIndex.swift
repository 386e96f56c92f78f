/// A 1-based line and column for people: columns count Unicode scalars.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public var description: String { "\(line):\(column)" }
}

/// Maps byte offsets to lines and columns and back.
///
/// Line breaks are LF, CRLF and a lone CR, as in YAML. A UTF-8 byte order mark is not part of
/// the first line's columns: editors hide it, so a key right after it is column 1.
public struct LineIndex: Sendable {
  /// Byte offset where each line starts (line 0 starts after the BOM, if any).
  public private(set) var lineStarts: [UInt32]
  private let bytes: [UInt8]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [UInt32] = []
    starts.reserveCapacity(bytes.count / 32 + 1)
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    starts.append(hasBOM ? 3 : 0)
    bytes.withUnsafeBufferPointer { buf in
      var i = 0
      let n = buf.count
      while i < n {
        // Eight bytes at a time, jumping to the first line break in them: most bytes of a
        // file are not one.
        if i + 8 <= n, let base = buf.baseAddress {
          let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          let breaks = Self.matches(word, 0x0A) | Self.matches(word, 0x0D)
          if breaks == 0 {
            i += 8
            continue
          }
          // The lowest flagged byte is always a true match (only bytes above one can be false).
          i += breaks.trailingZeroBitCount / 8
        }
        let b = buf[i]
        if b == 0x0A {
          starts.append(UInt32(i + 1))
        } else if b == 0x0D {
          if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
          starts.append(UInt32(i + 1))
        }
        i += 1
      }
    }
    lineStarts = starts
  }

  /// The high bit of each byte of `word` (little-endian) that equals `byte`, plus possibly
  /// bytes above a match: the classic "has zero byte" test on `word ^ byte`.
  @inline(__always)
  private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let x = word ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & 0x8080_8080_8080_8080
  }

  public var lineCount: Int { lineStarts.count }

  /// 0-based line containing `offset` (offsets past the end belong to the last line).
  public func lineNumber(at offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(lineStarts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Byte range of a 0-based line, without its line break.
  public func lineRange(_ line: Int) -> ByteRange {
    guard line >= 0 && line < lineStarts.count else { return .empty(at: bytes.count) }
    let start = Int(lineStarts[line])
    var end = line + 1 < lineStarts.count ? Int(lineStarts[line + 1]) : bytes.count
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return ByteRange(start, end)
  }

  /// 1-based line and Unicode-scalar column for people.
  public func position(at offset: Int) -> SourcePosition {
    let clamped = min(max(offset, 0), bytes.count)
    let line = lineNumber(at: clamped)
    let start = Int(lineStarts[line])
    var column = 0
    var i = start
    while i < clamped {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return SourcePosition(line: line + 1, column: column + 1)
  }

  /// 0-based line and UTF-16 code-unit column (the LSP default encoding).
  public func utf16Position(at offset: Int) -> (line: Int, utf16Column: Int) {
    let clamped = min(max(offset, 0), bytes.count)
    let line = lineNumber(at: clamped)
    var column = 0
    var i = Int(lineStarts[line])
    while i < clamped {
      let b = bytes[i]
      if b & 0xC0 != 0x80 { column += b >= 0xF0 ? 2 : 1 }
      i += 1
    }
    return (line, column)
  }

  /// 0-based line and UTF-8 byte column (the LSP `utf-8` position encoding).
  public func utf8Position(at offset: Int) -> (line: Int, utf8Column: Int) {
    let clamped = min(max(offset, 0), bytes.count)
    let line = lineNumber(at: clamped)
    return (line, clamped - Int(lineStarts[line]))
  }

  /// Byte offset of a 0-based line and UTF-16 column; positions past a line's end clamp to it.
  public func offset(line: Int, utf16Column: Int) -> Int {
    // A scalar of four UTF-8 bytes is a surrogate pair: two UTF-16 units.
    offset(line: line, column: utf16Column) { $0 >= 0xF0 ? 2 : 1 }
  }

  /// Byte offset of a 0-based line and UTF-8 column, clamped to the line.
  public func offset(line: Int, utf8Column: Int) -> Int {
    if line < 0 { return 0 }
    if line >= lineStarts.count { return bytes.count }
    let range = lineRange(line)
    return min(range.lowerBound + max(utf8Column, 0), range.upperBound)
  }

  /// Byte offset of a 0-based line and Unicode-scalar column (LSP `utf-32`), clamped to the line.
  public func offset(line: Int, scalarColumn: Int) -> Int {
    offset(line: line, column: scalarColumn) { _ in 1 }
  }

  /// Walks a line scalar by scalar, counting `units(leadByte)` per scalar, until `column`
  /// units are passed or the line ends.
  private func offset(line: Int, column target: Int, units: (UInt8) -> Int) -> Int {
    if line < 0 { return 0 }
    if line >= lineStarts.count { return bytes.count }
    let range = lineRange(line)
    var i = range.lowerBound
    var column = 0
    while i < range.upperBound && column < target {
      column += units(bytes[i])
      i += 1
      while i < range.upperBound && bytes[i] & 0xC0 == 0x80 { i += 1 }
    }
    return i
  }
}
