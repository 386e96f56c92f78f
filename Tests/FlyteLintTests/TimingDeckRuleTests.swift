import FlyteLint
import Foundation
import FlyteManifest
import FlyteSyntax
import Testing

/// The rules of this area, for cross-rule checks.
private let timingDeckRules: [any Rule.Type] = [
  InvalidValueTypeRule.self, YAML11ScalarRule.self, TimeoutInvalidRule.self, TimeoutNegativeRule.self,
  TimeoutZeroRule.self, TimeoutOutOfBoundsRule.self, RetriesOutOfRangeRule.self, RetriesTooManyRule.self,
  DeckFlagsConflictRule.self, DisableDeckDeprecatedRule.self, DeckFieldInvalidRule.self,
  DeckFieldsIgnoredRule.self, DeckFieldDuplicateRule.self, DeckFieldsEmptyRule.self,
]

private func lint(
  _ text: String, path: String = "m.yaml", rules: [any Rule.Type] = RuleRegistry.defaultRules,
  options: LintOptions = LintOptions()
) -> [Finding] {
  let file = ManifestFile(path: path, bytes: Array(text.utf8))
  return Linter(rules: rules, options: options).lint(file).findings
}

private func codes(_ text: String, path: String = "m.yaml", options: LintOptions = LintOptions()) -> [String] {
  lint(text, path: path, options: options).map(\.code)
}

/// The text a finding points at.
private func marked(_ finding: Finding, in text: String) -> String {
  String(decoding: Array(text.utf8)[finding.range.lowerBound..<finding.range.upperBound], as: UTF8.self)
}

/// Applies the one fix of `code` and checks the result parses and no longer has that finding.
@discardableResult
private func fixed(
  _ code: String, in text: String, path: String = "m.yaml", safety: Fix.Applicability = .safe,
  sourceLocation: SourceLocation = #_sourceLocation
) -> String {
  let found = lint(text, path: path).filter { $0.code == code }
  #expect(found.count == 1, "expected one \(code) in:\n\(text)\ngot \(found.map(\.message))", sourceLocation: sourceLocation)
  guard let fix = found.first?.fix else {
    Issue.record("\(code) has no fix", sourceLocation: sourceLocation)
    return text
  }
  #expect(fix.applicability == safety, sourceLocation: sourceLocation)
  let result = applying(fix, to: text)
  let file = ManifestFile(path: path, bytes: Array(result.utf8))
  #expect(file.tree.errors.isEmpty, "fixed text does not parse:\n\(result)", sourceLocation: sourceLocation)
  #expect(file.isManifest, "fixed text is no longer a manifest:\n\(result)", sourceLocation: sourceLocation)
  let after = Linter().lint(file).findings.filter { $0.code == code }
  #expect(after.isEmpty, "\(code) still reported after the fix:\n\(result)\n\(after.map(\.message))", sourceLocation: sourceLocation)
  return result
}

private let flyteIDLJSON = """
  {
    "id": {"resourceType": "TASK", "project": "p", "domain": "d", "name": "wf.train", "version": "v1"},
    "closure": {"compiledTask": {"template": {
      "id": {"resourceType": "TASK", "project": "p", "domain": "d", "name": "wf.train", "version": "v1"},
      "type": "python-task",
      "metadata": {"runtime": {"type": "FLYTE_SDK", "version": "1.16.31", "flavor": "python"},
        "timeout": TIMEOUT, "retries": {"retries": RETRIES}, "generatesDeck": false},
      "interface": {}
    }}}
  }
  """

private func flyteIDL(timeout: String, retries: String = "3") -> String {
  var text = ""
  for (index, piece) in flyteIDLJSON.split(separator: "TIMEOUT", omittingEmptySubsequences: false).enumerated() {
    text += (index > 0 ? timeout : "") + piece
  }
  var out = ""
  for (index, piece) in text.split(separator: "RETRIES", omittingEmptySubsequences: false).enumerated() {
    out += (index > 0 ? retries : "") + piece
  }
  return out
}

