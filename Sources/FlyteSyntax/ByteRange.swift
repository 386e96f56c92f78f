/// A half-open range of byte offsets into a source buffer.
///
/// Offsets are `UInt32`: inputs are capped at 256 MiB (``SyntaxLimits/maxFileBytes``), so they
/// always fit, and a node stays small.
public struct ByteRange: Hashable, Sendable, CustomStringConvertible {
  public var start: UInt32
  public var end: UInt32

  public init(start: UInt32, end: UInt32) {
    self.start = start
    self.end = max(start, end)
  }

  public init(_ start: Int, _ end: Int) {
    self.init(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end))
  }

  public static func empty(at offset: Int) -> ByteRange { ByteRange(offset, offset) }

  public var isEmpty: Bool { start == end }
  public var count: Int { Int(end - start) }
  public var lowerBound: Int { Int(start) }
  public var upperBound: Int { Int(end) }

  public func contains(_ offset: Int) -> Bool { offset >= Int(start) && offset < Int(end) }

  public var description: String { "\(start)..<\(end)" }
}
