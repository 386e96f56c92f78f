import Testing

@testable import FlyteDecks

@Suite struct PythonHighlighterTests {
  typealias T = PythonHighlighter.Token

  @Test func classifiesTheMainTokens() {
    let tokens = PythonHighlighter.tokens("@task\ndef f(x): return 'a' # c\ny = 0x1F + 2.5e-3")
    let kinds = tokens.compactMap { t in t.kind.map { ($0, t.text) } }
    #expect(kinds.map(\.1) == ["@task", "def", "f", "return", "'a'", "# c", "0x1F", "2.5e-3"])
    #expect(
      kinds.map(\.0) == [
        .decorator, .keyword, .definition, .keyword, .string, .comment, .number, .number,
      ])
  }

  @Test func prefixedAndTripleQuotedStrings() {
    let tokens = PythonHighlighter.tokens("x = rb'\\x' + f\"\"\"a\n\"b\" \"\"\"")
    let strings = tokens.filter { $0.kind == .string }.map(\.text)
    #expect(strings == ["rb'\\x'", "f\"\"\"a\n\"b\" \"\"\""])
  }

  @Test func unterminatedInputNeverCrashesAndKeepsEveryCharacter() {
    for source in ["'abc", "\"\"\"open", "x = '\\", "@", "#", "1e", "\u{301}é", ""] {
      #expect(PythonHighlighter.tokens(source).map(\.text).joined() == source)
    }
  }

  @Test func multiLineTokensKeepLineSpansBalanced() {
    let html = PythonHighlighter.html("s = '''a\nb'''\nx")
    #expect(html.components(separatedBy: "<span class=\"ln\">").count == 4)
    #expect(WellFormed.parse("<pre>\(html)</pre>").error == nil)
  }
}
