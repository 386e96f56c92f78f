import Testing

@testable import FlyteSyntax

@Suite struct JSONParserTests {
  private func parse(_ text: String, limits: SyntaxLimits = .standard) -> SyntaxTree {
    SyntaxTree.parseJSON(Array(text.utf8), limits: limits)
  }

  private func root(_ tree: SyntaxTree) throws -> NodeID {
    try #require(tree.documents.count == 1)
    return try #require(tree.documents[0].root)
  }

  /// The text of a node's source range.
  private func text(_ tree: SyntaxTree, _ id: NodeID) -> String { tree.text(tree[id].range) }

  // MARK: values

  @Test(arguments: [
    "0", "-0", "42", "-12.5", "1e10", "1E-7", "-0.0e+00", "123456789012345678901234567890",
  ])
  func numbersKeepTheirText(_ text: String) throws {
    let tree = parse(text)
    #expect(tree.errors.isEmpty)
    let id = try root(tree)
    #expect(tree[id].kind == .scalar)
    #expect(tree[id].style == .plain)
    #expect(tree.scalarValue(id) == text)
    #expect(tree[id].range == ByteRange(0, text.utf8.count))
  }

  @Test(arguments: ["true", "false", "null"])
  func literals(_ text: String) throws {
    let tree = parse(" \(text)\n")
    #expect(tree.errors.isEmpty)
    let id = try root(tree)
    #expect(tree[id].kind == .scalar && tree[id].style == .plain)
    #expect(tree.scalarValue(id) == text)
    #expect(tree[id].range == ByteRange(1, 1 + text.utf8.count))
  }