@Suite struct TimingDeckRuleTests {
  // MARK: flyteidl

  @Test func flyteIDLTimeoutForms() {
    #expect(codes(flyteIDL(timeout: "\"300s\""), path: "t.json") == [])
    #expect(codes(flyteIDL(timeout: "\"90.500s\""), path: "t.json") == [])
    #expect(codes(flyteIDL(timeout: "\"-5s\""), path: "t.json") == ["FL202"])
    #expect(codes(flyteIDL(timeout: "\"0s\""), path: "t.json") == ["FL203"])
    #expect(codes(flyteIDL(timeout: "\"0.000s\""), path: "t.json") == ["FL203"])
    #expect(codes(flyteIDL(timeout: "\"604801s\""), path: "t.json") == ["FL204"])
    #expect(codes(flyteIDL(timeout: "\"315576000001s\""), path: "t.json") == ["FL201"])
    #expect(codes(flyteIDL(timeout: "\"5m\""), path: "t.json") == ["FL201"])
    #expect(codes(flyteIDL(timeout: "300"), path: "t.json") == ["FL201"])
    #expect(codes(flyteIDL(timeout: "null"), path: "t.json") == [])
    let text = flyteIDL(timeout: "\"-5s\"")
    let finding = lint(text, path: "t.json").first!
    #expect(marked(finding, in: text) == "\"-5s\"")
    #expect(finding.message == "timeout \"-5s\" is negative; the platform ignores it, so the task has no timeout")
    // flytekit is not involved in a flyteidl file: no flytekit note.
    let invalid = lint(flyteIDL(timeout: "\"5m\""), path: "t.json").first!
    #expect(invalid.note == nil)
  }

