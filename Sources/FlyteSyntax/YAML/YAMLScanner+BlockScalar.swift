extension YAMLScanner {
  private enum Chomping { case strip, clip, keep }

  /// `|` literal and `>` folded scalars, with chomping (`-`, `+`) and indentation (1-9)
  /// indicators in either order.
  mutating func fetchBlockScalar() {
    removeSimpleKey()
    simpleKeyAllowed = true
    let start = pos
    let literal = peek() == .pipe
    pos += 1
    var chomping = Chomping.clip
    var increment = 0
    for _ in 0..<2 {
      let c = peek()
      if (c == .plus || c == .minus) {
        chomping = c == .plus ? .keep : .strip
        pos += 1
      } else if c.isDigit && increment == 0 {
        if c == UInt8(ascii: "0") {
          fail(.invalidBlockScalar, "the indentation indicator of a block scalar must be 1-9", pos)
          return
        }
        increment = Int(c - 0x30)
        pos += 1
      }
    }
    let headerEnd = pos
    while peek().isBlank { pos += 1 }
    if peek() == .hash {
      if pos == headerEnd {
        fail(.invalidComment, "a comment must be separated from the block scalar indicator by a space", pos)
        return
      }
      let commentStart = pos
      while pos < buf.count && !buf[pos].isBreak { pos += 1 }
      comments.append(ByteRange(commentStart, pos))
    }
    if !peek().isBreakOrEnd {
      fail(.invalidBlockScalar, "unexpected text after the block scalar header", pos)
      return
    }
    var end = pos
    var endLine = line
    var endLineStart = lineStart
    let parentIndent = indent
    var blockIndent = increment > 0 ? max(parentIndent, -1) + increment : 0
    var indentKnown = increment > 0
    if blockIndent < 0 { blockIndent = 0 }
    let valueStart = decoded.count
    var trailingBreaks = 0
    var leadingBreak = false
    var leadingBlank = false
    if !atEnd { skipBreak() } else { pos = buf.count }
    // Leading empty lines, and auto-detection of the indentation from the first content line.
    if !scanBlockScalarBreaks(&trailingBreaks, &blockIndent, &indentKnown, parentIndent: parentIndent, headerOffset: start) {
      return
    }
    while column == blockIndent && !atEnd {
      if blockIndent == 0 && documentMarkerAhead() != nil { break }
      let trailingBlank = peek().isBlank
      if !literal && leadingBreak && !leadingBlank && !trailingBlank {
        if trailingBreaks == 0 { decoded.append(.space) }
      } else if leadingBreak {
        decoded.append(.lf)
      }
      leadingBreak = false
      decoded.append(contentsOf: repeatElement(UInt8.lf, count: trailingBreaks))
      trailingBreaks = 0
      leadingBlank = peek().isBlank
      let lineStartOffset = pos
      while pos < buf.count && !buf[pos].isBreak { pos += 1 }
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: buf[lineStartOffset..<pos]))
      end = pos
      endLine = line
      endLineStart = lineStart
      if atEnd {
        // The last line ends with the input: it still counts as a whole line.
        leadingBreak = pos > lineStartOffset
        break
      }
      skipBreak()
      leadingBreak = true
      if !scanBlockScalarBreaks(&trailingBreaks, &blockIndent, &indentKnown, parentIndent: parentIndent, headerOffset: start) {
        return
      }
    }
    if chomping != .strip && leadingBreak { decoded.append(.lf) }
    if chomping == .keep { decoded.append(contentsOf: repeatElement(UInt8.lf, count: trailingBreaks)) }
    // Trailing empty lines and comments are left to the token scanner.
    pos = end
    line = endLine
    lineStart = endLineStart
    var token = YAMLToken(.scalar, start, end)
    token.style = literal ? .literal : .folded
    token.inSource = false
    token.valueStart = valueStart
    token.valueEnd = decoded.count
    append(token)
    markTokenNotAtLineStart()
  }

  /// Skips empty lines (counting them) and the indentation of the next line; settles the
  /// indentation from the first non-empty line when no indicator gave it.
  private mutating func scanBlockScalarBreaks(
    _ breaks: inout Int, _ blockIndent: inout Int, _ indentKnown: inout Bool, parentIndent: Int,
    headerOffset: Int
  ) -> Bool {
    var maxEmptyIndent = 0
    let minIndent = parentIndent + 1
    while true {
      while (!indentKnown || column < blockIndent) && peek() == .space { pos += 1 }
      if !indentKnown && column > maxEmptyIndent && peek().isBreak { maxEmptyIndent = column }
      if atEnd && column > 0 && lineStart > headerOffset {
        // Spaces and then the end of input: an empty last line.
        breaks += 1
        break
      }
      if peek() == .tab && column < (indentKnown ? blockIndent : max(minIndent, 0)) {
        fail(.tabIndentation, "tabs cannot be used for indentation in a block scalar", pos)
        return false
      }
      if !peek().isBreak { break }
      skipBreak()
      breaks += 1
    }
    if !indentKnown {
      let contentIndent = column
      indentKnown = true
      if atEnd || contentIndent < max(minIndent, 0) || (contentIndent == 0 && documentMarkerAhead() != nil) {
        blockIndent = max(minIndent, maxEmptyIndent, 0)
        return true
      }
      if maxEmptyIndent > contentIndent {
        fail(.invalidIndentation, "a leading empty line of a block scalar has more spaces than its first line", pos)
        return false
      }
      blockIndent = contentIndent
    }
    return true
  }
}
