/// `google.protobuf.Timestamp`: an exact instant in UTC, kept as the proto keeps it so that
/// nothing is lost between Span JSON, explain and dump.
public struct Timestamp: Hashable, Comparable, Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var seconds: Int64
  /// Non-negative fraction of a second, 0 ..< 1_000_000_000.
  public var nanos: Int32

  public init(seconds: Int64, nanos: Int32 = 0) {
    self.seconds = seconds
    self.nanos = nanos
  }

  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    (a.seconds, a.nanos) < (b.seconds, b.nanos)
  }

  /// This instant moved by a signed number of nanoseconds (saturating rather than trapping,
  /// because callers add user-supplied durations).
  public func adding(nanoseconds: Int64) -> Timestamp {
    let (wholeSeconds, rest) = nanoseconds.quotientAndRemainder(dividingBy: 1_000_000_000)
    var seconds = self.seconds.addingReportingOverflow(wholeSeconds)
    var nanos = Int64(self.nanos) + rest
    if nanos >= 1_000_000_000 {
      nanos -= 1_000_000_000
      seconds = seconds.partialValue.addingReportingOverflow(1)
    } else if nanos < 0 {
      nanos += 1_000_000_000
      seconds = seconds.partialValue.subtractingReportingOverflow(1)
    }
    if seconds.overflow { return Timestamp(seconds: wholeSeconds < 0 ? .min : .max, nanos: 0) }
    return Timestamp(seconds: seconds.partialValue, nanos: Int32(nanos))
  }

  /// Parses RFC 3339 text as proto3 JSON writes a Timestamp (`2024-01-01T00:00:00.5Z`);
  /// offsets such as `+02:00` are accepted and folded into UTC.
  public init?(rfc3339 text: String) {
    guard let parsed = TimeText.parseRFC3339(text) else { return nil }
    self = parsed
  }

  /// RFC 3339 in UTC with 0, 3, 6 or 9 fraction digits, as Go's jsonpb and protojson print.
  public var rfc3339: String { TimeText.rfc3339(self) }
}