  @Test func flyteIDLRetries() {
    #expect(codes(flyteIDL(timeout: "\"5s\"", retries: "\"3\""), path: "t.json") == [])
    #expect(codes(flyteIDL(timeout: "\"5s\"", retries: "11"), path: "t.json") == ["FL206"])
    #expect(codes(flyteIDL(timeout: "\"5s\"", retries: "\"11\""), path: "t.json") == ["FL206"])
    #expect(codes(flyteIDL(timeout: "\"5s\"", retries: "4294967296"), path: "t.json") == ["FL205"])
    #expect(codes(flyteIDL(timeout: "\"5s\"", retries: "-1"), path: "t.json") == ["FL205"])
    #expect(codes(flyteIDL(timeout: "\"5s\"", retries: "true"), path: "t.json") == ["FL004"])
    let finding = lint(flyteIDL(timeout: "\"5s\"", retries: "-1"), path: "t.json").first!
    #expect(finding.note == nil)
    // The shipped fixtures (flytekit's own output, and a clean native manifest) are clean for
    // these rules.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("fixtures")
    for name in ["flyteidl/train.task.json", "flyteidl/train.task.yaml", "ok/long_running_task.yaml"] {
      let url = root.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url) else {
        Issue.record("missing fixture \(name)")
        continue
      }
      let file = ManifestFile(path: name, bytes: [UInt8](data))
      #expect(file.isManifest, "\(name)")
      let found = Linter(rules: timingDeckRules).lint(file).findings
      #expect(found.isEmpty, "\(name): \(found.map { "\($0.code) \($0.message)" })")
    }
  }

  @Test func flyteIDLYAMLTemplate() {
    let text = "type: python-task\nmetadata:\n  timeout: \"-5s\"\n  retries: {retries: 12}\n  interruptible: \"yes\"\ninterface: {}\n"
    #expect(codes(text) == ["FL202", "FL206", "FL004"])
  }

  // MARK: defaults

  @Test func defaultsAreReportedOnceAtTheDefault() {
    let text = """
      defaults:
        timeout: -5
        retries: "3"
        disable_deck: true
      tasks:
        - name: a
        - name: b
        - name: c
          timeout: 5m
          retries: 1
          enable_deck: true
      """
    let found = lint(text, rules: timingDeckRules)
    #expect(found.map(\.code) == ["FL202", "FL004", "FL302", "FL301"])
    let negative = found[0]
    #expect(marked(negative, in: text) == "-5")
    #expect(negative.related.map(\.message) == ["set in \"defaults\" for task \"a\""])
    #expect(marked(found[1], in: text) == "\"3\"")
    #expect(found[1].note == "flytekit: 'str' object cannot be interpreted as an integer")
    // Task c sets enable_deck and inherits disable_deck: that is FL301, at c's own key.
    let conflict = lint(text, rules: [DeckFlagsConflictRule.self])
    #expect(conflict.count == 1)
    #expect(marked(conflict[0], in: text) == "enable_deck")
    #expect(conflict[0].related.map(\.message) == ["\"disable_deck\" is set here"])
  }

  @Test func defaultsFixRewritesTheDefault() {
    let text = "defaults:\n  disable_deck: true\ntasks:\n  - name: a\n  - name: b\n"
    let result = fixed("FL302", in: text)
    #expect(result == "defaults:\n  enable_deck: false\ntasks:\n  - name: a\n  - name: b\n")
  }

  @Test func taskValueWinsOverDefault() {
    let text = "defaults:\n  timeout: -5\ntasks:\n  - name: a\n    timeout: 10m\n"
    #expect(codes(text) == [])
  }

  // MARK: bounds from options

  @Test func timeoutBoundsFromOptions() {
    var options = LintOptions()
    options.timeoutMin = 10
    options.timeoutMax = 3600
    func check(_ timeout: String) -> [String] {
      codes("tasks:\n  - name: t\n    timeout: \(timeout)\n", options: options)
    }
    #expect(check("9") == ["FL204"])
    #expect(check("10") == [])
    #expect(check("1h") == [])
    #expect(check("3601") == ["FL204"])
    #expect(check("{hours: 1, microseconds: 1}") == ["FL204"])
    #expect(check("\"01:00:00\"") == [])
    #expect(check("8d") == ["FL204"])
    #expect(check("0") == ["FL203"])
    #expect(check("-1h") == ["FL202"])
    let below = lint("tasks:\n  - name: t\n    timeout: 5\n", options: options).first!
    #expect(below.message == "timeout \"5\" (5s) is below the minimum of 10s")
    let above = lint("tasks:\n  - name: t\n    timeout: 2h\n", options: options).first!
    #expect(above.message == "timeout \"2h\" is above the maximum of 1h")

    options.timeoutMin = 0.5
    #expect(check("0.4s") == ["FL204"])
    #expect(check("0.5s") == [])
    #expect(check("{milliseconds: 499.9}") == ["FL204"])
  }

  @Test func defaultBounds() {
    #expect(codes("tasks:\n  - name: t\n    timeout: 7d\n") == [])
    #expect(codes("tasks:\n  - name: t\n    timeout: PT168H\n") == [])
    #expect(codes("tasks:\n  - name: t\n    timeout: 604801\n") == ["FL204"])
    #expect(codes("tasks:\n  - name: t\n    timeout: 999ms\n") == ["FL204"])
  }

  @Test func retriesMaxFromOptions() {
    var options = LintOptions()
    options.retriesMax = 2
    #expect(codes("tasks:\n  - name: t\n    retries: 2\n", options: options) == [])
    #expect(codes("tasks:\n  - name: t\n    retries: 3\n", options: options) == ["FL206"])
    #expect(codes("tasks:\n  - name: t\n    retries: 0x10\n", options: options) == ["FL206"])
    let finding = lint("tasks:\n  - name: t\n    retries: 0x10\n", options: options).first!
    #expect(finding.message == "retries \"0x10\" (16) is above the maximum of 2")
  }

  // MARK: one root cause, one finding

  @Test func precedence() {
    // FL202/FL203 before FL204.
    #expect(codes("tasks:\n  - name: t\n    timeout: -8d\n") == ["FL202"])
    #expect(codes("tasks:\n  - name: t\n    timeout: 0s\n") == ["FL203"])
    // FL205 before FL206.
    #expect(codes("tasks:\n  - name: t\n    retries: 99999999999999999999\n") == ["FL205"])
    // FL007 before FL004 and FL201: a YAML 1.1 reading of the expected type.
    #expect(codes("tasks:\n  - name: t\n    interruptible: yes\n") == ["FL007"])
    #expect(codes("tasks:\n  - name: t\n    enable_deck: ON\n") == ["FL007"])
    #expect(codes("tasks:\n  - name: t\n    retries: 1:30\n") == ["FL007"])
    #expect(codes("tasks:\n  - name: t\n    timeout: 1:30\n") == ["FL007"])
    // … but not a quoted string, nor a YAML 1.1 bool where no bool is expected.
    #expect(codes("tasks:\n  - name: t\n    interruptible: \"yes\"\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    timeout: yes\n") == ["FL007", "FL201"])
    // FL303 before FL304; FL301 before FL302.
    #expect(codes("tasks:\n  - name: t\n    deck_fields: [input]\n") == ["FL303"])
    #expect(codes("tasks:\n  - name: t\n    enable_deck: false\n    disable_deck: true\n") == ["FL301"])
  }

  @Test func yaml11BooleansSwitchDecks() {
    // `enable_deck: yes` is read as true: decks are on, so deck_fields is not ignored.
    let text = "tasks:\n  - name: t\n    enable_deck: yes\n    deck_fields: [Input]\n"
    #expect(codes(text) == ["FL007"])
    let off = "tasks:\n  - name: t\n    enable_deck: off\n    deck_fields: [Input]\n"
    #expect(codes(off) == ["FL007", "FL304"])
    #expect(codes("tasks:\n  - name: t\n    disable_deck: no\n    deck_fields: []\n") == ["FL302", "FL007", "FL306"])
  }

  // MARK: messages and notes

  @Test func timeoutMessagesAndNotes() {
    let flytekit = "flytekit: timeout should be duration represented as either a datetime.timedelta or int seconds"
    func only(_ timeout: String) -> Finding {
      let found = lint("tasks:\n  - name: t\n    timeout: \(timeout)\n", rules: [TimeoutInvalidRule.self])
      #expect(found.count == 1, "\(timeout)")
      return found[0]
    }
    #expect(only("1.5").note == flytekit)
    #expect(only("1.0").message == "timeout \"1.0\" is a float; flytekit takes whole seconds as an int")
    #expect(only("\"300\"").note == flytekit)
    #expect(only("\"300\"").message.hasPrefix("timeout \"300\" is not a valid duration: a number in a string needs a unit"))
    #expect(only("[1]").note == flytekit)
    #expect(only("true").note == nil)
    #expect(only("true").message == "timeout \"true\" is a bool (flytekit reads true as 1 second)")
    #expect(only("false").note == nil)
    #expect(only("\"\"").note == nil)
    #expect(only("{mins: 5}").note == nil)
    #expect(only("315576000001").note == nil)
    #expect(only("{days: 1e300}").message == "timeout is beyond ±315576000000 seconds, the largest duration flyteidl can hold")
    let metadata = lint("tasks:\n  - name: t\n    metadata:\n      timeout: 2.5\n", rules: [TimeoutInvalidRule.self])
    #expect(metadata.first?.note == flytekit)
  }

  @Test func retriesNotes() {
    let negative = lint("tasks:\n  - name: t\n    retries: -1\n").first!
    #expect(negative.code == "FL205")
    #expect(negative.note == "flytekit: Value out of range: -1")
    #expect(negative.message == "retries \"-1\" is out of range; it must be between 0 and 4294967295")
    #expect(lint("tasks:\n  - name: t\n    retries: 4294967296\n").first?.note == "flytekit: Value out of range: 4294967296")
    #expect(codes("tasks:\n  - name: t\n    retries: 4294967295\n") == ["FL206"])
  }

  @Test func deckNotes() {
    let text = "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [input]\n"
    let finding = lint(text).first!
    #expect(finding.message == "\"input\" is not a deck field; did you mean \"Input\"?")
    #expect(
      finding.note
        == "flytekit: Element input from deck_fields param is not a valid deck field. Please use one of {<DeckField.INPUT: 'Input'>, <DeckField.OUTPUT: 'Output'>, <DeckField.SOURCE_CODE: 'Source Code'>, <DeckField.TIMELINE: 'Timeline'>, <DeckField.DEPENDENCIES: 'Dependencies'>}"
    )
    // flytekit checks deck fields only when decks are on: no note otherwise.
    let off = lint("tasks:\n  - name: t\n    deck_fields: [input]\n").first!
    #expect(off.code == "FL303" && off.note == nil)
    let conflict = lint("tasks:\n  - name: t\n    enable_deck: true\n    disable_deck: false\n").first!
    #expect(conflict.note == "flytekit: only one of [disable_deck, enable_deck] can be set")
    // A string instead of a list: flytekit iterates its characters.
    let string = lint("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: Input\n").first!
    #expect(string.code == "FL004")
    #expect(string.note?.hasPrefix("flytekit: Element I from deck_fields param") == true)
  }

  @Test func suggestions() {
    func suggestion(_ field: String) -> String? {
      lint("tasks:\n  - name: t\n    deck_fields: [\"\(field)\"]\n", rules: [DeckFieldInvalidRule.self]).first?.fix?.edits.first?.newText
    }
    #expect(suggestion("input") == "\"Input\"")
    #expect(suggestion("SOURCE_CODE") == "\"Source Code\"")
    #expect(suggestion("source_code") == "\"Source Code\"")
    #expect(suggestion("source-code") == "\"Source Code\"")
    #expect(suggestion("DeckField.TIMELINE") == "\"Timeline\"")
    #expect(suggestion("Timline") == "\"Timeline\"")
    #expect(suggestion("dependency") == "\"Dependencies\"")
    #expect(suggestion("bogus") == nil)
  }

  @Test func messagesFollowConventions() {
    for rule in timingDeckRules {
      for example in rule.description.bad {
        let text = MarkedExample(example).text
        for finding in lint(text, rules: timingDeckRules) {
          let first = finding.message.first!
          #expect(!first.isUppercase, "\(finding.code): \(finding.message)")
          #expect(!finding.message.hasSuffix("."), "\(finding.code): \(finding.message)")
          let covered = Array(text.utf8)[finding.range.lowerBound..<finding.range.upperBound]
          #expect(!covered.contains(UInt8(ascii: "\n")), "\(finding.code) spans lines")
          if let note = finding.note { #expect(note.hasPrefix("flytekit: ")) }
        }
      }
    }
  }

  @Test func blockValuesPointAtOneLine() {
    let text = "tasks:\n  - name: t\n    timeout:\n      seconds: -1\n      minutes: 0\n"
    let found = lint(text)
    #expect(found.map(\.code) == ["FL202"])
    #expect(marked(found[0], in: text) == "timeout")
    let field = "tasks:\n  - name: t\n    timeout:\n      minutes: 5\n      secs: 1\n"
    let invalid = lint(field)
    #expect(invalid.map(\.code) == ["FL201"])
    #expect(marked(invalid[0], in: field) == "secs")
    let empty = "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n"
    #expect(codes(empty) == ["FL306"])
  }

  // MARK: fixes

  @Test func disableDeckFix() {
    #expect(fixed("FL302", in: "tasks:\n  - name: t\n    disable_deck: true\n") == "tasks:\n  - name: t\n    enable_deck: false\n")
    #expect(fixed("FL302", in: "tasks:\n  - name: t\n    disable_deck: no  # keep\n") == "tasks:\n  - name: t\n    enable_deck: true  # keep\n")
    #expect(fixed("FL302", in: "tasks:\n  - {name: t, disable_deck: false}\n") == "tasks:\n  - {name: t, enable_deck: true}\n")
    let json = "{\"tasks\": [{\"name\": \"t\", \"disable_deck\": true}]}"
    #expect(fixed("FL302", in: json, path: "m.json") == "{\"tasks\": [{\"name\": \"t\", \"enable_deck\": false}]}")
    // No fix when the value is no bool.
    let odd = lint("tasks:\n  - name: t\n    disable_deck: \"maybe\"\n").first { $0.code == "FL302" }
    #expect(odd != nil && odd?.fix == nil)
  }

  @Test func deckFieldInvalidFix() {
    #expect(
      fixed("FL303", in: "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [input]\n")
        == "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input]\n")
    #expect(
      fixed("FL303", in: "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - SOURCE_CODE\n")
        == "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - Source Code\n")
    #expect(
      fixed("FL303", in: "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, 'source code']\n")
        == "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, 'Source Code']\n")
    let json = "{\"tasks\": [{\"name\": \"t\", \"enable_deck\": true, \"deck_fields\": [\"source_code\"]}]}"
    #expect(
      fixed("FL303", in: json, path: "m.json")
        == "{\"tasks\": [{\"name\": \"t\", \"enable_deck\": true, \"deck_fields\": [\"Source Code\"]}]}")
  }

  @Test func deckFieldDuplicateFix() {
    let cases: [(String, String, String)] = [
      ("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Timeline, Timeline]\n",
       "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Timeline]\n", "m.yaml"),
      ("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Output, Input, Timeline]\n",
       "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Output, Timeline]\n", "m.yaml"),
      ("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - Input\n      - Input  # again\n      - Output\n",
       "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - Input\n      - Output\n", "m.yaml"),
      ("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n    - Input\n    - Input\n",
       "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n    - Input\n", "m.yaml"),
      ("tasks:\r\n  - name: t\r\n    enable_deck: true\r\n    deck_fields:\r\n      - Input\r\n      - Input\r\n",
       "tasks:\r\n  - name: t\r\n    enable_deck: true\r\n    deck_fields:\r\n      - Input\r\n", "m.yaml"),
      ("{\"tasks\": [{\"name\": \"t\", \"enable_deck\": true, \"deck_fields\": [\"Input\", \"Input\"]}]}",
       "{\"tasks\": [{\"name\": \"t\", \"enable_deck\": true, \"deck_fields\": [\"Input\"]}]}", "m.json"),
      ("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [\n      Input,\n      Input\n      ]\n",
       "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [\n      Input\n      ]\n", "m.yaml"),
    ]
    for (before, after, path) in cases {
      // Removing a line that carries a comment deletes the comment too: unsafe.
      #expect(fixed("FL305", in: before, path: path, safety: before.contains("#") ? .unsafe : .safe) == after)
    }
    // Three of a kind: two findings; fixing both (one pass each) leaves one.
    let three = "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Input, Input]\n"
    #expect(lint(three).filter { $0.code == "FL305" }.count == 2)
  }

  @Test func yaml11Fixes() {
    #expect(fixed("FL007", in: "tasks:\n  - name: t\n    interruptible: yes\n") == "tasks:\n  - name: t\n    interruptible: true\n")
    #expect(fixed("FL007", in: "tasks:\n  - name: t\n    cache_serialize: Off\n") == "tasks:\n  - name: t\n    cache_serialize: false\n")
    #expect(fixed("FL007", in: "tasks:\n  - name: t\n    retries: 010\n") == "tasks:\n  - name: t\n    retries: 8\n")
    #expect(fixed("FL007", in: "tasks:\n  - name: t\n    timeout: 1:30\n") == "tasks:\n  - name: t\n    timeout: 90\n")
    #expect(
      fixed("FL007", in: "tasks:\n  - name: t\n    deprecated: no\n", safety: .unsafe)
        == "tasks:\n  - name: t\n    deprecated: \"no\"\n")
    #expect(
      fixed("FL007", in: "tasks:\n  - name: t\n    cache_version: 0777\n", safety: .unsafe)
        == "tasks:\n  - name: t\n    cache_version: \"0777\"\n")
    #expect(
      fixed("FL007", in: "tasks:\n  - name: t\n    simulate: {flag: on}\n", safety: .unsafe)
        == "tasks:\n  - name: t\n    simulate: {flag: true}\n")
    #expect(
      fixed("FL007", in: "tasks:\n  - name: t\n    inputs: {debug: {type: bool, default: n}}\n")
        == "tasks:\n  - name: t\n    inputs: {debug: {type: bool, default: false}}\n")
    #expect(fixed("FL007", in: "defaults:\n  interruptible: Y\ntasks:\n  - name: t\n") == "defaults:\n  interruptible: true\ntasks:\n  - name: t\n")
    #expect(fixed("FL007", in: "tasks:\n  - name: t\n    cache: {version: v1, serialize: yes}\n") == "tasks:\n  - name: t\n    cache: {version: v1, serialize: true}\n")
  }

  @Test func yaml11BooleansPyYAMLDoesNotRead() {
    // PyYAML reads `y`, `n` and mixed case as strings: only flagged where a bool is expected.
    #expect(codes("tasks:\n  - name: t\n    deprecated: n\n    labels: {a: y, b: yEs}\n") == [])
    let found = lint("tasks:\n  - name: t\n    interruptible: y\n").first!
    #expect(found.code == "FL007")
    #expect(found.message == "\"y\" is the bool true in YAML 1.1, but the string \"y\" in YAML 1.2 and in PyYAML")
    #expect(fixed("FL007", in: "tasks:\n  - name: t\n    interruptible: y\n") == "tasks:\n  - name: t\n    interruptible: true\n")
  }

  @Test func yaml11OnlyInYAMLManifests() {
    #expect(codes("{\"tasks\": [{\"name\": \"t\", \"interruptible\": true}]}", path: "m.json") == [])
    // Not a manifest: not ours to judge.
    #expect(codes("settings:\n  verbose: yes\n").isEmpty)
    // A second document that is not a manifest is left alone.
    #expect(codes("tasks:\n  - name: t\n---\nverbose: yes\n") == [])
  }

  @Test func invalidValueTypes() {
    #expect(codes("tasks:\n  - name: t\n    retries: 3.0\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    retries: true\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    retries: null\n") == [])
    #expect(codes("tasks:\n  - name: t\n    cache_serialize: 1\n    cache: true\n    cache_version: v1\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    pod_template_name: [a]\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    deprecated: true\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    metadata: {interruptible: 1}\n") == ["FL004"])
    #expect(codes("tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: {Input: 1}\n") == ["FL004"])
    let found = lint("tasks:\n  - name: t\n    retries: \"3\"\n").first!
    #expect(found.message == "expected an int for \"retries\", got the string \"3\"")
    #expect(found.help == "remove the quotes: 3")
    let item = "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields:\n      - Input\n      - 7\n"
    let itemFinding = lint(item).first!
    #expect(marked(itemFinding, in: item) == "7")
    #expect(itemFinding.note?.hasPrefix("flytekit: Element 7 from deck_fields") == true)
    // flyteidl key names are kept in messages.
    let idl = "type: python-task\nmetadata:\n  cacheSerializable: \"true\"\ninterface: {}\n"
    #expect(lint(idl).first?.message == "expected a bool for \"cacheSerializable\", got the string \"true\"")
  }

  @Test func deckFieldsIgnoredPointsAtTheSwitch() {
    let text = "tasks:\n  - name: t\n    enable_deck: false\n    deck_fields: [Input]\n"
    let found = lint(text).first!
    #expect(found.code == "FL304")
    #expect(marked(found, in: text) == "deck_fields")
    #expect(found.related.map(\.message) == ["decks are turned off here"])
    let byDefault = lint("tasks:\n  - name: t\n    deck_fields: [Input]\n").first!
    #expect(byDefault.related.isEmpty)
    #expect(byDefault.help?.contains("enable_deck: true") == true)
  }
}
