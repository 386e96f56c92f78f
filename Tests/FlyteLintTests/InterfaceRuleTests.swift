import FlyteLint
import FlyteManifest
import FlyteSyntax
import Foundation
import Testing

/// Interface rules (FL401–FL405) and FL601 beyond their description examples.
@Suite struct InterfaceRuleTests {
  static let interfaceRules: [any Rule.Type] = [
    InputTypeMissingRule.self, TypeInvalidRule.self, TypePickledRule.self, DefaultTypeMismatchRule.self,
    SimulateInputsMismatchRule.self, TemplateIncompleteRule.self,
  ]

  /// All findings of the interface rules, as "CODE text-at-range: message".
  func lint(_ text: String, path: String = "m.yaml") -> [String] {
    let file = ManifestFile(path: path, bytes: Array(text.utf8))
    #expect(file.tree.errors.isEmpty, "example does not parse: \(file.tree.errors.map(\.message))")
    return Linter(rules: Self.interfaceRules).lint(file).findings.map { finding in
      "\(finding.code) \(file.tree.text(finding.range)): \(finding.message)"
    }
  }

  func findings(_ text: String, path: String = "m.yaml") -> [Finding] {
    Linter(rules: Self.interfaceRules).lint(ManifestFile(path: path, bytes: Array(text.utf8))).findings
  }

  // MARK: examples and fixtures

  @Test func everyRuleExampleParses() {
    for rule in RuleRegistry.all where rule.description.code != "FL001" {
      for example in rule.description.bad + rule.description.good {
        let text = MarkedExample(example).text
        let tree = SyntaxTree.parse(Array(text.utf8), path: "example.yaml")
        #expect(tree.errors.isEmpty, "\(rule.description.code) example does not parse: \(text)")
      }
    }
  }

  static let flyteidlExamples: [String] = {
    let shared = "/work/shared/reference/flyteidl-examples"
    let repo = FixtureGoldenTests.root.appendingPathComponent("fixtures/flyteidl").path
    return [shared, repo].flatMap { dir in
      ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { "\(dir)/\($0)" }
    }
  }()

  @Test func realFlyteidlExamplesAreClean() throws {
    #expect(!Self.flyteidlExamples.isEmpty)
    for path in Self.flyteidlExamples {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      let file = ManifestFile(path: path, bytes: bytes)
      #expect(file.documents.first?.kind == .flyteidl, "\(path)")
      let task = try #require(file.allTasks.first)
      #expect(task.inputs.count == 14 && task.outputs.count == 3, "\(path)")
      let types = TypeEnvironment(tree: file.tree, document: file.documents[0])
      let resolved = Dictionary(uniqueKeysWithValues: task.inputs.map { ($0.name, types.resolve($0, format: .flyteidl).type) })
      #expect(resolved["tag"] == .union([.str, .none]))
      #expect(resolved["mode"] == .enumeration(["fast", "accurate"]))
      #expect(resolved["workdir"] == .directory(format: ""))
      #expect(resolved["cfg"] == .structure)
      let all = Linter().lint(file).findings
      #expect(all.isEmpty, "\(path): \(all.map(\.message))")
    }
  }

  // MARK: FL401

  @Test func missingTypesInEveryForm() {
    let text = """
      tasks:
        - name: t
          inputs:
            a:
            b: ""
            c: {default: 1}
            d: {type: null}
            e: "   "
            f: int
      """
    #expect(lint(text) == ["a", "b", "c", "d", "e"].map { "FL401 \($0): input \"\($0)\" has no type" })
    let note = findings(text).first?.note
    #expect(note == "flytekit: 'a' has no type. Please add a type annotation to the input parameter.")
  }

  @Test func outputsWithoutTypeHaveNoFlytekitNote() {
    let found = findings("tasks:\n  - name: t\n    outputs: {o0: }\n")
    #expect(found.map(\.message) == ["output \"o0\" has no type"])
    #expect(found.first?.note == nil)
  }

  @Test func pickleUntypedTurnsFL401IntoFL403() {
    let text = "defaults: {pickle_untyped: true}\ntasks:\n  - name: t\n    inputs: {a: }\n"
    #expect(lint(text) == ["FL403 a: input \"a\" has no type: with pickle_untyped, flytekit pickles it"])
  }

