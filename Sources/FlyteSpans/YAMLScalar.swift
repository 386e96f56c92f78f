/// How PyYAML writes a string scalar in block context: plain when that reads back as the same
/// string, else single-quoted, else (non-ASCII or control characters, as `allow_unicode` is
/// off) double-quoted with escapes. Follows PyYAML's scalar analysis and YAML 1.1 resolvers.
enum YAMLScalar {
  static func text(_ value: String) -> String {
    let scalars = Array(value.unicodeScalars)
    if scalars.contains(where: { $0.value < 0x20 || $0.value >= 0x7F }) {
      return doubleQuoted(value)
    }
    if !scalars.isEmpty && allowsBlockPlain(scalars) && !resolvesToNonString(value) { return value }
    return "'" + value.replacingAll("'", with: "''") + "'"
  }

  /// PyYAML's `analyze_scalar` for printable ASCII: indicators and edge spaces forbid plain.
  private static func allowsBlockPlain(_ s: [Unicode.Scalar]) -> Bool {
    if s.first == " " || s.last == " " { return false }
    let text = String(String.UnicodeScalarView(s))
    if text.hasPrefix("---") || text.hasPrefix("...") { return false }
    for (index, ch) in s.enumerated() {
      let followedBySpace = index + 1 == s.count || s[index + 1] == " "
      let precededBySpace = index == 0 || s[index - 1] == " "
      if index == 0 {
        if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(ch) { return false }
        if (ch == "?" || ch == ":" || ch == "-") && followedBySpace { return false }
      } else {
        if ch == ":" && followedBySpace { return false }
        if ch == "#" && precededBySpace { return false }
      }
    }
    return true
  }

  /// PyYAML's YAML 1.1 implicit resolvers: a plain scalar matching one is not a string.
  private static func resolvesToNonString(_ value: String) -> Bool {
    let words: Set<String> = [
      "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
      "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "", "<<", "=",
    ]
    if words.contains(value) { return true }
    // Every int, float and timestamp pattern starts with a sign, a dot or a digit: skip the
    // regexes (built on each call) for the node ids and operation names a dump is made of.
    guard let first = value.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(first) else {
      return false
    }
    let int =
      #/[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+/#
    let float =
      #/[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)/#
    let timestamp =
      #/[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?/#
    return value.wholeMatch(of: int) != nil || value.wholeMatch(of: float) != nil
      || value.wholeMatch(of: timestamp) != nil
  }

  private static func doubleQuoted(_ value: String) -> String {
    var out = "\""
    for s in value.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\0": out += "\\0"
      default:
        if s.value >= 0x20 && s.value < 0x7F {
          out.unicodeScalars.append(s)
        } else if s.value <= 0xFF {
          out += "\\x" + hex(s.value, 2)
        } else if s.value <= 0xFFFF {
          out += "\\u" + hex(s.value, 4)
        } else {
          out += "\\U" + hex(s.value, 8)
        }
      }
    }
    return out + "\""
  }

  private static func hex(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}
