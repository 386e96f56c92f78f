extension YAMLScanner {
  // MARK: anchors and aliases

  mutating func fetchAnchor(alias: Bool) {
    saveSimpleKey()
    simpleKeyAllowed = false
    let start = pos
    pos += 1
    while !peek().isBlankOrEnd && !peek().isFlowIndicator { pos += 1 }
    if pos == start + 1 {
      fail(.invalidAnchor, alias ? "\"*\" must be followed by an anchor name" : "\"&\" must be followed by an anchor name", start)
      return
    }
    var token = YAMLToken(alias ? .alias : .anchor, start, pos)
    token.valueStart = start + 1
    token.valueEnd = pos
    append(token)
  }

  // MARK: tags

  mutating func fetchTag() {
    saveSimpleKey()
    simpleKeyAllowed = false
    let start = pos
    var token = YAMLToken(.tag, start, start)
    if peek(1) == .less {
      pos += 2
      let suffixStart = pos
      while !peek().isBlankOrEnd && peek() != .greater { pos += 1 }
      guard peek() == .greater, pos > suffixStart else {
        fail(.invalidTag, "a verbatim tag \"!<…>\" must end with \">\"", start, pos)
        return
      }
      token.valueStart = suffixStart
      token.valueEnd = pos
      token.verbatim = true
      pos += 1
    } else {
      // Handle: `!`, `!!`, or `!word!`; otherwise the whole thing after `!` is the suffix.
      var i = pos + 1
      while i < buf.count && buf[i].isWordChar { i += 1 }
      if i < buf.count && buf[i] == .exclamation {
        token.handleStart = pos
        token.handleEnd = i + 1
        pos = i + 1
      } else {
        token.handleStart = pos
        token.handleEnd = pos + 1
        pos += 1
      }
      token.valueStart = pos
      while !peek().isBlankOrEnd && !peek().isFlowIndicator && peek() != .exclamation {
        if peek() == .percent && !(peek(1).isHexDigit && peek(2).isHexDigit) {
          fail(.invalidTag, "\"%\" in a tag must be followed by two hex digits", pos, pos + 1)
          return
        }
        pos += 1
      }
      token.valueEnd = pos
      if token.handleEnd - token.handleStart > 1 && token.valueEnd == token.valueStart
        && buf[token.handleStart + 1] != .exclamation
      {
        fail(.invalidTag, "tag \"\(text(start, pos))\" has a handle but no suffix", start, pos)
        return
      }
    }
    let next = peek()
    if !(next.isBlankOrEnd || (flowLevel > 0 && next.isFlowIndicator)) {
      fail(.invalidTag, "a tag must be followed by a space", pos)
      return
    }
    token.end = pos
    append(token)
  }

  func text(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buf[start..<min(end, buf.count)]), as: UTF8.self)
  }

  // MARK: directives

  mutating func fetchDirective() {
    removeSimpleKey()
    simpleKeyAllowed = false
    let start = pos
    pos += 1
    let nameStart = pos
    while !peek().isBlankOrEnd { pos += 1 }
    let name = text(nameStart, pos)
    var token: YAMLToken
    switch name {
    case "YAML":
      token = YAMLToken(.versionDirective, start, start)
      skipBlanks(required: true)
      let versionStart = pos
      var digits = 0
      while peek().isDigit { pos += 1; digits += 1 }
      if digits == 0 || peek() != .dot {
        fail(.invalidDirective, "%YAML needs a version like \"1.2\"", versionStart)
        return
      }
      pos += 1
      digits = 0
      while peek().isDigit { pos += 1; digits += 1 }
      if digits == 0 || !peek().isBlankOrEnd {
        fail(.invalidDirective, "%YAML needs a version like \"1.2\"", versionStart, pos)
        return
      }
      token.valueStart = versionStart
      token.valueEnd = pos
    case "TAG":
      token = YAMLToken(.tagDirective, start, start)
      skipBlanks(required: true)
      token.handleStart = pos
      guard peek() == .exclamation else {
        fail(.invalidDirective, "%TAG needs a handle such as \"!\", \"!!\" or \"!name!\"", pos)
        return
      }
      pos += 1
      while peek().isWordChar { pos += 1 }
      if peek() == .exclamation { pos += 1 }
      token.handleEnd = pos
      let handleLength = token.handleEnd - token.handleStart
      if handleLength > 1 && buf[token.handleEnd - 1] != .exclamation || !peek().isBlank {
        fail(.invalidDirective, "%TAG needs a handle such as \"!\", \"!!\" or \"!name!\"", token.handleStart, pos)
        return
      }
      skipBlanks(required: true)
      token.valueStart = pos
      while !peek().isBlankOrEnd { pos += 1 }
      token.valueEnd = pos
      if token.valueEnd == token.valueStart {
        fail(.invalidDirective, "%TAG needs a prefix after its handle", pos)
        return
      }
    default:
      token = YAMLToken(.reservedDirective, start, start)
      while !peek().isBreakOrEnd {
        if peek() == .hash && buf[pos - 1].isBlank { break }
        pos += 1
      }
      while pos > start && buf[pos - 1].isBlank { pos -= 1 }
    }
    token.end = pos
    // Only blanks and a comment may follow on the line.
    var i = pos
    while i < buf.count && buf[i].isBlank { i += 1 }
    if i < buf.count && !buf[i].isBreak && !(buf[i] == .hash && i > pos) {
      fail(.invalidDirective, "unexpected text after the %\(name) directive", i)
      return
    }
    append(token)
  }

  private mutating func skipBlanks(required: Bool) {
    let start = pos
    while peek().isBlank { pos += 1 }
    if required && pos == start {
      fail(.invalidDirective, "expected a space in the directive", pos)
    }
  }
}
