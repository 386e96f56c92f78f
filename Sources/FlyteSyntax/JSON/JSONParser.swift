/// Parses strict RFC 8259 JSON into the shared lossless ``SyntaxTree``.
///
/// Objects become flow mappings (keys and values alternating), arrays flow sequences, strings
/// double-quoted scalars and numbers, `true`, `false` and `null` plain scalars holding their
/// literal text. Nesting lives on the ``TreeBuilder``'s explicit stack, never on the call stack,
/// so a 100,000-deep input stops at the depth limit instead of overflowing. Parsing stops at the
/// first problem; the tree keeps what was read before it.
///
/// A leading UTF-8 byte order mark is skipped (SPEC §2.1 allows it); otherwise the file must be
/// exactly one value with optional space, tab, LF or CR around it.
struct JSONParser {
  let input: UnsafeBufferPointer<UInt8>
  var builder: TreeBuilder
  /// Offset of the next unread byte.
  var pos = 0
  /// Open collections, innermost last: true for an object, false for an array.
  private var objects: [Bool] = []

  /// What the main loop does next.
  enum Step {
    /// A value is complete: continue the enclosing collection (or finish).
    case complete
    /// A value must start at `pos` (whitespace already skipped).
    case expectValue
    /// An error was recorded: stop.
    case failed
  }

  init(_ buffer: UnsafeBufferPointer<UInt8>, source: [UInt8], limits: SyntaxLimits) {
    input = buffer
    builder = TreeBuilder(source: source, format: .json, limits: limits)
  }

  /// Parses the whole input into a tree with exactly one document.
  mutating func parse() -> SyntaxTree {
    let n = input.count
    builder.beginDocument()
    if n >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { pos = 3 }
    skipWhitespace()
    if parseValue() {
      skipWhitespace()
      if pos < n { reportTrailingContent() }
    } else {
      // The innermost open collection covers what was read of it; the builder closes it (and
      // the ones around it) in endDocument.
      builder.extendOpen(to: endOfReadText())
    }
    builder.endDocument(
      Document(
        range: ByteRange(0, n), root: nil, startMarker: nil, endMarker: nil, directives: []))
    return SyntaxTree(builder.tree)
  }

  /// Parses one value and everything nested in it; false once an error is recorded.
  private mutating func parseValue() -> Bool {
    var step = beginValue()
    while true {
      switch step {
      case .complete:
        if objects.isEmpty { return true }
        step = continueCollection()
      case .expectValue:
        step = beginValue()
      case .failed:
        return false
      }
    }
  }

  /// Reads a scalar, or opens a collection, at `pos`.
  private mutating func beginValue() -> Step {
    guard pos < input.count else { return fail(expecting: "a value") }
    switch input[pos] {
    case .doubleQuote:
      return parseString() ? .complete : .failed
    case .minus, UInt8(ascii: "0")...UInt8(ascii: "9"):
      return parseNumber() ? .complete : .failed
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      return parseLiteral() ? .complete : .failed
    case .leftBrace:
      return openCollection(object: true)
    case .leftBracket:
      return openCollection(object: false)
    case .rightBracket, .rightBrace:
      if let comma = commaBefore(pos) { return failTrailingComma(comma) }
      return fail(expecting: "a value")
    default:
      return fail(expecting: "a value")
    }
  }

  private mutating func openCollection(object: Bool) -> Step {
    guard
      builder.beginCollection(
        object ? .mapping : .sequence, style: .flow, start: pos, contentStart: pos, props: nil)
    else { return .failed }
    objects.append(object)
    pos += 1
    skipWhitespace()
    if pos < input.count && input[pos] == (object ? .rightBrace : .rightBracket) {
      pos += 1
      closeCollection()
      return .complete
    }
    return object ? beginMember(first: true) : .expectValue
  }

  /// After `{` or a `,` in an object: the key, the `:` and the whitespace before the value.
  private mutating func beginMember(first: Bool) -> Step {
    guard pos < input.count && input[pos] == .doubleQuote else {
      if !first && pos < input.count && input[pos] == .rightBrace,
        let comma = commaBefore(pos)
      {
        return failTrailingComma(comma)
      }
      return fail(
        .invalidKey, expecting: first ? "a string key or \"}\"" : "a string key in double quotes")
    }
    guard parseString() else { return .failed }
    skipWhitespace()
    guard pos < input.count && input[pos] == .colon else {
      return fail(expecting: "\":\" after object key")
    }
    pos += 1
    skipWhitespace()
    return .expectValue
  }

  /// After a value inside a collection: a `,` and the next item, or the closing bracket (then
  /// the same for the collection around it).
  private mutating func continueCollection() -> Step {
    while let isObject = objects.last {
      skipWhitespace()
      guard pos < input.count else { return failAfterItem(object: isObject) }
      let b = input[pos]
      if b == .comma {
        pos += 1
        skipWhitespace()
        return isObject ? beginMember(first: false) : .expectValue
      }
      guard b == (isObject ? .rightBrace : .rightBracket) else {
        return failAfterItem(object: isObject)
      }
      pos += 1
      closeCollection()
    }
    return .complete
  }

  private mutating func closeCollection() {
    objects.removeLast()
    builder.endCollection(at: pos)
  }

  /// Where the text read so far ends: `pos` without the whitespace before it.
  private func endOfReadText() -> Int {
    var end = min(pos, input.count)
    while end > 0 {
      let b = input[end - 1]
      guard b == .space || b == .lf || b == .cr || b == .tab else {
        break
      }
      end -= 1
    }
    return end
  }

  @inline(__always)
  mutating func skipWhitespace() {
    let n = input.count
    while pos < n {
      let b = input[pos]
      guard b == .space || b == .lf || b == .cr || b == .tab else {
        return
      }
      pos += 1
    }
  }

  /// Reads `true`, `false` or `null` at `pos`.
  private mutating func parseLiteral() -> Bool {
    let start = pos
    let end = wordEnd(from: start)
    if isLiteral(start, end) {
      builder.scalar(
        style: .plain, start: start, contentStart: start, end: end, props: nil,
        value: start..<end, inSource: true)
      pos = end
      return true
    }
    _ = fail(expecting: "a value")
    return false
  }

  private func isLiteral(_ start: Int, _ end: Int) -> Bool {
    func matches(_ word: StaticString) -> Bool {
      guard end - start == word.utf8CodeUnitCount else { return false }
      let p = word.utf8Start
      for k in 0..<word.utf8CodeUnitCount where input[start + k] != p[k] { return false }
      return true
    }
    return matches("true") || matches("false") || matches("null")
  }
}
