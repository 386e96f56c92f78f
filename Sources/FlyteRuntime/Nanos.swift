import FlyteManifest

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
    while digits.hasSuffix("0") { digits.removeLast(); fraction /= 10 }
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

  /// `2024-01-01T00:00:05.500Z`: UTC, a fraction (at least milliseconds) only when non-zero (civil-from-days
  /// arithmetic, so no Foundation and no time zone database).
  static func timestamp(_ nanos: Int64) -> String {
    let days = nanos >= 0 ? nanos / (86_400 * perSecond) : (nanos - 86_400 * perSecond + 1) / (86_400 * perSecond)
    let within = nanos - days * 86_400 * perSecond
    let (y, m, d) = civil(days)
    let seconds = within / perSecond
    let fraction = within % perSecond
    func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var text = "\(y)-\(two(m))-\(two(d))T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))"
    if fraction != 0 {
      var digits = String(fraction)
      digits = String(repeating: "0", count: 9 - digits.count) + digits
      while digits.count > 3 && digits.hasSuffix("0") { digits.removeLast() }
      text += "." + digits
    }
    return text + "Z"
  }

  /// Days since 1970-01-01 → (year, month, day), Howard Hinnant's algorithm.
  static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// Parses `2024-01-01T00:00:00Z` (seconds resolution, `Z` or no zone) for `--start`.
  static func parseTimestamp(_ text: String) -> Int64? {
    var body = Substring(text)
    if body.hasSuffix("Z") { body = body.dropLast() }
    let parts = body.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count <= 2, let date = parts.first else { return nil }
    let ymd = date.split(separator: "-", omittingEmptySubsequences: false).map { Int64($0) }
    guard ymd.count == 3, let y = ymd[0], let m = ymd[1], let d = ymd[2], (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    var secondsOfDay: Int64 = 0
    if parts.count == 2 {
      let hms = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int64($0) }
      guard hms.count == 3, let h = hms[0], let mi = hms[1], let s = hms[2], (0..<24).contains(h), (0..<60).contains(mi),
        (0..<60).contains(s)
      else { return nil }
      secondsOfDay = h * 3600 + mi * 60 + s
    }
    // days from civil (inverse of `civil`)
    let yy = m <= 2 ? y - 1 : y
    let era = (yy >= 0 ? yy : yy - 399) / 400
    let yoe = yy - era * 400
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let days = era * 146_097 + doe - 719_468
    guard abs(days) < 100_000 else { return nil }
    return (days * 86_400 + secondsOfDay) * perSecond
  }
}
