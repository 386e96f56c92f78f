extension UInt8 {
  static let tab = UInt8(ascii: "\t")
  static let lf = UInt8(ascii: "\n")
  static let cr = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let exclamation = UInt8(ascii: "!")
  static let doubleQuote = UInt8(ascii: "\"")
  static let hash = UInt8(ascii: "#")
  static let percent = UInt8(ascii: "%")
  static let ampersand = UInt8(ascii: "&")
  static let singleQuote = UInt8(ascii: "'")
  static let asterisk = UInt8(ascii: "*")
  static let plus = UInt8(ascii: "+")
  static let comma = UInt8(ascii: ",")
  static let minus = UInt8(ascii: "-")
  static let dot = UInt8(ascii: ".")
  static let slash = UInt8(ascii: "/")
  static let colon = UInt8(ascii: ":")
  static let less = UInt8(ascii: "<")
  static let greater = UInt8(ascii: ">")
  static let question = UInt8(ascii: "?")
  static let at = UInt8(ascii: "@")
  static let leftBracket = UInt8(ascii: "[")
  static let backslash = UInt8(ascii: "\\")
  static let rightBracket = UInt8(ascii: "]")
  static let backtick = UInt8(ascii: "`")
  static let leftBrace = UInt8(ascii: "{")
  static let pipe = UInt8(ascii: "|")
  static let rightBrace = UInt8(ascii: "}")

  @inline(__always) var isBlank: Bool { self == .space || self == .tab }
  @inline(__always) var isBreak: Bool { self == .lf || self == .cr }
  /// Blank, line break, or the end of input (0: inputs never contain NUL).
  @inline(__always) var isBlankOrEnd: Bool { self == .space || self == .tab || self == .lf || self == .cr || self == 0 }
  @inline(__always) var isBreakOrEnd: Bool { self == .lf || self == .cr || self == 0 }
  @inline(__always) var isFlowIndicator: Bool {
    self == .comma || self == .leftBracket || self == .rightBracket || self == .leftBrace
      || self == .rightBrace
  }
  @inline(__always) var isDigit: Bool { self >= 0x30 && self <= 0x39 }
  @inline(__always) var isHexDigit: Bool {
    isDigit || (self >= 0x41 && self <= 0x46) || (self >= 0x61 && self <= 0x66)
  }
  @inline(__always) var hexValue: UInt32 {
    if isDigit { return UInt32(self - 0x30) }
    return UInt32((self | 0x20) - 0x61 + 10)
  }
  @inline(__always) var isWordChar: Bool {
    (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
      || self == .minus
  }
}

extension Array where Element == UInt8 {
  /// Appends a Unicode scalar as UTF-8.
  mutating func appendUTF8(_ v: UInt32) {
    if v < 0x80 {
      append(UInt8(v))
    } else if v < 0x800 {
      append(UInt8(0xC0 | (v >> 6)))
      append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
      append(UInt8(0xE0 | (v >> 12)))
      append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      append(UInt8(0x80 | (v & 0x3F)))
    } else {
      append(UInt8(0xF0 | (v >> 18)))
      append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      append(UInt8(0x80 | (v & 0x3F)))
    }
  }
}
