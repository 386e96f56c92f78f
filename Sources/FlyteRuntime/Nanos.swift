import FlyteManifest
import FlyteSpans

/// Virtual time is counted in nanoseconds since the Unix epoch (Int64 covers ±292 years), so
/// sums of durations stay exact.
enum Nanos {
  static let perSecond: Int64 = 1_000_000_000

  /// The duration in nanoseconds, saturating (a timeout beyond 292 years is no timeout).
  static func of(_ duration: ExactDuration) -> Int64 {
    let (seconds, overflow) = duration.seconds.multipliedReportingOverflow(by: perSecond)
    if overflow { return duration.seconds < 0 ? Int64.min / 2 : Int64.max / 2 }
    return seconds + Int64(duration.nanoseconds)
  }

  /// Milliseconds with up to three decimals and no trailing zeros (`2000`, `1.5`).
  static func millisecondsText(_ nanos: Int64) -> String { decimal(nanos, unit: 1_000_000) }

  /// Seconds with up to nine decimals and no trailing zeros.
  static func secondsText(_ nanos: Int64) -> String { decimal(nanos, unit: perSecond) }

  private static func decimal(_ nanos: Int64, unit: Int64) -> String {
    let sign = nanos < 0 ? "-" : ""
    let magnitude = nanos.magnitude
    let whole = magnitude / UInt64(unit)
    var fraction = magnitude % UInt64(unit)
    guard fraction != 0 else { return sign + String(whole) }
    var digits = String(fraction)
    let width = String(unit).count - 1
    digits = String(repeating: "0", count: width - digits.count) + digits
    while digits.hasSuffix("0") {
      digits.removeLast()
      fraction /= 10
    }
    return sign + String(whole) + "." + digits
  }

  /// Go's `time.Duration.String()` (`5m0s`, `1h30m0s`, `1.5s`, `500ms`): propeller's deadline
  /// messages print durations this way.
  static func goDuration(_ nanos: Int64) -> String {
    if nanos == 0 { return "0s" }
    let sign = nanos < 0 ? "-" : ""
    let u = nanos.magnitude
    if u < 1_000 { return sign + String(u) + "ns" }
    if u < 1_000_000 { return sign + decimal(Int64(u), unit: 1_000) + "µs" }
    if u < 1_000_000_000 { return sign + decimal(Int64(u), unit: 1_000_000) + "ms" }
    let totalSeconds = u / 1_000_000_000
    let fraction = Int64(u % 1_000_000_000)
    let hours = totalSeconds / 3600
    let minutes = (totalSeconds % 3600) / 60
    let seconds = decimal(Int64(totalSeconds % 60) * perSecond + fraction, unit: perSecond)
    var text = sign
    if hours > 0 { text += "\(hours)h" }
    if hours > 0 || minutes > 0 { text += "\(minutes)m" }
    return text + seconds + "s"
  }

  /// The protobuf Timestamp of a virtual time (floor division, so negative times work too).
  static func protoTime(_ nanos: Int64) -> Timestamp {
    let seconds = nanos >= 0 ? nanos / perSecond : (nanos - perSecond + 1) / perSecond
    return Timestamp(seconds: seconds, nanos: Int32(nanos - seconds * perSecond))
  }

  /// `2024-01-01T00:00:05.500Z`: FlyteSpans' RFC 3339 text (0, 3, 6 or 9 fraction digits), so
  /// reports and spans print times alike.
  static func timestamp(_ nanos: Int64) -> String { protoTime(nanos).rfc3339 }

  /// Parses `--start` (RFC 3339; offsets folded into UTC) to nanoseconds since the epoch; nil
  /// for text that does not parse or a time beyond Int64 nanoseconds (year 2262).
  static func parseTimestamp(_ text: String) -> Int64? {
    guard let time = Timestamp(rfc3339: text) else { return nil }
    let (scaled, overflow) = time.seconds.multipliedReportingOverflow(by: perSecond)
    guard !overflow, abs(time.seconds) < Int64.max / perSecond - 1 else { return nil }
    return scaled + Int64(time.nanos)
  }
}
