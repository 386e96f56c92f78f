import Testing

@testable import FlyteSyntax

@Suite struct HostileInputTests {
  @Test func flowNesting100000DeepIsAFindingNotACrash() {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let tree = SyntaxTree.parseYAML(Array(text.utf8))
    #expect(tree.errors.first?.code == .tooDeep)
    #expect(tree.printed() == Array(text.utf8))
    _ = tree.dumpJSONLines()
  }

  @Test func blockNesting100000DeepIsAFindingNotACrash() {
    let text = String(repeating: "- ", count: 100_000) + "x\n"
    let tree = SyntaxTree.parseYAML(Array(text.utf8))
    #expect(tree.errors.first?.code == .tooDeep)
  }

  @Test func mappingNesting100000Deep() {
    let text = String(repeating: "{a: ", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
    let tree = SyntaxTree.parseYAML(Array(text.utf8))
    #expect(tree.errors.first?.code == .tooDeep)
    let json = SyntaxTree.parseJSON(Array(String(repeating: "[", count: 100_000).utf8))
    #expect(json.errors.first?.code == .tooDeep)
  }

  @Test func nestingAtTheLimitIsAccepted() {
    let text = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
    let tree = SyntaxTree.parseYAML(Array(text.utf8))
    #expect(tree.errors.isEmpty)
    #expect(tree.dumpJSONLines().first?.count == 2_000)
  }

  @Test func billionLaughsIsRefused() {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
      text += "a\(i): &a\(i) [\(refs)]\n"
    }
    let tree = SyntaxTree.parseYAML(Array(text.utf8))
    #expect(tree.errors.first?.code == .aliasExpansion)
  }

  @Test func modestAliasUseIsFine() {
    let tree = SyntaxTree.parseYAML(Array("base: &b {retries: 3}\nt1: *b\nt2: *b\n".utf8))
    #expect(tree.errors.isEmpty)
  }

  @Test func invalidUTF8IsReportedWithItsOffset() {
    let bytes: [UInt8] = Array("key: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    let tree = SyntaxTree.parseYAML(bytes)
    #expect(tree.errors.first?.code == .invalidUTF8)
    #expect(tree.errors.first?.range.lowerBound == 5)
    #expect(SyntaxTree.parseYAML([0xED, 0xA0, 0x80]).errors.first?.code == .invalidUTF8)  // surrogate
    #expect(SyntaxTree.parseYAML([0xC0, 0x80]).errors.first?.code == .invalidUTF8)  // overlong
  }

  @Test func nulByteIsReportedWithItsOffset() {
    let bytes: [UInt8] = Array("a: b".utf8) + [0] + Array("c\n".utf8)
    let tree = SyntaxTree.parseYAML(bytes)
    #expect(tree.errors.first?.code == .nulByte)
    #expect(tree.errors.first?.range.lowerBound == 4)
    #expect(SyntaxTree.parseJSON([0x22, 0, 0x22]).errors.first?.code == .nulByte)
  }

  @Test func fileTooLargeIsRefusedUpFront() {
    let limits = SyntaxLimits(maxFileBytes: 10)
    let tree = SyntaxTree.parseYAML(Array("a: 123456789012".utf8), limits: limits)
    #expect(tree.errors.first?.code == .fileTooLarge)
  }

  @Test func unterminatedConstructs() {
    for text in ["[", "{", "\"", "'", "a: \"x", "- 'y", "{a: [1, 2}", "a: |\n  x\n  \"", "&", "*", "!<x"] {
      let tree = SyntaxTree.parseYAML(Array(text.utf8))
      #expect(tree.printed() == Array(text.utf8), "round trip of \(text.debugDescription)")
      if ["[", "{", "\"", "'", "a: \"x", "- 'y", "{a: [1, 2}", "&", "*", "!<x"].contains(text) {
        #expect(!tree.errors.isEmpty, "expected an error for \(text.debugDescription)")
      }
    }
  }

  @Test func crlfAndBOMGiveCorrectColumns() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nbb: [x,\r\n  é]\r\n".utf8)
    let tree = SyntaxTree.parseYAML(bytes)
    #expect(tree.errors.isEmpty)
    let root = try #require(tree.documents.first?.root)
    let pairs = tree.pairs(of: root)
    let index = LineIndex(bytes)
    #expect(index.position(at: tree[pairs[0].key].range.lowerBound) == SourcePosition(line: 1, column: 1))
    #expect(index.position(at: tree[pairs[1].key].range.lowerBound) == SourcePosition(line: 2, column: 1))
    let items = tree.items(of: pairs[1].value)
    #expect(tree.scalarValue(items[1]) == "é")
    #expect(index.position(at: tree[items[1]].range.lowerBound) == SourcePosition(line: 3, column: 3))
    #expect(tree.dumpJSONLines() == [#"{"a":1,"bb":["x","é"]}"#])
  }

  @Test func crOnlyLineEndings() {
    let tree = SyntaxTree.parseYAML(Array("a: 1\rb: 2\r".utf8))
    #expect(tree.errors.isEmpty)
    #expect(tree.dumpJSONLines() == [#"{"a":1,"b":2}"#])
    #expect(LineIndex(tree.source).position(at: 5) == SourcePosition(line: 2, column: 1))
  }

  @Test func controlCharactersAreRejectedInYAML() {
    #expect(SyntaxTree.parseYAML(Array("a: \u{7}".utf8)).errors.first?.code == .controlCharacter)
  }
}
