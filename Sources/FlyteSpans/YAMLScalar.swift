/// How PyYAML writes a string scalar: plain when it reads back as the same string, else
/// single-quoted, else double-quoted with escapes. Only the forms span names need are exact:
/// names made of letters, digits and `_ . - /` (Flyte's node ids and execution names);
/// anything else is quoted, which PyYAML may leave plain in rare cases.
enum YAMLScalar {
  static func text(_ value: String) -> String {
    if isPlainSafe(value) { return value }
    if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
      return "'" + value.replacingAll("'", with: "''") + "'"
    }
    return doubleQuoted(value)
  }

  private static func isPlainSafe(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first else { return false }
    let allowed = value.unicodeScalars.allSatisfy { s in
      ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
        || s == "_" || s == "." || s == "-" || s == "/"
    }
    guard allowed, first != "-" || value.unicodeScalars.count > 1 else { return false }
    if value.hasPrefix("---") || value.hasPrefix("...") { return false }
    return !resolvesToNonString(value)
  }

  /// PyYAML's YAML 1.1 implicit resolvers, for the characters isPlainSafe lets through.
  private static func resolvesToNonString(_ value: String) -> Bool {
    let words: Set<String> = [
      "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
      "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "",
      ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]
    if words.contains(value) { return true }
    if value.wholeMatch(of: #/[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+/#) != nil {
      return true
    }
    if value.wholeMatch(of: #/[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?/#) != nil {
      return true
    }
    return value.wholeMatch(of: #/[0-9]{4}-[0-9]{2}-[0-9]{2}/#) != nil
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
