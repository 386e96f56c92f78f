/// Reads a type written in Python annotation syntax (SPEC §3) into a `PythonType`.
///
/// Works on the UTF-8 bytes of the string; every error carries the byte offsets of the part it
/// is about, so a finding can point at the exact character. Recursion is one level per `[`,
/// capped at `PythonType.maxDepth`; everything else loops.
public struct PythonTypeParser {
  /// Parses `text`. `userTypes` are the names declared in the manifest's `types:` mapping.
  public static func parse(_ text: String, userTypes: [String: PythonType] = [:]) -> TypeParseResult {
    // Most annotations are one simple name (`int`, `str`): no parse needed. Simple names win
    // over user types of the same name, as in `bare`.
    if let simple = simpleNames[text] { return TypeParseResult(type: simple, error: nil, pickled: []) }
    var parser = PythonTypeParser(bytes: Array(text.utf8), userTypes: userTypes)
    do throws(Failure) {
      let type = try parser.parseTop()
      return TypeParseResult(type: type, error: nil, pickled: parser.pickled)
    } catch {
      return TypeParseResult(type: nil, error: error.issue, pickled: [])
    }
  }

  /// Names this parser knows (for "did you mean" suggestions), in their usual spelling.
  public static let knownNames: [String] = [
    "int", "float", "str", "bool", "datetime", "timedelta", "date", "Dict", "dict", "List", "list",
    "Optional", "Union", "Annotated", "FlyteFile", "FlyteDirectory", "StructuredDataset",
    "pd.DataFrame", "Enum", "None",
  ]

  // MARK: tables

  static let simpleNames: [String: PythonType] = [
    "int": .int, "float": .float, "str": .str, "bool": .bool,
    "datetime": .datetime, "datetime.datetime": .datetime, "date": .datetime, "datetime.date": .datetime,
    "timedelta": .timedelta, "datetime.timedelta": .timedelta,
    "None": .none, "NoneType": .none, "types.NoneType": .none,
    "StructuredDataset": .structuredDataset(format: ""),
    "flytekit.StructuredDataset": .structuredDataset(format: ""),
    "flytekit.types.structured.StructuredDataset": .structuredDataset(format: ""),
    "pd.DataFrame": .structuredDataset(format: ""), "pandas.DataFrame": .structuredDataset(format: ""),
  ]
  static let fileNames: Set<String> = ["FlyteFile", "flytekit.FlyteFile", "flytekit.types.file.FlyteFile"]
  static let directoryNames: Set<String> = [
    "FlyteDirectory", "flytekit.FlyteDirectory", "flytekit.types.directory.FlyteDirectory",
  ]

  // MARK: state

  struct Failure: Error {
    var issue: TypeIssue
  }

  private let bytes: [UInt8]
  private let userTypes: [String: PythonType]
  private var i = 0
  private(set) var pickled: [TypeIssue] = []

  private init(bytes: [UInt8], userTypes: [String: PythonType]) {
    self.bytes = bytes
    self.userTypes = userTypes
  }

  private var atEnd: Bool { i >= bytes.count }
  private var peek: UInt8 { bytes[i] }

