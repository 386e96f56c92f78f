/// Text escaped for XML 1.0, in attribute values and element content alike. Characters XML
/// 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) become a visible `\u{…}` so a
/// report about a file full of odd bytes is still well-formed. In attribute values, tab, LF
/// and CR are written as character references, which keep them (a parser folds them to spaces
/// otherwise); element content keeps tab and LF as they are, to stay readable.
enum XMLText {
  static func escaped(_ text: String, inAttribute: Bool = true) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += inAttribute ? "&#9;" : "\t"
      case "\n": out += inAttribute ? "&#10;" : "\n"
      case "\r": out += "&#13;"
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `name="value"` pairs, escaped, each with a leading space.
  static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0)=\"\(escaped($1))\"" }.joined()
  }

  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}
