/// Where a scalar's decoded value is being collected: as long as it equals a contiguous slice of
/// the source it stays there (no copy); the first escape or folded line break moves it into the
/// decoded buffer.
struct ScalarValue {
  var sourceStart: Int
  var sourceEnd: Int
  var decodedStart = -1

  init(at offset: Int) {
    sourceStart = offset
    sourceEnd = offset
  }

  var isDecoded: Bool { decodedStart >= 0 }

  mutating func moveToDecoded(_ decoded: inout [UInt8], _ buf: UnsafeBufferPointer<UInt8>) {
    guard !isDecoded else { return }
    decodedStart = decoded.count
    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: buf[sourceStart..<sourceEnd]))
  }

  /// Source bytes `start..<end` are the next part of the value.
  mutating func appendSource(
    _ start: Int, _ end: Int, _ decoded: inout [UInt8], _ buf: UnsafeBufferPointer<UInt8>
  ) {
    if isDecoded {
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start..<end]))
    } else if start == sourceEnd {
      sourceEnd = end
    } else {
      moveToDecoded(&decoded, buf)
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start..<end]))
    }
  }

  func finish(into token: inout YAMLToken, decodedCount: Int) {
    if isDecoded {
      token.inSource = false
      token.valueStart = decodedStart
      token.valueEnd = decodedCount
    } else {
      token.valueStart = sourceStart
      token.valueEnd = sourceEnd
    }
  }
}

extension YAMLScanner {
  // MARK: plain scalars

  mutating func fetchPlainScalar() {
    saveSimpleKey()
    simpleKeyAllowed = false
    let start = pos
    let minIndent = indent + 1
    var value = ScalarValue(at: pos)
    var end = pos
    var endLine = line
    var endLineStart = lineStart
    var breaks = 0
    var gapStart = pos
    while true {
      if peek() == .hash || (pos == lineStart && documentMarkerAhead() != nil) { break }
      let runStart = pos
      pos = plainRunEnd(from: pos)
      if pos == runStart { break }
      if breaks > 0 {
        value.moveToDecoded(&decoded, buf)
        if breaks == 1 {
          decoded.append(.space)
        } else {
          decoded.append(contentsOf: repeatElement(UInt8.lf, count: breaks - 1))
        }
        value.appendSource(runStart, pos, &decoded, buf)
      } else {
        value.appendSource(gapStart, pos, &decoded, buf)
      }
      end = pos
      endLine = line
      endLineStart = lineStart
      // Whitespace and line breaks up to the next run, if the scalar continues.
      gapStart = pos
      breaks = 0
      var continues = true
      while true {
        let c = peek()
        if c.isBlank {
          pos += 1
        } else if c.isBreak {
          skipBreak()
          breaks += 1
          while peek() == .space { pos += 1 }
          let spaces = column
          if peek().isBlank || peek().isBreak {
            // Tabs or more spaces: fine on an otherwise empty line, or after enough indentation.
            var i = pos
            while i < buf.count && buf[i].isBlank { i += 1 }
            let emptyLine = i >= buf.count || buf[i].isBreak
            if !emptyLine && !lineIndentOK(spaces, minIndent: minIndent) {
              continues = false
              break
            }
          } else if !peek().isBreakOrEnd && !lineIndentOK(spaces, minIndent: minIndent) {
            continues = false
            break
          }
        } else {
          break
        }
      }
      if !continues || atEnd { break }
    }
    // Leave trailing whitespace and breaks to the token scanner (comments, simple keys).
    pos = end
    line = endLine
    lineStart = endLineStart
    var token = YAMLToken(.scalar, start, end)
    token.style = .plain
    value.finish(into: &token, decodedCount: decoded.count)
    append(token)
  }

  /// End of a run of plain-scalar characters: stops at whitespace, at `: ` and, inside flow
  /// collections, at flow indicators. The hot loop of the scanner, so it works on a local index.
  @inline(__always)
  private func plainRunEnd(from start: Int) -> Int {
    let n = buf.count
    let inFlow = flowLevel > 0
    var i = start
    while i < n {
      let c = buf[i]
      if c > .colon {
        // Letters and most punctuation; only the flow indicators [ ] { } stop a run here.
        if inFlow && (c == .leftBracket || c == .rightBracket || c == .leftBrace || c == .rightBrace) {
          return i
        }
        i += 1
        continue
      }
      if c == .space || c == .tab || c == .lf || c == .cr { return i }
      if c == .colon {
        let next: UInt8 = i + 1 < n ? buf[i + 1] : 0
        if next.isBlankOrEnd || (inFlow && next.isFlowIndicator) { return i }
      } else if inFlow && c == .comma {
        return i
      }
      i += 1
    }
    return i
  }

  /// A continuation line of a flow scalar must be indented past the enclosing block.
  private func lineIndentOK(_ spaces: Int, minIndent: Int) -> Bool {
    flowLevel > 0 ? spaces > indent : spaces >= minIndent
  }

  // MARK: quoted scalars

