import FlyteLSP
import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct DocumentSymbolsTests {
  typealias S = SymbolTestSupport

  static let native = """
    version: 1
    defaults:
      retries: 2
    types:
      Config: dataclass
    tasks:
      - name: pkg.train
        inputs:
          epochs: int
          rate: {type: float, default: 0.1}
        outputs:
          model: FlyteFile
        cache: true
        cache_version: "v1"
        timeout: 5m
      - name: pkg.score
        retries: 3
    workflows:
      - name: wf
        inputs: {x: int}
        nodes:
          - id: n0
            task: pkg.train
          - {id: n1, task: pkg.score}
        outputs: {result: {from: n1.o0}}

    """

  @Test func nativeManifestOutline() throws {
    let text = Self.native
    let symbols = DocumentSymbols.symbols(in: S.file(text))
    #expect(symbols.map(\.name) == ["defaults", "types", "pkg.train", "pkg.score", "wf"])
    #expect(symbols.map(\.kind) == [.defaults, .types, .task, .task, .workflow])

    let defaults = symbols[0]
    #expect(defaults.range == S.span(from: "defaults:", to: "retries: 2", in: text))
    #expect(defaults.selectionRange == S.range(of: "defaults", in: text))
    #expect(defaults.detail == "retries")

    let types = symbols[1]
    #expect(types.children.map(\.name) == ["Config"])
    #expect(types.children.first?.detail == "dataclass")
    #expect(types.children.first?.range == S.range(of: "Config: dataclass", in: text))

    let train = symbols[2]
    #expect(train.range == S.span(from: "name: pkg.train", to: "timeout: 5m", in: text))
    #expect(train.selectionRange == S.range(of: "pkg.train", in: text))
    // retries comes from `defaults:`: still the task's effective value.
    #expect(train.detail == "cache v1 · retries 2 · timeout 5m")
    #expect(train.children.map(\.name) == ["epochs", "rate", "model"])
    #expect(train.children.map(\.kind) == [.input, .input, .output])
    #expect(train.children.map(\.detail) == ["int", "float", "FlyteFile"])
    #expect(train.children[1].range == S.range(of: "rate: {type: float, default: 0.1}", in: text))
    #expect(train.children[1].selectionRange == S.range(of: "rate", in: text))

    let score = symbols[3]
    #expect(score.range == S.span(from: "name: pkg.score", to: "retries: 3", in: text))
    #expect(score.detail == "retries 3")
    #expect(score.children.isEmpty)
  }

  @Test func workflowNodesAreChildren() throws {
    let text = Self.native
    let workflow = try #require(DocumentSymbols.symbols(in: S.file(text)).last)
    #expect(workflow.detail == "2 nodes")
    #expect(workflow.selectionRange == S.range(of: "wf", in: text))
    #expect(workflow.range == S.span(from: "name: wf", to: "n1.o0}}", in: text))
    #expect(workflow.children.map(\.name) == ["x", "n0", "n1", "result"])
    #expect(workflow.children.map(\.kind) == [.input, .node, .node, .output])
    #expect(workflow.children.map(\.detail) == ["int", "pkg.train", "pkg.score", "n1.o0"])
    let n0 = workflow.children[1]
    #expect(n0.range == S.span(from: "id: n0", to: "task: pkg.train", in: text))
    #expect(n0.selectionRange == S.range(of: "n0", in: text))
    let n1 = workflow.children[2]
    #expect(n1.range == S.range(of: "{id: n1, task: pkg.score}", in: text))
    #expect(n1.selectionRange == S.range(of: "n1", in: text))
  }

  @Test func everyRangeContainsItsSelectionAndChildren() throws {
    let (fixture, _) = try S.fixture("simulate/three-node-workflow.yaml")
    for text in [Self.native, Self.mappingForm] {
      for symbol in DocumentSymbols.symbols(in: S.file(text)) + DocumentSymbols.symbols(in: fixture)
      {
        #expect(symbol.range.lowerBound <= symbol.selectionRange.lowerBound)
        #expect(symbol.selectionRange.upperBound <= symbol.range.upperBound)
        #expect(!symbol.name.isEmpty)
        for child in symbol.children {
          #expect(symbol.range.lowerBound <= child.range.lowerBound, "\(child.name)")
          #expect(child.range.upperBound <= symbol.range.upperBound, "\(child.name)")
          #expect(child.range.lowerBound <= child.selectionRange.lowerBound)
          #expect(child.selectionRange.upperBound <= child.range.upperBound)
        }
      }
    }
  }

  static let mappingForm = """
    tasks:
      train:
        retries: 1
        inputs: {a: int}
      score: {name: pkg.score, cache: {version: "2"}}
    workflows:
      wf:
        nodes:
          first: {task: train}

    """

  @Test func mappingFormIsNamedByKeyUnlessItHasAName() throws {
    let text = Self.mappingForm
    let symbols = DocumentSymbols.symbols(in: S.file(text))
    #expect(symbols.map(\.name) == ["train", "pkg.score", "wf"])
    let train = symbols[0]
    #expect(train.range == S.span(from: "train:", to: "{a: int}", in: text))
    #expect(train.selectionRange == S.range(of: "train", in: text))
    #expect(train.detail == "retries 1")
    #expect(train.children.map(\.name) == ["a"])
    let score = symbols[1]
    #expect(score.range == S.span(from: "score:", to: "\"2\"}}", in: text))
    #expect(score.selectionRange == S.range(of: "pkg.score", in: text))
    #expect(score.detail == "cache 2")
    let workflow = symbols[2]
    #expect(workflow.selectionRange == S.range(of: "wf", in: text))
    #expect(workflow.children.map(\.name) == ["first"])
    #expect(workflow.children.first?.detail == "train")
    #expect(workflow.children.first?.range == S.range(of: "first: {task: train}", in: text))
  }

  @Test func multiDocumentStreamListsEveryDocument() {
    let text =
      "tasks:\n  - name: a.one\n---\n# not a manifest\nkey: value\n---\ntasks:\n  - name: b.two\n"
    let symbols = DocumentSymbols.symbols(in: S.file(text))
    #expect(symbols.map(\.name) == ["a.one", "b.two"])
    #expect(
      symbols.map(\.selectionRange) == [
        S.range(of: "a.one", in: text), S.range(of: "b.two", in: text),
      ])
    #expect(symbols[1].range == S.range(of: "name: b.two", in: text))
  }

  @Test func flyteIDLTaskFromAFixture() throws {
    let (file, text) = try S.fixture("flyteidl/train.task.json")
    let symbols = DocumentSymbols.symbols(in: file)
    #expect(symbols.count == 1)
    let task = try #require(symbols.first)
    #expect(task.name == "example_workflows.train")
    #expect(task.kind == .task)
    // The whole `{id, closure: …}` object; the name is the template's own `id.name`.
    #expect(task.range == ByteRange(0, text.utf8.count - 1))
    #expect(
      task.selectionRange == S.range(of: "\"example_workflows.train\"", in: text, occurrence: 1))
    #expect(task.detail == "version v1 · cache v1 · retries 3 · timeout 5m")
    #expect(task.children.map(\.kind).contains(.input))
    let budget = try #require(task.children.first { $0.name == "budget" })
    #expect(budget.detail == "timedelta")
    #expect(budget.selectionRange == S.range(of: "\"budget\"", in: text))
  }

  @Test func flyteIDLListOfTemplates() {
    let text = """
      - {id: {resourceType: TASK, name: t, version: v1}, type: python-task, metadata: {}, interface: {}}
      - {id: {resourceType: TASK, name: t, version: v2}, type: python-task, metadata: {}, interface: {}}

      """
    let symbols = DocumentSymbols.symbols(in: S.file(text))
    #expect(symbols.map(\.name) == ["t", "t"])
    #expect(symbols.map(\.detail) == ["version v1", "version v2"])
    let second = S.offset(of: "name: t, version: v2", in: text) + "name: ".utf8.count
    #expect(symbols[1].selectionRange == ByteRange(second, second + 1))
  }

  @Test func unparseableAndForeignFilesHaveNoSymbols() {
    #expect(DocumentSymbols.symbols(in: S.file("tasks: [\n  - name: a\n")).isEmpty)
    #expect(DocumentSymbols.symbols(in: S.file("{\"tasks\": [", path: "x.json")).isEmpty)
    #expect(DocumentSymbols.symbols(in: S.file("")).isEmpty)
    #expect(DocumentSymbols.symbols(in: S.file("just: a config\n")).isEmpty)
  }

  @Test func nonASCIINamesUseByteOffsets() throws {
    let text = "# données\ntasks:\n  - name: pkg.résumé_日本\n    outputs: {sortie_é: str}\n"
    let task = try #require(DocumentSymbols.symbols(in: S.file(text)).first)
    #expect(task.name == "pkg.résumé_日本")
    #expect(task.selectionRange == S.range(of: "pkg.résumé_日本", in: text))
    #expect(task.range == S.span(from: "name:", to: "str}", in: text))
    #expect(task.children.map(\.name) == ["sortie_é"])
    #expect(task.children.first?.range == S.range(of: "sortie_é: str", in: text))
  }

  @Test func unnamedEntriesStillGetAName() {
    let text =
      "tasks:\n  - retries: 1\n  - name: \"\"\nworkflows:\n  - nodes:\n      - task: pkg.a\n"
    let symbols = DocumentSymbols.symbols(in: S.file(text))
    #expect(symbols.map(\.name) == ["(unnamed task)", "(unnamed task)", "(unnamed workflow)"])
    #expect(symbols.last?.children.map(\.name) == ["pkg.a"])
    #expect(symbols[0].selectionRange == ByteRange.empty(at: S.offset(of: "retries", in: text)))
  }

  @Test func inputsInheritedFromDefaultsAreNotChildren() throws {
    let text = "defaults:\n  inputs: {x: int}\ntasks:\n  - name: a\n"
    let task = try #require(DocumentSymbols.symbols(in: S.file(text)).last)
    #expect(task.name == "a")
    #expect(task.children.isEmpty)
  }

  @Test func aliasesNeverBreakContainment() throws {
    let text = """
      base: &b {name: pkg.a, retries: 1}
      tasks:
        - *b
        - name: pkg.b
          inputs: &in {x: int}
        - name: pkg.c
          inputs: *in

      """
    let symbols = DocumentSymbols.symbols(in: S.file(text))
    #expect(symbols.map(\.name) == ["pkg.a", "pkg.b", "pkg.c"])
    // The aliased task is its anchored mapping (anchor included); inputs shared by alias stay
    // with their owner.
    #expect(symbols[0].range == S.range(of: "&b {name: pkg.a, retries: 1}", in: text))
    #expect(symbols[1].children.map(\.name) == ["x"])
    #expect(symbols[2].children.isEmpty)
    for symbol in symbols {
      #expect(symbol.range.lowerBound <= symbol.selectionRange.lowerBound)
      #expect(symbol.selectionRange.upperBound <= symbol.range.upperBound)
    }
  }

  @Test func realFixture() throws {
    let (file, text) = try S.fixture("ok/long_running_task.yaml")
    let symbols = DocumentSymbols.symbols(in: file)
    #expect(
      symbols.map(\.name) == [
        "defaults", "my_project.tasks.long_running_task", "my_project.tasks.train",
      ])
    #expect(symbols[1].detail == "cache v1.0 · retries 3 · timeout 5m")
    #expect(symbols[1].children.map(\.name) == ["input_data", "debug_mode", "o0"])
    #expect(symbols[2].detail == "cache 2024-06 · retries 2 · timeout 1h30m")
    #expect(symbols[2].selectionRange == S.range(of: "my_project.tasks.train", in: text))
    #expect(
      symbols[2].range == S.span(from: "name: my_project.tasks.train", to: "minutes: 30}", in: text)
    )
  }
}
