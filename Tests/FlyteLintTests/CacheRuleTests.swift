import FlyteLint
import Foundation
import FlyteManifest
import FlyteSyntax
import Testing

/// Applies a fix's edits to `text` (edits never overlap; applied from the end).
func applying(_ fix: Fix, to text: String) -> String {
  var bytes = Array(text.utf8)
  for edit in fix.edits.sorted(by: { $0.range.start > $1.range.start }) {
    bytes.replaceSubrange(edit.range.lowerBound..<edit.range.upperBound, with: Array(edit.newText.utf8))
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// Applies every fix of `rule`'s findings at once, as `--fix` does in one pass.
func applyingAll(of rule: any Rule.Type, to text: String, path: String = "example.yaml") -> String {
  var edits: [TextEdit] = []
  for finding in findings(of: rule, in: text, path: path) {
    if let fix = finding.fix { edits += fix.edits }
  }
  return applying(Fix(.safe, "all", edits: edits), to: text)
}

func parses(_ text: String, path: String = "example.yaml") -> Bool {
  ManifestFile(path: path, bytes: Array(text.utf8)).tree.errors.isEmpty
}

@Suite struct CacheRuleTests {
  // MARK: fixes

  @Test(arguments: [
    ("flow", "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: v1, ignored_inputs: [a, a, b]}\n",
     "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: v1, ignored_inputs: [a, b]}\n"),
    ("flow last", "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: {version: v1, ignored_inputs: [a, a]}\n",
     "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: {version: v1, ignored_inputs: [a]}\n"),
    ("block", "tasks:\n  - name: t\n    cache: true\n    cache_version: v1\n    cache_ignore_input_vars:\n      - a\n      - a  # again\n    retries: 3\n",
     "tasks:\n  - name: t\n    cache: true\n    cache_version: v1\n    cache_ignore_input_vars:\n      - a\n    retries: 3\n"),
    ("block at end of file", "tasks:\n  - name: t\n    cache: {version: v1, ignored_inputs: [b]}\n    cache_ignore_input_vars:\n    - 'a'\n    - 'a'",
     "tasks:\n  - name: t\n    cache: {version: v1, ignored_inputs: [b]}\n    cache_ignore_input_vars:\n    - 'a'\n"),
    ("CRLF block", "tasks:\r\n  - name: t\r\n    cache_ignore_input_vars:\r\n      - a\r\n      - a\r\n    retries: 3\r\n",
     "tasks:\r\n  - name: t\r\n    cache_ignore_input_vars:\r\n      - a\r\n    retries: 3\r\n"),
  ])
  func duplicateRemovalFix(_ name: String, _ before: String, _ after: String) throws {
    let found = findings(of: CacheIgnoreDuplicateRule.self, in: before)
    #expect(found.count == 1, "\(name)")
    let fix = try #require(found.first?.fix)
    // Removing a line that carries a comment deletes the comment too: unsafe.
    #expect(fix.applicability == (before.contains("#") ? .unsafe : .safe), "\(name)")
    let fixed = applying(fix, to: before)
    #expect(fixed == after, "\(name)")
    #expect(parses(fixed))
    #expect(findings(of: CacheIgnoreDuplicateRule.self, in: fixed).isEmpty)
  }

  @Test func duplicateRemovalInJSON() throws {
    let json = #"{"template": {"type": "python-task", "interface": {}, "metadata": {"cacheIgnoreInputVars": ["a", "b", "a", "a"]}}}"#
    let fixed = applyingAll(of: CacheIgnoreDuplicateRule.self, to: json, path: "t.json")
    #expect(fixed == #"{"template": {"type": "python-task", "interface": {}, "metadata": {"cacheIgnoreInputVars": ["a", "b"]}}}"#)
    #expect(parses(fixed, path: "t.json"))
  }

  @Test func unknownInputRenameKeepsQuoting() throws {
    let text = "tasks:\n  - name: t\n    inputs: {data: str, debug_mode: bool}\n    cache: {version: v1, ignored_inputs: [\"debug_mod\", 'dat']}\n"
    let found = findings(of: CacheIgnoreUnknownInputRule.self, in: text)
    #expect(found.map(\.message) == [
      "\"debug_mod\" is not an input of task \"t\"; did you mean \"debug_mode\"?",
      "\"dat\" is not an input of task \"t\"; did you mean \"data\"?",
    ])
    #expect(found.allSatisfy { $0.fix?.applicability == .unsafe })
    let fixed = applyingAll(of: CacheIgnoreUnknownInputRule.self, to: text)
    #expect(fixed.contains("ignored_inputs: [\"debug_mode\", 'data']"))
    #expect(parses(fixed))
    #expect(findings(of: CacheIgnoreUnknownInputRule.self, in: fixed).isEmpty)
  }

  @Test func unknownInputWithoutSuggestionHasNoFix() {
    let text = "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: v1, ignored_inputs: [zzzzzz, zzzzzz]}\n"
    let found = findings(of: CacheIgnoreUnknownInputRule.self, in: text)
    #expect(found.count == 1, "a repeated unknown name is reported once (FL106 reports the repeat)")
    #expect(found.first?.fix == nil)
    #expect(found.first?.help == "inputs: a, b")
  }

  @Test func legacyKeysRewrite() throws {
    let text = """
      tasks:
        - name: t
          inputs: {a: int, b: int}
          cache: true  # on
          cache_version: "v1.0"
          cache_serialize: true
          # which inputs
          cache_ignore_input_vars:
            - a
          retries: 3

      """
    let found = findings(of: LegacyCacheKeysRule.self, in: text)
    #expect(found.count == 1)
    let fix = try #require(found.first?.fix)
    let fixed = applying(fix, to: text)
    #expect(fixed == """
      tasks:
        - name: t
          inputs: {a: int, b: int}
          cache: {version: "v1.0", serialize: true, ignored_inputs: [a]}  # on
          retries: 3

      """)
    #expect(parses(fixed))
    for rule in RuleRegistry.all {
      #expect(findings(of: rule, in: fixed).isEmpty, "\(rule.description.code) after the rewrite")
    }
  }

  @Test(arguments: [
    // legacy key first in the task entry (on the `- ` line) and last in it
    "tasks:\n  - cache_version: v1\n    name: t\n    cache: true\n    cache_serialize: false\n",
    // legacy keys at the end of the file, without a final newline
    "tasks:\n  - name: t\n    cache: yes\n    cache_version: 'v1'\n    cache_ignore_input_vars: []",
    // a null legacy key is dropped along with the others
    "tasks:\n  - name: t\n    cache: true\n    cache_serialize: null\n    cache_version: v1\n    retries: 1\n",
    "tasks:\r\n  - name: t\r\n    cache: true\r\n    cache_version: v1  # note\r\n",
  ])
  func legacyKeysRewriteParsesAndMeansTheSame(_ text: String) throws {
    let found = findings(of: LegacyCacheKeysRule.self, in: text)
    #expect(found.count == 1)
    let fix = try #require(found.first?.fix)
    let fixed = applying(fix, to: text)
    #expect(parses(fixed), "\(fixed)")
    #expect(findings(of: LegacyCacheKeysRule.self, in: fixed).isEmpty, "\(fixed)")
    #expect(findings(of: CacheObjectWithLegacyKeysRule.self, in: fixed).isEmpty, "\(fixed)")
    #expect(findings(of: CacheVersionMissingRule.self, in: fixed).isEmpty, "\(fixed)")
    let task = try #require(ManifestFile(path: "x.yaml", bytes: Array(fixed.utf8)).allTasks.first)
    #expect(task.field("cache").map { task.format == .native && $0.origin == .task } == true)
  }

  @Test(arguments: [
    // cache off: a Cache object would turn it on
    "tasks:\n  - name: t\n    cache: false\n    cache_version: v1\n",
    // cache from defaults
    "defaults:\n  cache: true\ntasks:\n  - name: t\n    cache_version: v1\n",
    // a legacy key in defaults would come back next to the Cache object
    "defaults:\n  cache_serialize: true\ntasks:\n  - name: t\n    cache: true\n    cache_version: v1\n",
    // repeated key
    "tasks:\n  - name: t\n    cache: true\n    cache_version: v1\n    cache_version: v2\n",
    // flow-style task entry
    "tasks:\n  - {name: t, cache: true, cache_version: v1}\n",
  ])
  func legacyKeysWithoutSafeRewrite(_ text: String) {
    let found = findings(of: LegacyCacheKeysRule.self, in: text)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.fix == nil }, "\(text)")
  }

  @Test func legacyKeysRuleIsOptIn() {
    #expect(LegacyCacheKeysRule.description.optIn)
    #expect(!RuleRegistry.defaultRules.contains { $0.description.code == "FL111" })
    #expect(RuleRegistry.all.contains { $0.description.code == "FL111" })
  }

  // MARK: defaults origin

  @Test func findingsOnDefaultsCarryTheTaskName() throws {
    let text = "defaults:\n  cache: {version: \"\", ignored_inputs: [nope]}\ntasks:\n  - name: pkg.a\n    inputs: {x: int}\n"
    let empty = try #require(findings(of: CacheVersionEmptyRule.self, in: text).first)
    #expect(empty.related.map(\.message) == ["set in \"defaults\" for task \"pkg.a\""])
    #expect(empty.note == "flytekit: Caching is enabled ``cache=True`` but ``cache_version`` is not set.")
    let unknown = try #require(findings(of: CacheIgnoreUnknownInputRule.self, in: text).first)
    #expect(text.utf8.dropFirst(unknown.range.lowerBound).prefix(4).elementsEqual("nope".utf8))
    #expect(unknown.related.map(\.message) == ["set in \"defaults\" for task \"pkg.a\""])
  }

  @Test func taskValueWinsOverDefaults() {
    let text = "defaults:\n  cache_version: \"v1\"\ntasks:\n  - name: t\n    cache: false\n    cache_version: \"\"\n"
    #expect(findings(of: CacheVersionWithoutCacheRule.self, in: text).isEmpty)
  }

  // MARK: flyteidl

  @Test func flyteidlFixtureIsClean() throws {
    for path in ["fixtures/flyteidl/train.task.json", "fixtures/flyteidl/train.task.yaml", "fixtures/ok/long_running_task.yaml"] {
      let file = try #require(readFixture(path))
      let cacheCodes = Set(["FL009"] + (2...11).map(format3))
      let found = Linter().lint(file).findings.filter { cacheCodes.contains($0.code) }
      #expect(found.isEmpty, "\(path): \(found.map(\.message))")
    }
  }

  @Test func flyteidlMessagesUseItsFieldNames() throws {
    let text = """
      {"template": {"type": "python-task", "interface": {"inputs": {"variables": {"a": {"type": {"simple": "INTEGER"}}}}},
       "metadata": {"discoverable": false, "discoveryVersion": "v1", "cacheSerializable": true, "cacheIgnoreInputVars": ["a"]}}}
      """
    let serialize = try #require(findings(of: CacheSerializeWithoutCacheRule.self, in: text, path: "t.json").first)
    #expect(serialize.message == "\"cacheSerializable\" is true but \"discoverable\" is not true")
    let ignore = try #require(findings(of: CacheIgnoreWithoutCacheRule.self, in: text, path: "t.json").first)
    #expect(ignore.message == "\"cacheIgnoreInputVars\" lists inputs to ignore but \"discoverable\" is not true")
    #expect(ignore.note == "flytekit: Cache ignore input vars are specified ``cache_ignore_input_vars=['a']`` but ``cache`` is not enabled.")
    let version = try #require(findings(of: CacheVersionWithoutCacheRule.self, in: text, path: "t.json").first)
    #expect(version.message == "\"discoveryVersion\" \"v1\" has no effect: \"discoverable\" is not true")
    // FL107 fires with the cache off as well: the list is still all inputs.
    #expect(findings(of: CacheIgnoreAllInputsRule.self, in: text, path: "t.json").count == 1)
  }

  @Test func flyteidlEmptyDiscoveryVersion() throws {
    let text = "template:\n  type: python-task\n  interface: {}\n  metadata:\n    discoverable: true\n    discoveryVersion: \"\"\n"
    let found = try #require(findings(of: CacheVersionEmptyRule.self, in: text).first)
    #expect(found.message == "\"discoverable\" is true but \"discoveryVersion\" is empty")
    #expect(findings(of: CacheVersionMissingRule.self, in: text).isEmpty, "FL101 and FL102 never both")
  }

  // MARK: messages, notes and "one root cause, one finding"

  @Test func whitespaceVersionSaysThePlatformFails() throws {
    let found = try #require(findings(of: CacheVersionEmptyRule.self, in: "tasks:\n  - name: t\n    cache: true\n    cache_version: \" \"\n").first)
    #expect(found.note == nil)
    #expect(found.message.contains("task cannot have an empty discoveryVersion"))
  }

  @Test func ignoreWithoutCacheNoteUsesPythonRepr() throws {
    let single = try #require(findings(of: CacheIgnoreWithoutCacheRule.self, in: "tasks:\n  - name: t\n    cache_ignore_input_vars: it's\n").first)
    #expect(single.note == "flytekit: Cache ignore input vars are specified ``cache_ignore_input_vars=\"it's\"`` but ``cache`` is not enabled.")
    let list = try #require(findings(of: CacheIgnoreWithoutCacheRule.self, in: "tasks:\n  - name: t\n    cache_ignore_input_vars: [a, 'b']\n").first)
    #expect(list.note == "flytekit: Cache ignore input vars are specified ``cache_ignore_input_vars=['a', 'b']`` but ``cache`` is not enabled.")
  }

  @Test func ignoreWithoutCacheBeatsUnknownInput() {
    let off = "tasks:\n  - name: t\n    inputs: {a: int}\n    cache_ignore_input_vars: [nope]\n"
    #expect(findings(of: CacheIgnoreWithoutCacheRule.self, in: off).count == 1)
    #expect(findings(of: CacheIgnoreUnknownInputRule.self, in: off).isEmpty)
    let on = "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: true\n    cache_version: v1\n    cache_ignore_input_vars: [nope]\n"
    #expect(findings(of: CacheIgnoreWithoutCacheRule.self, in: on).isEmpty)
    #expect(findings(of: CacheIgnoreUnknownInputRule.self, in: on).count == 1)
  }

  @Test func versionMissingBeatsPolicyUnknown() {
    let missing = "tasks:\n  - name: t\n    cache: {policies: [function_bdy, function_body]}\n"
    #expect(findings(of: CacheVersionMissingRule.self, in: missing).count == 1)
    #expect(findings(of: CachePolicyUnknownRule.self, in: missing).isEmpty)
    let fixed = "tasks:\n  - name: t\n    source: \"def t(): ...\"\n    cache: {policies: [function_bdy, function_body]}\n"
    let found = findings(of: CachePolicyUnknownRule.self, in: fixed)
    #expect(found.map(\.message) == ["unknown cache policy \"function_bdy\"; did you mean \"function_body\"?"])
    #expect(parses(applyingAll(of: CachePolicyUnknownRule.self, to: fixed)))
  }

  @Test func yaml11BooleansCountAsTheBool() {
    let text = "tasks:\n  - name: t\n    cache: yes\n    cache_version: v1\n    cache_serialize: on\n"
    #expect(findings(of: CacheVersionWithoutCacheRule.self, in: text).isEmpty)
    #expect(findings(of: CacheSerializeWithoutCacheRule.self, in: text).isEmpty)
    let off = "tasks:\n  - name: t\n    cache: off\n    cache_serialize: on\n"
    #expect(findings(of: CacheSerializeWithoutCacheRule.self, in: off).count == 1)
  }

  @Test func unknownCacheValueIsNotJudgedOff() {
    // `cache: 1` is FL004's business; "without cache" rules stay quiet rather than guess.
    let text = "tasks:\n  - name: t\n    cache: 1\n    cache_version: v1\n    cache_serialize: true\n"
    #expect(findings(of: CacheVersionWithoutCacheRule.self, in: text).isEmpty)
    #expect(findings(of: CacheSerializeWithoutCacheRule.self, in: text).isEmpty)
  }

  @Test func nonBoolCacheIsAValueTypeErrorWithFlytekitsText() throws {
    // flytekit judges such a value by its truthiness in TaskMetadata (oracle t59: `cache="yes"`).
    let on = try #require(findings(of: InvalidValueTypeRule.self, in: "tasks:\n  - name: t\n    cache: \"yes\"\n").first)
    #expect(on.message == "expected a bool or a Cache object for \"cache\", got the string \"yes\"")
    #expect(on.note == "flytekit: Caching is enabled ``cache=True`` but ``cache_version`` is not set.")
    let versioned = try #require(findings(of: InvalidValueTypeRule.self, in: "tasks:\n  - name: t\n    cache: 1\n    cache_version: v1\n").first)
    #expect(versioned.note == nil)  // flytekit accepts it as cache on
    let off = try #require(findings(of: InvalidValueTypeRule.self, in: "tasks:\n  - name: t\n    cache: 0\n    cache_serialize: true\n").first)
    #expect(off.note == "flytekit: Cache serialize is enabled ``cache_serialize=True`` but ``cache`` is not enabled.")
    let serialize = try #require(findings(of: InvalidValueTypeRule.self, in: "tasks:\n  - name: t\n    cache_serialize: \"yes\"\n").first)
    #expect(serialize.note == "flytekit: Cache serialize is enabled ``cache_serialize=True`` but ``cache`` is not enabled.")
    let ignore = try #require(findings(of: InvalidValueTypeRule.self, in: "tasks:\n  - name: t\n    cache_ignore_input_vars: 5\n").first)
    #expect(ignore.note == "flytekit: Cache ignore input vars are specified ``cache_ignore_input_vars=5`` but ``cache`` is not enabled.")
    let metadata = try #require(findings(of: InvalidValueTypeRule.self, in: "tasks:\n  - name: t\n    metadata: {cache: 1}\n").first)
    #expect(metadata.message == "expected a bool for \"cache\", got the int 1")
  }

  @Test func legacyKeysNextToCacheObjectOncePerKey() throws {
    let text = "tasks:\n  - name: t\n    cache: {version: v1}\n    cache_version: v1\n    cache_serialize: false\n    cache_ignore_input_vars: null\n"
    let found = findings(of: CacheObjectWithLegacyKeysRule.self, in: text)
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.related.first?.message == "Cache object here" })
    #expect(found.first?.note == "flytekit: cache_serialize, cache_version, and cache_ignore_input_vars are deprecated. Please use Cache object")
  }

  @Test func conflictingMetadataPointsAtTheLaterKey() throws {
    let text = "tasks:\n  - name: t\n    metadata:\n      annotations: {a: b}\n    annotations: {a: c}\n"
    let found = try #require(findings(of: ConflictingMetadataRule.self, in: text).first)
    #expect(found.message == "\"annotations\" is set both at task level and in \"metadata\"")
    let later = text.utf8.count - "annotations: {a: c}\n".utf8.count
    #expect(found.range == ByteRange(later, later + "annotations".utf8.count))
    #expect(found.related.first?.message == "\"annotations\" also set in \"metadata\" here")
  }

  @Test func messagesFollowTheVoice() {
    for rule in RuleRegistry.all where ["FL009"].contains(rule.description.code) || rule.description.code.hasPrefix("FL1") {
      for example in rule.description.bad {
        for finding in findings(of: rule, in: MarkedExample(example).text) {
          let first = finding.message.unicodeScalars.first!
          #expect(!(first.properties.isUppercase), "\(finding.code): \(finding.message)")
          #expect(!finding.message.hasSuffix("."), "\(finding.code): \(finding.message)")
          if let note = finding.note { #expect(note.hasPrefix("flytekit: ")) }
        }
      }
    }
  }
}

private func format3(_ n: Int) -> String {
  let digits = String(n)
  return "FL1" + String(repeating: "0", count: 2 - digits.count) + digits
}

private func readFixture(_ relative: String) -> ManifestFile? {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let url = root.appendingPathComponent(relative)
  guard let data = try? Data(contentsOf: url) else { return nil }
  return ManifestFile(path: url.path, bytes: [UInt8](data))
}