  mutating func fetchQuotedScalar() {
    saveSimpleKey()
    simpleKeyAllowed = false
    let start = pos
    let double = peek() == .doubleQuote
    pos += 1
    var value = ScalarValue(at: pos)
    while true {
      if atEnd {
        fail(.unterminatedString, "unterminated \(double ? "double" : "single")-quoted string", start, start + 1)
        return
      }
      let c = peek()
      if !double && c == .singleQuote {
        if peek(1) == .singleQuote {
          value.appendSource(pos, pos + 1, &decoded, buf)
          value.moveToDecoded(&decoded, buf)
          pos += 2
          continue
        }
        break
      }
      if double && c == .doubleQuote { break }
      if double && c == .backslash {
        if !scanEscape(&value) { return }
        continue
      }
      if c.isBlank || c.isBreak {
        if !scanQuotedWhitespace(&value, quoteStart: start) { return }
        continue
      }
      let runStart = pos
      pos += 1
      while true {
        let d = peek()
        if d.isBlankOrEnd || d == .backslash || d == .singleQuote || d == .doubleQuote { break }
        pos += 1
      }
      value.appendSource(runStart, pos, &decoded, buf)
    }
    pos += 1
    var token = YAMLToken(.scalar, start, pos)
    token.style = double ? .doubleQuoted : .singleQuoted
    value.finish(into: &token, decodedCount: decoded.count)
    append(token)
  }

  /// Blanks inside a line are content; a line break folds (one break → a space, n → n-1 newlines)
  /// and drops the blanks around it.
  private mutating func scanQuotedWhitespace(_ value: inout ScalarValue, quoteStart: Int) -> Bool {
    let blankStart = pos
    while peek().isBlank { pos += 1 }
    guard peek().isBreak else {
      if !atEnd { value.appendSource(blankStart, pos, &decoded, buf) }
      return true
    }
    value.moveToDecoded(&decoded, buf)
    var breaks = 0
    while peek().isBreak {
      skipBreak()
      breaks += 1
      if !scanQuotedLinePrefix(quoteStart: quoteStart) { return false }
    }
    if breaks == 1 {
      decoded.append(.space)
    } else {
      decoded.append(contentsOf: repeatElement(UInt8.lf, count: breaks - 1))
    }
    return true
  }

  /// Skips the indentation of a quoted scalar's continuation line and checks it.
  private mutating func scanQuotedLinePrefix(quoteStart: Int) -> Bool {
    if documentMarkerAhead() != nil {
      fail(.unterminatedString, "document marker inside a quoted string", pos, pos + 3)
      return false
    }
    while peek() == .space { pos += 1 }
    let spaces = column
    while peek().isBlank { pos += 1 }
    if !peek().isBreakOrEnd && spaces <= indent {
      fail(.invalidIndentation, "continuation line of a quoted string must be indented more than its parent block (at least \(indent + 1) spaces)", lineStart + spaces)
      return false
    }
    return true
  }

  private mutating func scanEscape(_ value: inout ScalarValue) -> Bool {
    let start = pos
    let c = peek(1)
    value.moveToDecoded(&decoded, buf)
    if c.isBreak {
      // An escaped line break joins the lines; empty lines after it stay as newlines.
      pos += 1
      skipBreak()
      while true {
        if documentMarkerAhead() != nil {
          fail(.unterminatedString, "document marker inside a quoted string", pos, pos + 3)
          return false
        }
        while peek().isBlank { pos += 1 }
        if peek().isBreak {
          skipBreak()
          decoded.append(.lf)
          continue
        }
        break
      }
      return true
    }
    var length = 0
    switch c {
    case UInt8(ascii: "0"): decoded.append(0)
    case UInt8(ascii: "a"): decoded.append(7)
    case UInt8(ascii: "b"): decoded.append(8)
    case UInt8(ascii: "t"), .tab: decoded.append(9)
    case UInt8(ascii: "n"): decoded.append(10)
    case UInt8(ascii: "v"): decoded.append(11)
    case UInt8(ascii: "f"): decoded.append(12)
    case UInt8(ascii: "r"): decoded.append(13)
    case UInt8(ascii: "e"): decoded.append(0x1B)
    case .space, .doubleQuote, .slash, .backslash: decoded.append(c)
    case UInt8(ascii: "N"): decoded.appendUTF8(0x85)
    case UInt8(ascii: "_"): decoded.appendUTF8(0xA0)
    case UInt8(ascii: "L"): decoded.appendUTF8(0x2028)
    case UInt8(ascii: "P"): decoded.appendUTF8(0x2029)
    case UInt8(ascii: "x"): length = 2
    case UInt8(ascii: "u"): length = 4
    case UInt8(ascii: "U"): length = 8
    default:
      let shown = c < 0x80 && c >= 0x20 ? String(Unicode.Scalar(c)) : "?"
      fail(.invalidEscape, "unknown escape \"\\\(shown)\" in a double-quoted string", start, start + 2)
      return false
    }
    pos += 2
    if length > 0 {
      var v: UInt32 = 0
      for k in 0..<length {
        let h = peek(k)
        guard h.isHexDigit else {
          fail(.invalidEscape, "escape \"\\\(Character(Unicode.Scalar(c)))\" needs \(length) hex digits", start, pos + k)
          return false
        }
        v = v << 4 | h.hexValue
      }
      pos += length
      if (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF {
        fail(.invalidEscape, "escape \"\(text(start, pos))\" is not a Unicode scalar value", start, pos)
        return false
      }
      decoded.appendUTF8(v)
    }
    return true
  }
}