  @Test func sharedDefaultsInputsAreReportedOnce() {
    let text = """
      defaults:
        inputs: {a: , b: "List[int"}
      tasks:
        - name: t1
        - name: t2
      """
    #expect(lint(text) == [
      "FL401 a: input \"a\" has no type",
      "FL402 [: input \"b\" has an invalid type: \"[\" is never closed",
    ])
  }

  // MARK: FL402

  @Test func invalidTypesPointIntoTheString() {
    let text = """
      tasks:
        - name: t
          inputs:
            a: 'Dict[str, List[int]'
            b: List
            c: "Optional[int] |"
            d: [int]
          outputs:
            o0: "Dict[str, int]  ]"
      """
    #expect(lint(text) == [
      "FL402 [: input \"a\" has an invalid type: \"[\" is never closed",
      "FL402 List: input \"b\" has an invalid type: \"List\" has no element type; write List[T]",
      "FL402 |: input \"c\" has an invalid type: expected a type after \"|\"",
      "FL402 [int]: input \"d\" has an invalid type: a type must be a string in Python annotation syntax, not a list",
      "FL402 ]: output \"o0\" has an invalid type: unexpected \"]\"",
    ])
    let generic = findings(text).filter { $0.message.contains("no element type") }
    #expect(generic.first?.note == "flytekit: Type of Generic List type is not supported, Only generic univariate typing.List[T] type is supported.")
    // The `[` of `List[int]` inside the single-quoted string, not the quote.
    let first = findings(text)[0]
    #expect(first.range.count == 1)
  }

  @Test func escapedOrFoldedTypeStringsFallBackToTheWholeLine() {
    let text = "tasks:\n  - name: t\n    inputs:\n      a: \"List\\x5Bint\"\n      b: >-\n        List[int\n"
    #expect(lint(text) == [
      "FL402 \"List\\x5Bint\": input \"a\" has an invalid type: \"[\" is never closed",
      "FL402 >-: input \"b\" has an invalid type: \"[\" is never closed",
    ])
  }

  @Test func userTypeDeclarations() {
    let text = """
      types:
        Config: dataclass
        Model: pydantic
        Mode: Enum[fast, slow
        Other: dataklass
        Empty:
      tasks:
        - name: t
          inputs: {a: Config, b: Model, c: Mode, d: Other, e: Empty}
      """
    #expect(lint(text) == [
      "FL402 [: user type \"Mode\" is invalid: \"[\" is never closed",
      "FL402 dataklass: user type \"Other\" must be declared as dataclass, pydantic or Enum[…], not \"dataklass\"",
      "FL402 Empty: user type \"Empty\" must be declared as dataclass, pydantic or Enum[…]",
    ])
  }

  @Test func tooDeepTypes() {
    let deep = String(repeating: "List[", count: 70) + "int" + String(repeating: "]", count: 70)
    let found = lint("tasks:\n  - name: t\n    inputs:\n      a: \"\(deep)\"\n")
    #expect(found == ["FL402 [: input \"a\" has an invalid type: type is nested more than 64 levels deep"])
  }

  @Test func malformedLiteralTypes() {
    let text = """
      template:
        type: python-task
        metadata: {}
        interface:
          inputs:
            variables:
              a: {type: {simple: STRING, blob: {}}}
              b: {type: {collectionType: {}}}
              c: {type: {blob: {format: PythonPickle}, metadata: {python_class_name: "<class 'bytes'>"}}}
      """
    #expect(lint(text) == [
      "FL402 blob: input \"a\" has an invalid type: a LiteralType sets one type only; \"simple\" is already set",
      "FL402 {}: input \"b\" has an invalid type: the LiteralType sets none of simple, collectionType, mapValueType, blob, enumType, structuredDatasetType, unionType",
      "FL403 PythonPickle: \"<class 'bytes'>\" has no Flyte type: flytekit pickles input \"c\"",
    ])
  }

  // MARK: FL403

  @Test func pickledTypesWithSuggestions() {
    let text = """
      types: {Config: dataclass}
      tasks:
        - name: t
          inputs:
            a: Confg
            b: Tuple[int, str]
            c: "Dict[str, object]"
      """
    #expect(lint(text) == [
      "FL403 Confg: \"Confg\" has no Flyte type: flytekit pickles input \"a\"; did you mean \"Config\"?",
      "FL403 Tuple[int, str]: \"Tuple[int, str]\" has no Flyte type: flytekit pickles input \"b\"",
      "FL403 object: \"object\" has no Flyte type: flytekit pickles input \"c\"",
    ])
    #expect(findings(text)[0].severity == .warning)
  }

  // MARK: FL404

  @Test func defaultMismatches() {
    let text = """
      types: {Mode: "Enum[fast, accurate]", Config: dataclass}
      tasks:
        - name: t
          inputs:
            a: {type: int, default: true}
            b: {type: int, default: 99999999999999999999}
            c: {type: "Dict[str, float]", default: {x: 1, y: "2"}}
            d: {type: Mode, default: fsat}
            e: {type: datetime, default: 2024-02-30}
            f: {type: FlyteFile, default: ""}
            g: {type: Config, default: [1]}
            h: {type: "Optional[List[int]]", default: [1, 2.5]}
            i: {type: str, default: "ok"}
            j: {type: "Union[int, str]", default: [1]}
      """
    #expect(lint(text) == [
      "FL404 true: default of input \"a\" does not fit \"int\": found a bool",
      "FL404 99999999999999999999: default of input \"b\" does not fit \"int\": found an integer outside the 64-bit range",
      "FL404 \"2\": default of input \"c\" does not fit \"Dict[str, float]\": found a string where \"float\" is expected",
      "FL404 fsat: default of input \"d\" does not fit \"Mode\": found \"fsat\"",
      "FL404 2024-02-30: default of input \"e\" does not fit \"datetime\": found the string \"2024-02-30\", not an ISO 8601 date-time",
      "FL404 \"\": default of input \"f\" does not fit \"FlyteFile\": found an empty string",
      "FL404 [1]: default of input \"g\" does not fit \"Config\": found a list",
      "FL404 2.5: default of input \"h\" does not fit \"Optional[List[int]]\": found a float where \"int\" is expected",
      "FL404 [1]: default of input \"j\" does not fit \"Union[int, str]\": found a list",
    ])
    let help = findings(text).first { $0.message.contains("\"d\"") }?.help
    #expect(help == "expected one of \"fast\", \"accurate\"; did you mean \"fast\"?")
  }

  @Test func nullDefaultExplainsFlytekitsReading() {
    let found = findings("tasks:\n  - name: t\n    inputs:\n      a: {type: int, default: null}\n")
    #expect(found.map(\.code) == ["FL404"])
    #expect(found.first?.help?.contains("flytekit treats a None default as no default") == true)
  }

  // MARK: FL405

  @Test func simulateInputsAndOutputs() {
    let text = """
      tasks:
        - name: t
          inputs:
            a: int
            b: {type: str, default: x}
            c: "Optional[int]"
            d: FlyteFile
          outputs:
            o0: str
            o1: "Optional[str]"
          simulate:
            inputs:
              a: 1
              bb: 2
              c: null
            outputs:
              o2: 3
      """
    #expect(lint(text) == [
      "FL405 inputs: simulate.inputs lacks required input \"d\"",
      "FL405 bb: simulate.inputs names \"bb\", which is not an input of the task; did you mean \"b\"?",
      "FL405 outputs: simulate.outputs lacks required output \"o0\"",
      "FL405 o2: simulate.outputs names \"o2\", which is not an output of the task; did you mean \"o0\"?",
    ])
  }

  @Test func simulateWithoutInputsOrWithEmptyOnes() {
    #expect(lint("tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    simulate: {duration: 1s}\n") == [
      "FL405 simulate: simulate has no \"inputs\" but the task requires inputs \"a\", \"b\""
    ])
    #expect(lint("tasks:\n  - name: t\n    inputs: {a: int}\n    simulate:\n      inputs:\n") == [
      "FL405 inputs: simulate.inputs lacks required input \"a\""
    ])
    #expect(lint("tasks:\n  - name: t\n    inputs: [a]\n    simulate: {inputs: {a: 1}}\n").isEmpty)
    #expect(lint("tasks:\n  - name: t\n    simulate: {inputs: {x: 1}}\n") == [
      "FL405 x: simulate.inputs names \"x\", which is not an input of the task"
    ])
  }

  @Test func simulateFromDefaultsPointsAtTheDefaultWithTheTaskAsRelated() {
    let text = "defaults:\n  simulate: {inputs: {}}\ntasks:\n  - name: t\n    inputs: {a: int}\n"
    let found = findings(text)
    #expect(found.map(\.message) == ["simulate.inputs lacks required input \"a\""])
    #expect(found.first?.related.first?.message == "set in \"defaults\" for task \"t\"")
  }

  // MARK: FL601

  @Test func templateChecksInJSON() {
    let text = """
      [{"id": {"resourceType": "TASK", "name": "a"}, "closure": {"compiledTask": {"template": {"id": {"name": "a"}}}}},
       {"template": {"type": "python-task", "metadata": {"runtime": {"flavor": "python"}}, "interface": {}}}]
      """
    #expect(lint(text, path: "t.json").sorted() == [
      "FL601 \"id\": missing metadata",
      "FL601 \"id\": missing type",
      "FL601 \"id\": missing typed interface",
      "FL601 \"runtime\": missing runtime version",
    ])
  }

  @Test func nativeTasksAreNotTemplates() {
    #expect(lint("tasks:\n  - name: t\n    inputs: {a: int}\n").isEmpty)
  }

  // MARK: robustness

  @Test func hostileTypeStringsStayFast() {
    let hostile = String(repeating: "Optional[", count: 20_000)
    let unions = String(repeating: "int | ", count: 20_000) + "str"
    let text = "tasks:\n  - name: t\n    inputs:\n      a: \"\(hostile)\"\n      b: \"\(unions)\"\n"
    let clock = ContinuousClock()
    var found: [String] = []
    let elapsed = clock.measure { found = lint(text) }
    #expect(found.count == 1)
    #expect(elapsed < .seconds(2))
  }
}
