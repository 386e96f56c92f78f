/// Fixed-point text without Foundation's locale-dependent formatting: byte-stable everywhere.
enum Fixed {
  static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "0" + (decimals > 0 ? "." + zeros(decimals) : "") }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let magnitude = min((abs(value) * scale).rounded(), 9e15)
    let units = Int64(magnitude)
    let factor = Int64(scale)
    let whole = units / factor
    let sign = value < 0 && units != 0 ? "-" : ""
    guard decimals > 0 else { return "\(sign)\(whole)" }
    return "\(sign)\(whole).\(String(units % factor).leftPadded(to: decimals))"
  }

  private static func zeros(_ count: Int) -> String { String(repeating: "0", count: count) }
}
