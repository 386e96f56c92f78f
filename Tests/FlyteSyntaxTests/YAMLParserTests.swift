import Testing

@testable import FlyteSyntax

/// Parses `text` and returns the tree, failing the test on any syntax error.
func parseClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> SyntaxTree {
  let tree = SyntaxTree.parseYAML(Array(text.utf8))
  #expect(tree.errors.isEmpty, "unexpected errors: \(tree.errors)", sourceLocation: sourceLocation)
  return tree
}

func dump(_ text: String) -> [String] { SyntaxTree.parseYAML(Array(text.utf8)).dumpJSONLines() }

func firstError(_ text: String) -> SyntaxError? { SyntaxTree.parseYAML(Array(text.utf8)).errors.first }

@Suite struct YAMLValueTests {
  @Test func coreSchemaScalars() {
    #expect(
      dump("a: null\nb: ~\nc:\nd: True\ne: FALSE\nf: 0x1F\ng: 0o17\nh: -012\ni: .inf\nj: -.Inf\nk: .nan\nl: 1.\nm: .5\nn: yes\no: 1e3\np: +7")
        == [#"{"a":null,"b":null,"c":null,"d":true,"e":false,"f":31,"g":15,"h":-12,"i":".inf","j":"-.inf","k":".nan","l":1.0,"m":0.5,"n":"yes","o":1e3,"p":7}"#])
  }

  @Test func hugeIntegersStayExact() {
    #expect(dump("- 123456789012345678901234567890\n- 0xFFFFFFFFFFFFFFFFFFFF") == [
      "[123456789012345678901234567890,1208925819614629174706175]"
    ])
  }

  @Test func quotedStylesAndEscapes() {
    #expect(dump(#"a: "x\ty\u00e9\U0001F600\n""#) == [#"{"a":"x\tyé😀\n"}"#])
    #expect(dump("a: 'it''s'") == [#"{"a":"it's"}"#])
    #expect(dump("a: \"one\n  two\n\n  three\"") == [#"{"a":"one two\nthree"}"#])
  }

  @Test func blockScalarsWithChomping() {
    #expect(dump("a: |\n  x\n  y\n\nb: >-\n  p\n  q\n\nc: |+\n  k\n\n") == [
      #"{"a":"x\ny\n","b":"p q","c":"k\n\n"}"#
    ])
    #expect(dump("a: |2\n    indented\n") == [#"{"a":"  indented\n"}"#])
  }

  @Test func tagsAnchorsAndAliases() {
    #expect(dump("a: !!str 12\nb: &x [1, 2]\nc: *x\nd: !custom 5") == [#"{"a":"12","b":[1,2],"c":[1,2],"d":5}"#])
  }

  @Test func duplicateKeysLastWinsAndComplexKeys() {
    #expect(dump("a: 1\nb: 2\na: 3") == [#"{"a":3,"b":2}"#])
    #expect(dump("? [1, 2]\n: x\n1: y\nnull: z") == [#"{"[1, 2]":"x","1":"y","null":"z"}"#])
  }

  @Test func multipleDocuments() {
    #expect(dump("--- 1\n--- 2\n...\n%YAML 1.2\n---\nthree\n") == ["1", "2", #""three""#])
    #expect(dump("# only a comment\n") == [])
    #expect(dump("---\n") == ["null"])
  }
}

@Suite struct YAMLRangeTests {
  @Test func keyAndValueRanges() throws {
    let text = "tasks:\n  - name: my.task  # note\n    retries: 3\n"
    let tree = parseClean(text)
    let root = try #require(tree.documents.first?.root)
    let (tasksKey, tasksValue) = try #require(tree.pairs(of: root).first)
    #expect(tree.text(tree[tasksKey].range) == "tasks")
    let task = try #require(tree.items(of: tasksValue).first)
    let pairs = tree.pairs(of: task)
    #expect(pairs.map { tree.text(tree[$0.key].range) } == ["name", "retries"])
    #expect(pairs.map { tree.text(tree[$0.value].range) } == ["my.task", "3"])
    #expect(tree.comments.map { tree.text($0) } == ["# note"])
    let index = LineIndex(tree.source)
    #expect(index.position(at: tree[pairs[1].value].range.lowerBound) == SourcePosition(line: 3, column: 14))
  }

  @Test func propertiesAreInTheNodeRangeButNotTheContent() throws {
    let tree = parseClean("a: &anchor !!str value\n")
    let root = try #require(tree.documents.first?.root)
    let value = tree.pairs(of: root)[0].value
    #expect(tree.text(tree[value].range) == "&anchor !!str value")
    #expect(tree.text(tree[value].contentRange) == "value")
    let props = try #require(tree.properties(of: value))
    #expect(tree.tag(of: value) == "tag:yaml.org,2002:str")
    #expect(props.anchor.map { tree.text($0) } == "anchor")
  }

  @Test func emptyValueSitsAfterItsIndicator() throws {
    let tree = parseClean("key:\nother: 1\n")
    let root = try #require(tree.documents.first?.root)
    let value = tree.pairs(of: root)[0].value
    #expect(tree[value].isEmpty)
    #expect(tree[value].range == ByteRange(4, 4))
  }

  @Test func multiLineScalarsKeepTheirWholeRange() throws {
    let text = "a: one\n  two\nb: \"x\n  y\"\n"
    let tree = parseClean(text)
    let root = try #require(tree.documents.first?.root)
    let values = tree.pairs(of: root).map { tree.text(tree[$0.value].range) }
    #expect(values == ["one\n  two", "\"x\n  y\""])
  }

  @Test func printingReproducesInput() {
    let samples = [
      "a: 1\n", "# c\n\n- x # y\n-   [1 ,2]\n\n", "--- |\n  lit\n...\n--- >\n fold\n",
      "\u{FEFF}k: v\r\nl: [a,\r\n  b]\r\n", "? complex\n: value\n", "", "a: 'x'\n\n\n# end",
    ]
    for sample in samples {
      let tree = SyntaxTree.parseYAML(Array(sample.utf8))
      #expect(tree.printed() == Array(sample.utf8), "round trip of \(sample.debugDescription)")
    }
  }
}

@Suite struct YAMLErrorTests {
  @Test(arguments: [
    ("[", SyntaxError.Code.unexpectedEnd, 0),
    ("a: \"open", .unterminatedString, 3),
    ("a: 'open\n", .unterminatedString, 3),
    ("a:\n\tb: 1", .tabIndentation, 3),
    ("a: b: c", .unexpectedToken, 3),
    ("- a\nb: c", .unexpectedToken, 4),
    ("x: *missing", .undefinedAlias, 3),
    ("\"a\"#c", .invalidComment, 3),
    ("a: \"\\q\"", .invalidEscape, 4),
    ("a: |0\n x", .invalidBlockScalar, 4),
    ("%YAML 1.2\n%YAML 1.2\n---\n", .invalidDirective, 10),
    ("!e!x a", .invalidTag, 0),
  ])
  func errorCodeAndOffset(input: String, code: SyntaxError.Code, offset: Int) throws {
    let error = try #require(firstError(input), "expected an error for \(input.debugDescription)")
    #expect(error.code == code)
    #expect(error.range.lowerBound == offset)
  }

  @Test func partialTreeSurvivesAnError() throws {
    let tree = SyntaxTree.parseYAML(Array("a: 1\nb: [2, 3\nc: 4".utf8))
    #expect(!tree.errors.isEmpty)
    let root = try #require(tree.documents.first?.root)
    #expect(tree.text(tree[tree.pairs(of: root)[0].key].range) == "a")
  }
}