  private func text(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private mutating func skipSpaces() {
    while !atEnd, peek == 0x20 || peek == 0x09 || peek == 0x0A || peek == 0x0D { i += 1 }
  }

  // MARK: grammar

  private mutating func parseTop() throws(Failure) -> PythonType {
    skipSpaces()
    let type = try parseType(depth: 0)
    skipSpaces()
    if !atEnd { throw unexpected() }
    return type
  }

  /// `primary ('|' primary)*`
  private mutating func parseType(depth: Int) throws(Failure) -> PythonType {
    var members = [try parsePrimary(depth: depth)]
    while true {
      skipSpaces()
      guard !atEnd, peek == UInt8(ascii: "|") else { break }
      let bar = i
      i += 1
      skipSpaces()
      if atEnd || peek == UInt8(ascii: "]") || peek == UInt8(ascii: ",") || peek == UInt8(ascii: "|") {
        throw fail(.malformed, "expected a type after \"|\"", bar, bar + 1)
      }
      members.append(try parsePrimary(depth: depth))
    }
    return members.count == 1 ? members[0] : PythonType.union(of: members)
  }

  /// A (dotted) name, optionally subscripted.
  private mutating func parsePrimary(depth: Int) throws(Failure) -> PythonType {
    skipSpaces()
    if atEnd { throw fail(.malformed, "expected a type", bytes.count, bytes.count) }
    let start = i
    if peek == UInt8(ascii: "\"") || peek == UInt8(ascii: "'") {
      let end = try skipString()
      throw fail(.malformed, "expected a type name, not a quoted string", start, end)
    }
    guard Self.isNameStart(peek) else { throw unexpected() }
    let written = readDottedName()
    let nameEnd = i
    let name = written.hasPrefix("typing.") ? String(written.dropFirst(7)) : written
    skipSpaces()
    guard !atEnd, peek == UInt8(ascii: "[") else {
      i = nameEnd
      return try bare(name, written: written, start, nameEnd)
    }
    let open = i
    i += 1
    if depth + 1 > PythonType.maxDepth {
      throw fail(.tooDeep, "type is nested more than \(PythonType.maxDepth) levels deep", open, open + 1)
    }
    switch name {
    case "List", "list":
      let args = try typeArguments(depth: depth + 1, open: open)
      try expectCount(args, 1, written, "one type parameter: \(written)[T]", start)
      return .list(args[0])
    case "Dict", "dict":
      let args = try typeArguments(depth: depth + 1, open: open)
      try expectCount(args, 2, written, "two type parameters: \(written)[str, T]", start)
      return args[0] == .str ? .dict(args[1]) : .structure
    case "Optional":
      let args = try typeArguments(depth: depth + 1, open: open)
      try expectCount(args, 1, written, "one type parameter: Optional[T]", start)
      return .union(of: [args[0], .none])
    case "Union":
      return .union(of: try typeArguments(depth: depth + 1, open: open))
    case "Annotated":
      return try annotated(depth: depth + 1, open: open, start: start)
    case "Enum":
      return try enumeration(open: open, start: start)
    default:
      break
    }
    if Self.fileNames.contains(name) || Self.directoryNames.contains(name) {
      let format = try formatArgument(open: open, written: written, start: start)
      return Self.fileNames.contains(name) ? .file(format: format) : .directory(format: format)
    }
    if Self.simpleNames[name] != nil || userTypes[written] != nil {
      let end = try skipArguments(open: open)
      throw fail(.malformed, "\"\(written)\" does not take type parameters", open, end)
    }
    let end = try skipArguments(open: open)
    pickled.append(TypeIssue(.pickled, "\"\(text(start, end))\" has no Flyte type", start: start, end: end, name: written))
    return .pickle(name: text(start, end))
  }

  /// A name without `[…]`.
  private mutating func bare(_ name: String, written: String, _ start: Int, _ end: Int) throws(Failure) -> PythonType {
    if let simple = Self.simpleNames[name] { return simple }
    switch name {
    case "dict", "Dict": return .structure
    case "list", "List":
      throw fail(.genericList, "\"\(written)\" has no element type; write \(written)[T]", start, end)
    case "Optional", "Union", "Annotated":
      throw fail(.malformed, "\"\(written)\" needs type parameters", start, end)
    case "Enum":
      throw fail(.malformed, "\"Enum\" needs its values: Enum[a, b]", start, end)
    default: break
    }
    if Self.fileNames.contains(name) { return .file(format: "") }
    if Self.directoryNames.contains(name) { return .directory(format: "") }
    if let user = userTypes[written] { return user }
    pickled.append(TypeIssue(.pickled, "\"\(written)\" has no Flyte type", start: start, end: end, name: written))
    return .pickle(name: written)
  }

  /// Comma-separated types up to the `]` matching `open` (a trailing comma is allowed).
  private mutating func typeArguments(depth: Int, open: Int) throws(Failure) -> [PythonType] {
    var args: [PythonType] = []
    while true {
      skipSpaces()
      if atEnd { throw unclosed(open) }
      if peek == UInt8(ascii: "]") {
        if args.isEmpty { throw fail(.malformed, "expected a type before \"]\"", i, i + 1) }
        i += 1
        return args
      }
      args.append(try parseType(depth: depth))
      skipSpaces()
      if atEnd { throw unclosed(open) }
      if peek == UInt8(ascii: ",") {
        i += 1
      } else if peek != UInt8(ascii: "]") {
        throw unexpected()
      }
    }
  }

  private func expectCount(_ args: [PythonType], _ count: Int, _ name: String, _ what: String, _ start: Int) throws(Failure) {
    guard args.count != count else { return }
    throw fail(.malformed, "\"\(name)\" takes \(what), got \(args.count)", start, i)
  }

  /// `Annotated[T, x, …]`: the metadata is skipped, except a format string on StructuredDataset.
  private mutating func annotated(depth: Int, open: Int, start: Int) throws(Failure) -> PythonType {
    skipSpaces()
    if atEnd { throw unclosed(open) }
    if peek == UInt8(ascii: "]") { throw fail(.malformed, "expected a type before \"]\"", i, i + 1) }
    var base = try parseType(depth: depth)
    var extras = 0
    while true {
      skipSpaces()
      if atEnd { throw unclosed(open) }
      if peek == UInt8(ascii: "]") { i += 1; break }
      guard peek == UInt8(ascii: ",") else { throw unexpected() }
      i += 1
      skipSpaces()
      if atEnd { throw unclosed(open) }
      if peek == UInt8(ascii: "]") { i += 1; break }
      let argStart = i
      let argEnd = try skipExpression(open: open)
      if extras == 0, case .structuredDataset(let format) = base, format.isEmpty,
        let quoted = unquoted(argStart, argEnd)
      {
        base = .structuredDataset(format: quoted)
      }
      extras += 1
    }
    if extras == 0 {
      throw fail(.malformed, "\"Annotated\" takes a type and at least one annotation", start, i)
    }
    return base
  }

  /// `Enum[a, b]`: names, quoted strings or numbers, as strings.
  private mutating func enumeration(open: Int, start: Int) throws(Failure) -> PythonType {
    var values: [String] = []
    var seenValues = Set<String>()
    while true {
      skipSpaces()
      if atEnd { throw unclosed(open) }
      if peek == UInt8(ascii: "]") {
        if values.isEmpty { throw fail(.malformed, "\"Enum\" needs at least one value", start, i + 1) }
        i += 1
        return .enumeration(values)
      }
      let valueStart = i
      let valueEnd = try skipExpression(open: open)
      let raw = text(valueStart, valueEnd)
      guard let value = unquoted(valueStart, valueEnd) ?? (Self.isPlainValue(raw) ? raw : nil) else {
        throw fail(.malformed, "expected an enum value (a name or a quoted string)", valueStart, max(valueEnd, valueStart + 1))
      }
      if !seenValues.insert(value).inserted {
        throw fail(.malformed, "enum value \"\(value)\" is repeated", valueStart, valueEnd)
      }
      values.append(value)
      skipSpaces()
      if !atEnd, peek == UInt8(ascii: ",") { i += 1 }
    }
  }

  /// `FlyteFile[csv]`, `FlyteFile["csv"]`, `FlyteFile[typing.TypeVar("csv")]`.
  private mutating func formatArgument(open: Int, written: String, start: Int) throws(Failure) -> String {
    skipSpaces()
    if atEnd { throw unclosed(open) }
    if peek == UInt8(ascii: "]") { throw fail(.malformed, "expected a format before \"]\"", i, i + 1) }
    let argStart = i
    let argEnd = try skipExpression(open: open)
    let raw = text(argStart, argEnd)
    var format = unquoted(argStart, argEnd) ?? (Self.isPlainValue(raw) ? raw : "")
    if format.isEmpty, let quote = raw.firstIndex(where: { $0 == "\"" || $0 == "'" }),
      let close = raw[raw.index(after: quote)...].firstIndex(of: raw[quote])
    {
      format = String(raw[raw.index(after: quote)..<close])  // TypeVar("csv")
    }
    skipSpaces()
    if !atEnd, peek == UInt8(ascii: ",") {
      i += 1
      skipSpaces()
    }
    if atEnd { throw unclosed(open) }
    guard peek == UInt8(ascii: "]") else {
      let end = (try? skipArguments(open: open)) ?? bytes.count
      throw fail(.malformed, "\"\(written)\" takes one format parameter", start, end)
    }
    i += 1
    return format
  }

  // MARK: skipping

  /// Skips to just past the `]` matching `open`; returns that position.
  private mutating func skipArguments(open: Int) throws(Failure) -> Int {
    while true {
      _ = try skipExpression(open: open)
      if atEnd { throw unclosed(open) }
      if peek == UInt8(ascii: ",") {
        i += 1
        continue
      }
      i += 1  // the closing "]"
      return i
    }
  }

  /// Skips one Python expression: up to a `,` or `]` outside brackets and strings. Returns the
  /// end of the expression (trailing spaces excluded).
  private mutating func skipExpression(open: Int) throws(Failure) -> Int {
    var stack: [(closer: UInt8, at: Int)] = []
    var end = i
    while !atEnd {
      let b = peek
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        i = try skipString()
        end = i
        continue
      case UInt8(ascii: "["): stack.append((UInt8(ascii: "]"), i))
      case UInt8(ascii: "("): stack.append((UInt8(ascii: ")"), i))
      case UInt8(ascii: "{"): stack.append((UInt8(ascii: "}"), i))
      case UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "}"):
        if stack.isEmpty {
          if b == UInt8(ascii: "]") { return end }
          throw unexpected()
        }
        if stack.last?.closer != b { throw unexpected() }
        stack.removeLast()
      case UInt8(ascii: ","):
        if stack.isEmpty { return end }
      case 0x20, 0x09, 0x0A, 0x0D:
        i += 1
        continue
      default: break
      }
      i += 1
      end = i
    }
    throw unclosed(stack.last?.at ?? open)
  }

  /// Skips a quoted string starting at `i`; returns the position after its closing quote.
  private mutating func skipString() throws(Failure) -> Int {
    let quote = peek
    let start = i
    i += 1
    while !atEnd {
      if peek == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if peek == quote {
        i += 1
        return i
      }
      i += 1
    }
    throw fail(.malformed, "string is never closed", start, start + 1)
  }

  /// The content of a quoted string spanning exactly `start..<end`, else nil.
  private func unquoted(_ start: Int, _ end: Int) -> String? {
    guard end - start >= 2, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'"),
      bytes[end - 1] == bytes[start]
    else { return nil }
    return text(start + 1, end - 1)
  }

  // MARK: names and errors

  private mutating func readDottedName() -> String {
    let start = i
    while true {
      while !atEnd, Self.isNameByte(peek) { i += 1 }
      if i + 1 < bytes.count, peek == UInt8(ascii: "."), Self.isNameStart(bytes[i + 1]) {
        i += 1
        continue
      }
      break
    }
    return text(start, i)
  }

  static func isNameStart(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || b == UInt8(ascii: "_") || b >= 0x80
  }

  static func isNameByte(_ b: UInt8) -> Bool {
    isNameStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
  }

  /// A bare enum value or format: a name or a number.
  static func isPlainValue(_ s: String) -> Bool {
    !s.isEmpty && s.utf8.allSatisfy { isNameByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
  }

  private func fail(_ kind: TypeIssue.Kind, _ message: String, _ start: Int, _ end: Int) -> Failure {
    Failure(issue: TypeIssue(kind, message, start: start, end: end))
  }

  private func unclosed(_ open: Int) -> Failure {
    fail(.malformed, "\"[\" is never closed", open, open + 1)
  }

  /// `unexpected "x"` at `i`: a whole name, or one character.
  private func unexpected() -> Failure {
    guard !atEnd else { return fail(.malformed, "unexpected end of type", bytes.count, bytes.count) }
    var end = i + 1
    if Self.isNameStart(peek) {
      while end < bytes.count, Self.isNameByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
    }
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }  // whole UTF-8 scalar
    return fail(.malformed, "unexpected \"\(text(i, end))\"", i, end)
  }
}
