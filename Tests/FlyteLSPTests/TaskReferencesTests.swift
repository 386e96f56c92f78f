import FlyteLSP
import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct TaskReferencesTests {
  typealias S = SymbolTestSupport

  static let text = """
    tasks:
      - name: pkg.train
      - name: "pkg.score"
    workflows:
      - name: wf
        nodes:
          - id: n0
            task: pkg.train
          - {id: n1, task: "pkg.score"}

    """

  @Test func cursorAnywhereInANodesTaskValue() throws {
    let text = Self.text
    let file = S.file(text)
    let value = S.range(of: "pkg.train", in: text, occurrence: 1)
    for offset in value.lowerBound...value.upperBound {
      let found = try #require(TaskReferences.reference(in: file, at: offset), "offset \(offset)")
      #expect(found.name == "pkg.train")
      #expect(found.range == value)
    }
    #expect(TaskReferences.reference(in: file, at: value.lowerBound - 1) == nil)  // the space
    #expect(TaskReferences.reference(in: file, at: value.upperBound + 1) == nil)  // next line
    #expect(
      TaskReferences.reference(in: file, at: S.offset(of: "task: pkg.train", in: text)) == nil)
  }

  @Test func quotedValueInAFlowMapping() throws {
    let text = Self.text
    let quoted = S.range(of: "\"pkg.score\"", in: text, occurrence: 1)
    for offset in [quoted.lowerBound, quoted.lowerBound + 3, quoted.upperBound] {
      let found = try #require(TaskReferences.reference(in: S.file(text), at: offset))
      #expect(found.name == "pkg.score")
      #expect(found.range == quoted)
    }
  }

  @Test func cursorOnATasksOwnName() throws {
    let text = Self.text
    let name = S.range(of: "pkg.train", in: text)
    let found = try #require(TaskReferences.reference(in: S.file(text), at: name.upperBound))
    #expect(found.name == "pkg.train")
    #expect(found.range == name)
    // The workflow's own name and node ids are not task references.
    #expect(TaskReferences.reference(in: S.file(text), at: S.offset(of: "wf", in: text)) == nil)
    #expect(TaskReferences.reference(in: S.file(text), at: S.offset(of: "n0", in: text)) == nil)
  }

  @Test func declarationsListEveryNamedTask() {
    let text = Self.text
    let declarations = TaskReferences.declarations(in: S.file(text))
    #expect(declarations.map(\.name) == ["pkg.train", "pkg.score"])
    #expect(
      declarations.map(\.range) == [
        S.range(of: "pkg.train", in: text), S.range(of: "\"pkg.score\"", in: text),
      ])
  }

  @Test func definitionFromAReferenceFindsTheDeclaration() throws {
    let text = Self.text
    let file = S.file(text)
    let reference = try #require(
      TaskReferences.reference(in: file, at: S.offset(of: "pkg.train", in: text, occurrence: 1)))
    let targets = TaskReferences.declarations(in: file).filter { $0.name == reference.name }
    #expect(targets.map(\.range) == [S.range(of: "pkg.train", in: text)])
  }

  @Test func mappingFormKeysAndMultipleDocuments() throws {
    let text =
      "tasks:\n  train: {retries: 1}\n---\nworkflows:\n  - name: wf\n    nodes:\n      - {id: a, task: train}\n"
    let file = S.file(text)
    #expect(TaskReferences.declarations(in: file).map(\.range) == [S.range(of: "train", in: text)])
    let use = S.range(of: "train", in: text, occurrence: 1)
    let found = try #require(TaskReferences.reference(in: file, at: use.lowerBound + 2))
    #expect(found.name == "train")
    #expect(found.range == use)
  }

  @Test func jsonManifestAndFlyteIDLDeclarations() throws {
    let json =
      #"{"tasks": [{"name": "a.b"}], "workflows": [{"name": "w", "nodes": [{"id": "n", "task": "a.b"}]}]}"#
    let file = S.file(json, path: "m.json")
    let use = S.range(of: "\"a.b\"", in: json, occurrence: 1)
    #expect(try #require(TaskReferences.reference(in: file, at: use.upperBound)).range == use)
    let (idl, idlText) = try S.fixture("flyteidl/train.task.yaml")
    let declarations = TaskReferences.declarations(in: idl)
    #expect(declarations.map(\.name) == ["example_workflows.train"])
    let name = try #require(declarations.first).range
    #expect(
      idlText.utf8.dropFirst(name.lowerBound).prefix(name.count).elementsEqual(
        "example_workflows.train".utf8))
  }

  @Test func nonASCIIAndBrokenFiles() throws {
    let text = "tasks:\n  - name: é.日本\nworkflows:\n  - name: w\n    nodes: [{id: n, task: é.日本}]\n"
    let use = S.range(of: "é.日本", in: text, occurrence: 1)
    let found = try #require(TaskReferences.reference(in: S.file(text), at: use.upperBound))
    #expect(found.name == "é.日本")
    #expect(found.range == use)
    let broken = S.file("tasks: [\n  - name: a\n")
    #expect(TaskReferences.reference(in: broken, at: 12) == nil)
    #expect(TaskReferences.declarations(in: broken).isEmpty)
    #expect(TaskReferences.reference(in: S.file(""), at: 0) == nil)
    #expect(TaskReferences.reference(in: S.file(text), at: 10_000) == nil)
    #expect(TaskReferences.reference(in: S.file(text), at: -1) == nil)
  }
}
