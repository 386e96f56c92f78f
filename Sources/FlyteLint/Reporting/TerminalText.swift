/// Text from the user's files made safe for a terminal line: control characters (ESC, CR, LF…)
/// become visible escapes, and very long values are shortened.
enum TerminalText {
  static let maxLength = 400

  static func safe(_ text: String) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= maxLength {
        out += "…"
        break
      }
      switch scalar.value {
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0..<0x20, 0x7F, 0x80..<0xA0:
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: out.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return out
  }
}
