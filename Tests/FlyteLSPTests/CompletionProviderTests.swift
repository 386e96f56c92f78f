import FlyteLSP
import FlyteLint
import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct CompletionProviderTests {
  private func complete(_ marked: String, lastGood: String? = nil) -> (
    [CompletionCandidate], CursorSource
  ) {
    let source = CursorSource(marked)
    let good = lastGood.map { ManifestFile(path: "m.yaml", bytes: Array($0.utf8)) }
    return (
      CompletionProvider.complete(source: source.bytes, at: source.offset, lastGood: good), source
    )
  }

  private func labels(_ marked: String, lastGood: String? = nil) -> [String] {
    complete(marked, lastGood: lastGood).0.map(\.label)
  }

  // MARK: keys

  @Test func taskKeysMidTypingInAnUnparseableTask() throws {
    let (candidates, source) = complete("tasks:\n  - name: t\n    retries: 3\n    cac‸\n")
    #expect(!source.file.tree.errors.isEmpty)
    let labels = candidates.map(\.label)
    #expect(labels.contains("cache"))
    #expect(labels.contains("cache_version"))
    #expect(!labels.contains("name"))
    #expect(!labels.contains("retries"))
    #expect(!labels.contains("generates_deck"))
    #expect(labels.count == TaskKeys.all.count - 2)
    let cache = try #require(candidates.first { $0.label == "cache" })
    let start = source.offset - 3
    #expect(cache.replaceRange == ByteRange(start, source.offset))
    #expect(cache.insertText == "cache: ")
    #expect(cache.kind == .key)
    #expect(cache.documentation?.contains("flytekit default: `False`") == true)
  }

  @Test func keysBelowTheCursorCountAsPresent() {
    let labels = labels(
      "tasks:\n  - name: t\n    ‸\n    timeout: 5m\n  - name: u\n    retries: 1\n")
    #expect(!labels.contains("timeout"))
    #expect(!labels.contains("name"))
    #expect(labels.contains("retries"))
  }

  @Test func editingAnExistingKeyInsertsNoColon() throws {
    let (candidates, _) = complete("tasks:\n  - name: t\n    ret‸ries: 3\n")
    #expect(try #require(candidates.first { $0.label == "retries" }).insertText == "retries")
  }

  @Test func newTaskItem() {
    let labels = labels("tasks:\n  - name: t\n  - na‸\n")
    #expect(labels.contains("name"))
    #expect(labels.contains("retries"))
  }

  @Test func sequenceItemsAtTheParentsIndent() {
    let labels = labels("tasks:\n- name: t\n  time‸\n")
    #expect(labels.contains("timeout"))
    #expect(!labels.contains("name"))
  }

  @Test func defaultsHoldTaskKeys() {
    let labels = labels("defaults:\n  retries: 2\n  ‸\ntasks: []\n")
    #expect(labels.contains("timeout"))
    #expect(!labels.contains("retries"))
    #expect(!labels.contains("name"))
  }

  @Test func metadataKeys() {
    let labels = labels("tasks:\n  - name: t\n    metadata:\n      cache: true\n      ‸\n")
    #expect(Set(labels) == Set(TaskKeys.metadata).subtracting(["cache"]))
  }

  @Test func cacheObjectKeysBlockAndFlow() {
    #expect(
      labels("tasks:\n  - name: t\n    cache:\n      version: v1\n      ‸\n") == [
        "serialize", "ignored_inputs", "salt", "policies",
      ])
    #expect(
      labels("tasks:\n  - name: t\n    cache: {version: v1, se‸}\n") == [
        "serialize", "ignored_inputs", "salt", "policies",
      ])
    #expect(labels("tasks:\n  - cache:\n      ‸\n") == TaskKeys.cacheObject)
  }

  @Test func flowTaskEntries() {
    let inItem = labels("tasks:\n  - {name: t, ret‸}\n")
    #expect(inItem.contains("retries"))
    #expect(!inItem.contains("name"))
    let inList = labels("tasks: [{name: t, timeout: 5m, ‸\n")
    #expect(inList.contains("retries"))
    #expect(!inList.contains("timeout"))
  }

  @Test func topLevelKeys() throws {
    #expect(labels("version: 1\nta‸") == ["defaults", "tasks", "workflows", "types"])
    let (candidates, _) = complete("‸")
    #expect(candidates.map(\.label) == TaskKeys.topLevel)
    #expect(candidates.first?.replaceRange == ByteRange(0, 0))
  }

  @Test func workflowAndNodeKeys() {
    #expect(
      labels("workflows:\n  - name: w\n    ‸\n") == ["inputs", "nodes", "outputs", "simulate"])
    #expect(
      labels("workflows:\n  - name: w\n    nodes:\n      - id: n0\n        ‸\n") == [
        "task", "inputs", "retries", "timeout", "interruptible", "cache",
      ])
  }

  @Test func parameterKeys() {
    #expect(
      labels("tasks:\n  - name: t\n    inputs:\n      a:\n        type: int\n        ‸\n") == [
        "default", "description",
      ])
  }

  @Test func noCompletionInsideScalarsOrValues() {
    #expect(labels("tasks:\n  - name: t\n    source: |\n      def f():\n        ret‸\n").isEmpty)
    #expect(labels("tasks:\n  - name: t\n    retries: 3‸\n").isEmpty)
    #expect(labels("tasks:\n  - name: \"t ‸\n").isEmpty)
    #expect(labels("tasks:\n  - name: t\n    # a plain comment ‸\n").isEmpty)
  }

  // MARK: DeckField values

  @Test func deckFieldsFlow() throws {
    let (candidates, source) = complete("tasks:\n  - name: t\n    deck_fields: [Input, Sou‸]\n")
    #expect(candidates.map(\.label) == ["Output", "Source Code", "Timeline", "Dependencies"])
    let code = try #require(candidates.first { $0.label == "Source Code" })
    #expect(code.insertText == "Source Code")
    #expect(code.replaceRange == ByteRange(source.offset - 3, source.offset))
    #expect(code.kind == .value)
    #expect(code.documentation?.contains("Python source") == true)
  }

  @Test func deckFieldsListedAfterTheCursorAreExcluded() {
    #expect(
      labels("tasks:\n  - name: t\n    deck_fields: [‸, Timeline]\n") == [
        "Input", "Output", "Source Code", "Dependencies",
      ])
  }

  @Test func deckFieldsBlockItems() throws {
    let (candidates, source) = complete(
      "tasks:\n  - name: t\n    deck_fields:\n      - Input\n      - \"So‸\n      - Output\n")
    #expect(candidates.map(\.label) == ["Source Code", "Timeline", "Dependencies"])
    let code = try #require(candidates.first)
    #expect(code.insertText == "\"Source Code\"")
    #expect(code.replaceRange == ByteRange(source.offset - 3, source.offset))
  }

  @Test func insertedDeckFieldsParse() {
    for text in ["deck_fields: [Input, Source Code]", "deck_fields:\n      - Source Code"] {
      let file = ManifestFile(
        path: "m.yaml", bytes: Array("tasks:\n  - name: t\n    \(text)\n".utf8))
      let deck = file.allTasks.first?.field("deck_fields")
      #expect(
        deck.map { file.tree.items(of: $0.value).map(file.tree.scalarValue) }?.last == "Source Code"
      )
    }
  }

  // MARK: input names

  @Test func inputNamesFromTheCurrentText() throws {
    let (candidates, source) = complete(
      "tasks:\n  - name: t\n    inputs: {a: int, b: str, yes: bool}\n    cache_ignore_input_vars:\n      - a\n      - ‸\n"
    )
    #expect(candidates.map(\.label) == ["b", "yes"])
    #expect(candidates.first?.detail == "str")
    #expect(candidates.last?.insertText == "\"yes\"")
    #expect(candidates.first?.replaceRange == ByteRange.empty(at: source.offset))
  }

  @Test func inputNamesFromLastGoodWhileBroken() {
    let good =
      "tasks:\n  - name: t\n    inputs: {x: int}\n  - name: u\n    inputs: {a: int, b: str}\n"
    let broken =
      "tasks:\n  - name: t\n    inputs: {x: int}\n  - name: u\n    inputs: {a: int, b: str}\n    cache: {version: v1, ignored_inputs: [b, ‸\n"
    #expect(labels(broken, lastGood: good) == ["a"])
    #expect(labels(broken).isEmpty)
  }

  @Test func inputNamesOfATaskFiledUnderItsName() {
    let good = "tasks:\n  t1:\n    inputs: {p: int, q: int}\n"
    #expect(
      labels(
        "tasks:\n  t1:\n    inputs: {p: int, q: int}\n    cache_ignore_input_vars: [q‸\n",
        lastGood: good) == ["p", "q"])
  }

  // MARK: rule codes

  @Test func ruleCodesAfterTheDirectiveAndAfterAComma() throws {
    let (candidates, source) = complete(
      "tasks:\n  - name: t\n    retries: 99  # flyte-lint: disable=FL203, FL2‸\n")
    let fl206 = try #require(candidates.first { $0.label == "FL206" })
    #expect(fl206.detail == "retries-too-many")
    #expect(fl206.kind == .ruleCode)
    #expect(fl206.replaceRange == ByteRange(source.offset - 3, source.offset))
    #expect(!candidates.contains { $0.label == "FL203" })
    #expect(candidates.count == RuleRegistry_allCount - 1)
  }

  @Test func ruleNamesWhenTypingLowercase() throws {
    let (candidates, _) = complete("# flyte-lint: disable-next-line=cache-v‸\ntasks: []\n")
    let rule = try #require(candidates.first { $0.label == "cache-version-missing" })
    #expect(rule.detail == "FL101")
  }

  @Test func anApostropheInAPlainValueOpensNoQuote() {
    #expect(
      labels("tasks:\n  - name: t\n    deprecated: don't use  # flyte-lint: disable=FL50‸\n")
        .contains("FL506"))
  }

  @Test func noRuleCodesInTheReasonOrBeforeTheDirective() {
    #expect(labels("tasks: []  # flyte-lint: disable=FL101 -- because FL‸\n").isEmpty)
    #expect(labels("tasks: []  # flyte-lint: dis‸\n").isEmpty)
    #expect(labels("# flyte-lint: disable-file=‸").count == RuleRegistry_allCount)
  }

  // MARK: JSON

  @Test func jsonKeysAcrossLines() throws {
    let text = "{\n  \"tasks\": [\n    {\n      \"name\": \"t\",\n      \"ret‸\n    }\n  ]\n}\n"
    let (candidates, source) = complete(text)
    let retries = try #require(candidates.first { $0.label == "retries" })
    #expect(retries.insertText == "\"retries\": ")
    #expect(retries.replaceRange == ByteRange(source.offset - 4, source.offset))
    #expect(!candidates.contains { $0.label == "name" })
    #expect(labels("{\n\"tasks\": [],\n\"‸\"}") == ["version", "defaults", "workflows", "types"])
    let (closed, _) = complete("{\"tasks\": [], \"ver‸\"}")
    #expect(closed.first { $0.label == "version" }?.insertText == "\"version")
  }

  @Test func jsonValues() {
    let deck = "{\"tasks\": [{\"name\": \"t\",\n  \"deck_fields\": [\"Input\", ‸]}]}"
    #expect(labels(deck) == ["Output", "Source Code", "Timeline", "Dependencies"])
    let good =
      "{\"tasks\": [{\"name\": \"t\", \"inputs\": {\"a\": \"int\"}},\n {\"name\": \"u\", \"inputs\": {\"b\": \"int\", \"c\": \"str\"}}]}"
    let broken =
      "{\"tasks\": [{\"name\": \"t\", \"inputs\": {\"a\": \"int\"}},\n {\"name\": \"u\", \"inputs\": {\"b\": \"int\", \"c\": \"str\"},\n  \"cache_ignore_input_vars\": [\"c\", ‸"
    #expect(labels(broken, lastGood: good) == ["b"])
  }

  // MARK: robustness

  @Test func nonASCIIBeforeTheCursor() throws {
    let (candidates, source) = complete(
      "# é😀\ntasks:\n  - name: \"ünï\"\n    descr: \"日本\"\n    ti‸\n")
    let timeout = try #require(candidates.first { $0.label == "timeout" })
    #expect(timeout.replaceRange == ByteRange(source.offset - 2, source.offset))
  }

  @Test func offsetsOutsideTheTextAndEmptyText() {
    #expect(
      CompletionProvider.complete(source: [], at: 0, lastGood: nil).map(\.label)
        == TaskKeys.topLevel)
    #expect(
      CompletionProvider.complete(source: [], at: 5, lastGood: nil).map(\.label)
        == TaskKeys.topLevel)
    let text = Array("tasks:\n  - name: t\n    ".utf8)
    #expect(
      CompletionProvider.complete(source: text, at: text.count, lastGood: nil).contains {
        $0.label == "retries"
      })
    // Clamped to the text: before the first byte is offset 0, where `tasks` is being edited.
    let atZero = CompletionProvider.complete(source: text, at: 0, lastGood: nil)
    #expect(CompletionProvider.complete(source: text, at: -3, lastGood: nil) == atZero)
    #expect(atZero.first { $0.label == "tasks" }?.insertText == "tasks")
  }

  @Test func crlfLineEnds() {
    #expect(labels("tasks:\r\n  - name: t\r\n    retries: 1\r\n    ‸\r\n").contains("timeout"))
    #expect(!labels("tasks:\r\n  - name: t\r\n    retries: 1\r\n    ‸\r\n").contains("retries"))
  }

  @Test func thousandDeepNestingDoesNotCrash() {
    var text = ""
    for depth in 0..<1_000 { text += String(repeating: " ", count: depth) + "k\(depth):\n" }
    text += String(repeating: " ", count: 1_000) + "‸"
    #expect(labels(text).isEmpty)
    let flow = String(repeating: "[", count: 1_000) + "‸"
    #expect(labels(flow).isEmpty)
  }

  private var RuleRegistry_allCount: Int { FlyteLint.RuleRegistry.all.count }
}
