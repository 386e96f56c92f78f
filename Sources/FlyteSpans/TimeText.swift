/// Calendar arithmetic and timestamp text: the one place that turns instants into text.
enum TimeText {
  struct Civil: Equatable {
    var year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (era-based, so no loops over years).
  static func days(year: Int64, month: Int, day: Int) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shifted = Int64(month > 2 ? month - 3 : month + 9)
    let dayOfYear = (153 * shifted + 2) / 5 + Int64(day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The UTC calendar fields of whole seconds since the epoch. Inputs come from parsed
  /// timestamps (years 1...9999), so the arithmetic stays far from Int64's limits.
  static func civil(seconds: Int64) -> Civil {
    let (dayCount, secondOfDay) = floorDivide(seconds, 86_400)
    let z = dayCount + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = Int(dayOfYear - (153 * shifted + 2) / 5 + 1)
    let month = Int(shifted < 10 ? shifted + 3 : shifted - 9)
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let s = Int(secondOfDay)
    return Civil(
      year: year, month: month, day: day, hour: s / 3600, minute: s / 60 % 60, second: s % 60)
  }

  static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    return r < 0 ? (q - 1, r + b) : (q, r)
  }

  static func padded(_ value: Int64, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let zeros = String(repeating: "0", count: max(0, width - digits.count))
    return (value < 0 ? "-" : "") + zeros + digits
  }

  static func padded(_ value: Int, _ width: Int) -> String { padded(Int64(value), width) }

  // MARK: RFC 3339

  static func rfc3339(_ time: Timestamp) -> String {
    let c = civil(seconds: time.seconds)
    var text = "\(padded(c.year, 4))-\(padded(c.month, 2))-\(padded(c.day, 2))T"
    text += "\(padded(c.hour, 2)):\(padded(c.minute, 2)):\(padded(c.second, 2))"
    // Go's jsonpb and protojson print 0, 3, 6 or 9 fraction digits, whichever is exact.
    let nanos = Int(time.nanos)
    if nanos != 0 {
      if nanos % 1_000_000 == 0 {
        text += "." + padded(nanos / 1_000_000, 3)
      } else if nanos % 1000 == 0 {
        text += "." + padded(nanos / 1000, 6)
      } else {
        text += "." + padded(nanos, 9)
      }
    }
    return text + "Z"
  }

  static func parseRFC3339(_ text: String) -> Timestamp? {
    var reader = DigitReader(Array(text.utf8))
    guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2),
      reader.skip("-"),
      let day = reader.number(2), reader.skip("T") || reader.skip("t"),
      let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2),
      reader.skip(":"),
      let second = reader.number(2)
    else { return nil }
    guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
      hour < 24, minute < 60, second < 60
    else { return nil }
    var nanos = 0
    if reader.skip(".") {
      var count = 0
      while let digit = reader.digit() {
        guard count < 9 else { return nil }
        nanos = nanos * 10 + digit
        count += 1
      }
      guard count > 0 else { return nil }
      for _ in count..<9 { nanos *= 10 }
    }
    var offset = 0
    if !(reader.skip("Z") || reader.skip("z")) {
      // A numeric offset instead of `Z`: folded into UTC.
      guard let sign = reader.sign(), let oh = reader.number(2), reader.skip(":"),
        let om = reader.number(2), oh < 24, om < 60
      else { return nil }
      offset = sign * (oh * 3600 + om * 60)
    }
    guard reader.atEnd else { return nil }
    let dayCount = days(year: Int64(year), month: month, day: day)
    let seconds = dayCount * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
    return Timestamp(seconds: seconds, nanos: Int32(nanos))
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // MARK: Python's datetime, as flytekit's metrics code uses it

  /// `datetime.fromtimestamp(seconds + nanos / 1e9)` in UTC, as (whole seconds, microseconds):
  /// the sum is a Python float, so sub-microsecond digits are rounded the way CPython rounds
  /// (fraction × 1e6, half to even) after the float addition has lost what it loses.
  static func pythonMicroseconds(_ time: Timestamp) -> (seconds: Int64, micros: Int64) {
    let value = Double(time.seconds) + Double(time.nanos) / 1e9
    var whole = value.rounded(.towardZero)
    var fraction = ((value - whole) * 1e6).rounded(.toNearestOrEven)
    if fraction >= 1e6 {
      fraction -= 1e6
      whole += 1
    } else if fraction < 0 {
      fraction += 1e6
      whole -= 1
    }
    // Parsed timestamps lie in years 1...9999 (±2.6e11 s); a hand-built one beyond that
    // (where Python raises) is clamped so later microsecond arithmetic cannot overflow.
    let limit = 1.0e12
    let seconds = Int64(max(-limit, min(limit, whole)))
    return (seconds, Int64(fraction))
  }

  /// `strftime("%m-%d %H:%M:%S.%f")` of that datetime.
  static func explainStamp(_ time: Timestamp) -> String {
    let (seconds, micros) = pythonMicroseconds(time)
    let c = civil(seconds: seconds)
    return "\(padded(c.month, 2))-\(padded(c.day, 2)) \(padded(c.hour, 2)):\(padded(c.minute, 2)):"
      + "\(padded(c.second, 2)).\(padded(micros, 6))"
  }

  /// `(end - start).total_seconds()` of the two datetimes: whole microseconds over 10**6.
  static func pythonDuration(from start: Timestamp, to end: Timestamp) -> Double {
    let a = pythonMicroseconds(start)
    let b = pythonMicroseconds(end)
    let micros = (b.seconds - a.seconds) * 1_000_000 + (b.micros - a.micros)
    return Double(micros) / 1e6
  }
}

/// Reads fixed-width digits and punctuation off timestamp text.
private struct DigitReader {
  let bytes: [UInt8]
  var index = 0
  init(_ bytes: [UInt8]) { self.bytes = bytes }
  var atEnd: Bool { index == bytes.count }

  mutating func digit() -> Int? {
    guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
      return nil
    }
    defer { index += 1 }
    return Int(bytes[index] - UInt8(ascii: "0"))
  }

  mutating func number(_ width: Int) -> Int? {
    var value = 0
    for _ in 0..<width {
      guard let d = digit() else { return nil }
      value = value * 10 + d
    }
    return value
  }

  mutating func skip(_ character: Unicode.Scalar) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }

  mutating func sign() -> Int? {
    if skip("+") { return 1 }
    if skip("-") { return -1 }
    return nil
  }
}