  @Test func stringWithoutEscapesIsItsSource() throws {
    let tree = parse(#"  "héllo, 日本"  "#)
    #expect(tree.errors.isEmpty)
    let id = try root(tree)
    let node = tree[id]
    #expect(node.kind == .scalar && node.style == .doubleQuoted)
    #expect(node.range == ByteRange(2, 2 + #""héllo, 日本""#.utf8.count))
    #expect(node.contentRange == node.range)
    #expect(node.flags & Node.valueInSourceFlag != 0)
    #expect(tree.scalarValue(id) == "héllo, 日本")
  }

  @Test func emptyString() throws {
    let tree = parse(#""""#)
    let id = try root(tree)
    #expect(tree.scalarValue(id) == "")
    #expect(tree[id].range == ByteRange(0, 2))
  }

  @Test func objectIsAFlowMappingWithAlternatingChildren() throws {
    let source = #"{"a": 1, "b": [true, null], "c": {}}"#
    let tree = parse(source)
    #expect(tree.errors.isEmpty)
    let id = try root(tree)
    #expect(tree[id].kind == .mapping && tree[id].style == .flow)
    #expect(tree[id].range == ByteRange(0, source.utf8.count))
    let pairs = tree.pairs(of: id)
    #expect(pairs.map { tree.scalarValue($0.key) } == ["a", "b", "c"])
    #expect(text(tree, pairs[0].key) == #""a""#)
    #expect(tree[pairs[0].key].range == ByteRange(1, 4))
    #expect(tree.scalarValue(pairs[0].value) == "1")
    let list = pairs[1].value
    #expect(tree[list].kind == .sequence && tree[list].style == .flow)
    #expect(text(tree, list) == "[true, null]")
    #expect(tree.items(of: list).map { tree.scalarValue($0) } == ["true", "null"])
    #expect(tree[pairs[2].value].kind == .mapping)
    #expect(tree.children(of: pairs[2].value).isEmpty)
    #expect(text(tree, pairs[2].value) == "{}")
  }

  @Test func nestedRanges() throws {
    let source = "[ {\"k\" : [ \"v\" ] } , [] ]\n"
    let tree = parse(source)
    #expect(tree.errors.isEmpty)
    let id = try root(tree)
    #expect(text(tree, id) == "[ {\"k\" : [ \"v\" ] } , [] ]")
    let items = tree.items(of: id)
    #expect(items.count == 2)
    #expect(text(tree, items[0]) == "{\"k\" : [ \"v\" ] }")
    #expect(text(tree, items[1]) == "[]")
    let pair = try #require(tree.pairs(of: items[0]).first)
    #expect(text(tree, pair.value) == "[ \"v\" ]")
    #expect(tree.documents[0].range == ByteRange(0, source.utf8.count))
  }

  @Test func duplicateKeysAreKept() throws {
    let tree = parse(#"{"a": 1, "a": 2}"#)
    #expect(tree.errors.isEmpty)
    #expect(tree.pairs(of: try root(tree)).count == 2)
  }

  @Test func allFourWhitespaceBytes() throws {
    let tree = parse(" \t\r\n[ \t\r\n1 \t\r\n, \t\r\n2 \t\r\n] \t\r\n")
    #expect(tree.errors.isEmpty)
    #expect(tree.items(of: try root(tree)).count == 2)
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{}".utf8)
    let tree = SyntaxTree.parseJSON(bytes)
    #expect(tree.errors.isEmpty)
    #expect(tree[try root(tree)].range == ByteRange(3, 5))
    #expect(tree.printed() == bytes)
  }

  // MARK: escapes

  @Test(arguments: [
    (#""a\"b\\c\/d""#, "a\"b\\c/d"),
    (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
    (#""\u00e9\u65E5\u0041""#, "é日A"),
    (#""x\u0000y""#, "x\u{0}y"),
    (#""\uD83D\uDE00!""#, "😀!"),
    (#""\ud834\udd1e""#, "𝄞"),
  ])
  func escapes(_ source: String, _ expected: String) throws {
    let tree = parse(source)
    #expect(tree.errors.isEmpty)
    let id = try root(tree)
    #expect(tree.scalarValue(id) == expected)
    #expect(tree[id].style == .doubleQuoted)
    #expect(tree[id].flags & Node.valueInSourceFlag == 0)
    #expect(tree[id].range == ByteRange(0, source.utf8.count))
  }

  /// A lone surrogate is legal JSON but no Unicode scalar: it becomes U+FFFD.
  @Test(arguments: [
    (#""\uD800""#, "\u{FFFD}"),
    (#""\uDC00x""#, "\u{FFFD}x"),
    (#""\uD800\u0041""#, "\u{FFFD}A"),
    (#""\uD800\uD83D\uDE00""#, "\u{FFFD}😀"),
    (#""\uDE00\uD83D""#, "\u{FFFD}\u{FFFD}"),
    (#""\uD800abc""#, "\u{FFFD}abc"),
  ])
  func loneSurrogatesBecomeReplacementCharacters(_ source: String, _ expected: String) throws {
    let tree = parse(source)
    #expect(tree.errors.isEmpty)
    #expect(tree.scalarValue(try root(tree)) == expected)
  }

  @Test func escapedAndPlainStringsShareTheDecodedBuffer() throws {
    let tree = parse(#"["a\nb", "plain", "\t", "c"]"#)
    #expect(tree.errors.isEmpty)
    let values = tree.items(of: try root(tree)).map { tree.scalarValue($0) }
    #expect(values == ["a\nb", "plain", "\t", "c"])
  }

  // MARK: errors

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var source: String
    var code: SyntaxError.Code
    var range: Range<Int>
    var message: String? = nil
    var testDescription: String { source }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      source: "", code: .unexpectedEnd, range: 0..<0, message: "expected a value, found end of file"
    ),
    ErrorCase(source: "  \n", code: .unexpectedEnd, range: 3..<3),
    ErrorCase(
      source: "[1, 2,]", code: .unexpectedToken, range: 5..<6,
      message: #"trailing comma before "]" is not allowed; remove it"#),
    ErrorCase(source: #"{"a": 1 , }"#, code: .unexpectedToken, range: 8..<9),
    ErrorCase(
      source: "[1 2]", code: .unexpectedToken, range: 3..<4,
      message: #"expected "," or "]" after array item, found "2""#),
    ErrorCase(
      source: #"{"a": 1 "b": 2}"#, code: .unexpectedToken, range: 8..<9,
      message: #"expected "," or "}" after object value, found a string"#),
    ErrorCase(
      source: #"{"a" 1}"#, code: .unexpectedToken, range: 5..<6,
      message: #"expected ":" after object key, found "1""#),
    ErrorCase(
      source: "{a: 1}", code: .invalidKey, range: 1..<2,
      message: #"expected a string key or "}", found "a""#),
    ErrorCase(source: "{1: 1}", code: .invalidKey, range: 1..<2),
    ErrorCase(
      source: "[NaN]", code: .unexpectedToken, range: 1..<4,
      message: #"expected a value, found "NaN""#),
    ErrorCase(source: "Infinity", code: .unexpectedToken, range: 0..<8),
    ErrorCase(source: "[-Infinity]", code: .invalidNumber, range: 1..<10),
    ErrorCase(source: "[tru]", code: .unexpectedToken, range: 1..<4),
    ErrorCase(
      source: "[01]", code: .invalidNumber, range: 1..<3,
      message: #"invalid number "01": leading zeros are not allowed"#),
    ErrorCase(source: "-", code: .invalidNumber, range: 0..<1),
    ErrorCase(
      source: "1.", code: .invalidNumber, range: 0..<2,
      message: #"invalid number "1.": expected a digit after ".""#),
    ErrorCase(source: "[1e+]", code: .invalidNumber, range: 1..<4),
    ErrorCase(source: "[.5]", code: .invalidNumber, range: 1..<3),
    ErrorCase(
      source: "[0x1F]", code: .invalidNumber, range: 1..<5, message: #"invalid number "0x1F""#),
    ErrorCase(
      source: "[1] // note", code: .invalidComment, range: 4..<11,
      message: "comments are not allowed in JSON"),
    ErrorCase(source: "[/* c */ 1]", code: .invalidComment, range: 1..<8),
    ErrorCase(
      source: "[1] x", code: .trailingContent, range: 4..<5,
      message: #"expected end of file after the JSON value, found "x""#),
    ErrorCase(source: "{} {}", code: .trailingContent, range: 3..<4),
    ErrorCase(source: "['a']", code: .unexpectedCharacter, range: 1..<2),
    ErrorCase(
      source: "[\u{0C}1]", code: .unexpectedCharacter, range: 1..<2,
      message: "expected a value, found U+000C"),
    ErrorCase(source: "[\u{A0}1]", code: .unexpectedCharacter, range: 1..<3),
    ErrorCase(source: "\"abc", code: .unterminatedString, range: 0..<4),
    ErrorCase(source: "[\"abc\\", code: .unterminatedString, range: 1..<6),
    ErrorCase(
      source: "[\"a\nb\"]", code: .controlCharacter, range: 3..<4,
      message: "control character U+000A in string; write it as an escape"),
    ErrorCase(source: "\"a\tb\"", code: .controlCharacter, range: 2..<3),
    ErrorCase(source: #""a\x""#, code: .invalidEscape, range: 2..<4),
    ErrorCase(
      source: #""\u12G4""#, code: .invalidEscape, range: 1..<5,
      message: #"invalid escape "\u12" in string; expected four hex digits after "\u""#),
    ErrorCase(source: #""\'""#, code: .invalidEscape, range: 1..<3),
    ErrorCase(source: "[1,", code: .unexpectedEnd, range: 3..<3),
    ErrorCase(source: "[", code: .unexpectedEnd, range: 1..<1),
    ErrorCase(source: "{", code: .unexpectedEnd, range: 1..<1),
    ErrorCase(source: #"{"a":"#, code: .unexpectedEnd, range: 5..<5),
    ErrorCase(source: "]", code: .unexpectedToken, range: 0..<1),
    ErrorCase(source: "[1]]", code: .trailingContent, range: 3..<4),
    ErrorCase(source: "[\"a\u{0}\"]", code: .nulByte, range: 3..<4),
  ]

  @Test(arguments: errorCases)
  func errors(_ c: ErrorCase) throws {
    let tree = parse(c.source)
    try #require(tree.errors.count == 1, "\(tree.errors)")
    let error = tree.errors[0]
    #expect(error.code == c.code)
    #expect(error.range == ByteRange(c.range.lowerBound, c.range.upperBound))
    if let message = c.message { #expect(error.message == message) }
    #expect(!error.message.hasSuffix("."))
    #expect(tree.printed() == Array(c.source.utf8))
  }

  @Test func partialTreeIsKept() throws {
    let tree = parse(#"{"a": [1, 2, x], "b": 3}"#)
    #expect(tree.errors.map(\.code) == [.unexpectedToken])
    let id = try root(tree)
    let pairs = tree.pairs(of: id)
    #expect(pairs.count == 1)
    #expect(tree.items(of: pairs[0].value).map { tree.scalarValue($0) } == ["1", "2"])
  }

  @Test func partialCollectionsCoverWhatWasRead() throws {
    let tree = parse(#"{"a": [1, {"b":  "#)
    #expect(tree.errors.map(\.code) == [.unexpectedEnd])
    let id = try root(tree)
    #expect(text(tree, id) == #"{"a": [1, {"b":"#)
    let list = tree.pairs(of: id)[0].value
    #expect(text(tree, list) == #"[1, {"b":"#)
    #expect(text(tree, tree.items(of: list)[1]) == #"{"b":"#)
    #expect(tree.printed() == Array(#"{"a": [1, {"b":  "#.utf8))
  }

  @Test func invalidStringLeavesNoDecodedGarbage() throws {
    let tree = parse(#"["ok\n", "bad\q"]"#)
    #expect(tree.errors.map(\.code) == [.invalidEscape])
    #expect(tree.decoded == Array("ok\n".utf8))
  }

  // MARK: depth

  @Test func depthLimitIsExactlyTheLimit() {
    let ok = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
    #expect(parse(ok).errors.isEmpty)
    let deep = String(repeating: "[", count: 1001) + String(repeating: "]", count: 1001)
    let tree = parse(deep)
    #expect(tree.errors.map(\.code) == [.tooDeep])
    #expect(tree.errors.first?.range == ByteRange(1000, 1001))
  }

  @Test func customDepthLimit() {
    let tree = parse(#"{"a": {"b": [1]}}"#, limits: SyntaxLimits(maxDepth: 2))
    #expect(tree.errors.map(\.code) == [.tooDeep])
    #expect(tree.errors.first?.range == ByteRange(12, 13))
  }

  @Test func hundredThousandOpenBracketsStopAtTheLimit() throws {
    let source = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    let tree = SyntaxTree.parseJSON(source)
    #expect(tree.errors.map(\.code) == [.tooDeep])
    #expect(tree.errors.first?.range == ByteRange(1000, 1001))
    let id = try #require(tree.documents.first?.root)
    #expect(tree[id].range == ByteRange(0, 1000))
    #expect(tree.printed() == source)
  }

  @Test func deeplyNestedObjectsAndArraysMixed() {
    let source = String(repeating: #"{"a":["#, count: 50_000)
    let tree = parse(source)
    #expect(tree.errors.map(\.code) == [.tooDeep])
    #expect(tree.printed() == Array(source.utf8))
  }

  /// The alias-expansion bound is for YAML aliases; a large JSON file has none.
  @Test func moreNodesThanTheAliasExpansionLimit() {
    let tree = parse(
      "[" + String(repeating: "0,", count: 20) + "0]", limits: SyntaxLimits(maxAliasExpansion: 10))
    #expect(tree.errors.isEmpty)
  }

  @Test func onlyAnOpenBracket() throws {
    let tree = parse("[")
    #expect(tree.errors.map(\.code) == [.unexpectedEnd])
    let id = try root(tree)
    #expect(tree[id].kind == .sequence)
    #expect(tree[id].range == ByteRange(0, 1))
    #expect(tree.printed() == Array("[".utf8))
  }

  // MARK: round trip

  @Test(arguments: [
    "{}", "[]", " 1 ", "\"s\"", "\n\n[\n  1,\n  {\"a\" : \"\\u00e9\"}\n]\n",
    #"{"tasks": [{"name": "a.b", "retries": 3, "cache": {"version": "v1"}}]}"#,
    "\r\n{\r\n\t\"k\":\t[true,false,null]\r\n}\r\n",
    "[[[[]]], {}, [{}], \"\", 0, -0.0]",
  ])
  func roundTrip(_ source: String) {
    let tree = parse(source)
    #expect(tree.errors.isEmpty)
    #expect(tree.printed() == Array(source.utf8))
  }
}
