import FlyteLint
import FlyteManifest
import FlyteSyntax
import Foundation
import Testing

/// The published JSON Schemas (docs/schemas) against the code: they know exactly the keys the
/// model and the configuration loader know, every fixtures/ok manifest and every documented
/// example validates, and documents with unknown keys or wrong values do not.
@Suite struct SchemaTests {
  static let manifestSchemaPath = "docs/schemas/flyte-manifest.schema.json"
  static let configSchemaPath = "docs/schemas/flyte-lint-config.schema.json"

  static func bytes(_ relative: String) -> [UInt8] {
    [UInt8](
      (try? Data(contentsOf: FixtureGoldenTests.root.appendingPathComponent(relative))) ?? Data())
  }

  /// The documents of a repository file, parsed by our own parsers.
  static func documents(_ relative: String) throws -> [JSONValue] {
    try #require(
      JSONValue.documents(of: bytes(relative), path: relative), "\(relative) does not parse")
  }

  static func schema(_ relative: String) throws -> JSONSchemaValidator {
    JSONSchemaValidator(root: try #require(documents(relative).first))
  }

  static func propertyNames(_ schema: JSONValue?) -> Set<String> {
    Set(schema?["properties"]?.keys ?? [])
  }

  @Test(arguments: [manifestSchemaPath, configSchemaPath])
  func schemaUsesOnlyCheckedKeywords(_ path: String) throws {
    let validator = try Self.schema(path)
    #expect(validator.root["$schema"]?.stringValue == "http://json-schema.org/draft-07/schema#")
    #expect(
      validator.unsupportedKeywords().isEmpty,
      "\(path): \(validator.unsupportedKeywords().sorted())")
  }

  @Test func manifestSchemaKnowsExactlyTheModelKeys() throws {
    let root = try Self.schema(Self.manifestSchemaPath).root
    let definitions = root["definitions"]
    #expect(Self.propertyNames(root) == Set(TaskKeys.topLevel))
    #expect(Self.propertyNames(definitions?["task"]) == Set(TaskKeys.all))
    #expect(Self.propertyNames(definitions?["defaults"]) == Set(TaskKeys.all).subtracting(["name"]))
    #expect(Self.propertyNames(definitions?["metadata"]) == Set(TaskKeys.metadata))
    #expect(Self.propertyNames(definitions?["cacheObject"]) == Set(TaskKeys.cacheObject))
    let deckItems = definitions?["deckFields"]?["anyOf"]?.arrayValue?.first?["items"]?["enum"]
    #expect(deckItems == .array(TaskKeys.deckFields.map { .string($0) }))
    for key in TaskKeys.all {
      #expect(
        definitions?["task"]?["properties"]?[key]?["description"] != nil,
        "task key \"\(key)\" has no description")
    }
  }

  /// Every timedelta field of the schema is one the duration parser takes, and an unknown one
  /// fails both.
  @Test func timedeltaFieldsMatchTheParser() throws {
    let schema = try Self.schema(Self.manifestSchemaPath)
    let fields = Self.propertyNames(schema.root["definitions"]?["timedelta"]).sorted()
    #expect(fields.count == 6)
    for field in fields + ["weeks"] {
      let tree = SyntaxTree.parseYAML(Array("\(field): 1\n".utf8))
      let root = try #require(tree.documents.first?.root)
      let task = JSONValue.object(["name": .string("t"), "timeout": JSONValue(root, in: tree)])
      let parsed = DurationParser.timeout(root, in: tree)?.parse.value != nil
      let valid = schema.validate(.object(["tasks": .array([task])])).isEmpty
      #expect(parsed == (field != "weeks"), "the parser on timedelta field \"\(field)\"")
      #expect(valid == parsed, "the schema on timedelta field \"\(field)\"")
    }
  }

  @Test func configSchemaKnowsExactlyTheLoaderKeys() throws {
    let root = try Self.schema(Self.configSchemaPath).root
    #expect(Self.propertyNames(root) == Set(ConfigurationLoader.keys))
    #expect(Self.propertyNames(root["properties"]?["timeout"]) == ["min", "max"])
    #expect(Self.propertyNames(root["properties"]?["retries"]) == ["max"])
    let rules = root["definitions"]?["rule"]?["anyOf"]?.arrayValue?.first?["enum"]?.arrayValue ?? []
    let expected =
      ["ALL"] + RuleRegistry.all.map { $0.description.code }
      + RuleRegistry.all.map { $0.description.name }
    #expect(
      rules == expected.map { .string($0) },
      "the rule list is stale: regenerate it from `flyte-lint rules`")
  }

  static func files(in folder: String) -> [String] {
    FixtureGoldenTests.files(in: folder)
  }

  /// Native manifest documents (flyteidl ones have their own shape).
  static func isNative(_ document: JSONValue) -> Bool {
    document["tasks"] != nil || document["workflows"] != nil
  }

  @Test(arguments: files(in: "ok"))
  func okFixtureValidates(_ relative: String) throws {
    let schema = try Self.schema(Self.manifestSchemaPath)
    let documents = try Self.documents(relative).filter(Self.isNative)
    #expect(!documents.isEmpty)
    for document in documents {
      let violations = schema.validate(document)
      #expect(violations.isEmpty, "\(relative): \(violations)")
    }
  }

  /// The schema rejects what flyte-lint reports as unknown keys and wrong values, at the place.
  @Test(arguments: [
    (
      "fixtures/err/unknown_keys.yaml",
      [
        "/tasks/0/cache_versions", "/tasks/0/retires", "/tasks/0/metadata/interruptable",
        "/tasks/1/cache/serialise", "/workflow",
      ]
    ),
    (
      "fixtures/err/timing_and_decks.yaml",
      [
        "/tasks/0/timeout", "/tasks/1/timeout", "/tasks/4/retries", "/tasks/6/retries",
        "/tasks/7/interruptible", "/tasks/10/deck_fields/0",
      ]
    ),
    ("fixtures/err/cache_rules.yaml", ["/tasks/7/cache/policies"]),
    ("fixtures/err/not_a_manifest.yaml", ["/task"]),
  ])
  func errFixtureFails(_ relative: String, _ paths: [String]) throws {
    let schema = try Self.schema(Self.manifestSchemaPath)
    let violations = try Self.documents(relative).flatMap { schema.validate($0) }
    let found = Set(violations.map(\.path))
    #expect(
      Set(paths).isSubset(of: found),
      "\(relative): expected violations at \(paths), got \(violations)")
  }

  /// Duration strings: every form the parser accepts (not negative) matches the schema's
  /// pattern, and strings both reject stay rejected. The configuration schema uses the same.
  @Test func durationPatternFollowsTheParser() throws {
    let manifest = try Self.schema(Self.manifestSchemaPath).root
    let pattern = try #require(manifest["definitions"]?["durationString"]?["pattern"]?.stringValue)
    let config = try Self.schema(Self.configSchemaPath).root
    let bound = config["definitions"]?["bound"]?["anyOf"]?.arrayValue?.last?["pattern"]?.stringValue
    #expect(bound == pattern)
    let regex = try Regex(pattern)
    let accepted = [
      "300s", "5m", "1h30m", "1h 30m", "2d", "90.5s", "0s", " 5m ", "+5m", "1d2h3m4s5ms6us", "10µs",
      "250ms",
      "00:05:00", "1:30:00", "100:00:00.5", "PT5M", "P1DT2H", "pt5m", "P1W", "PT0.5S", "PT1,5S",
    ]
    for text in accepted {
      let parsed = DurationParser.parse(text)
      #expect(
        parsed.value.map { !$0.isNegative } == true,
        "the parser should accept \"\(text)\": \(parsed)")
      #expect(text.contains(regex), "the schema should accept \"\(text)\"")
    }
    for text in ["5 minutes", "soon", "1.5", "300", "-5s", "5 m", "1:30", "1h:30", "P1Y", ""] {
      let parsed = DurationParser.parse(text)
      #expect(parsed.value.map { !$0.isNegative } != true, "the parser should reject \"\(text)\"")
      #expect(!text.contains(regex), "the schema should reject \"\(text)\"")
    }
  }
  /// The ```yaml blocks of a Markdown file.
  static func yamlBlocks(_ relative: String) -> [String] {
    let text = String(decoding: bytes(relative), as: UTF8.self)
    var blocks: [String] = []
    var current: [Substring]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line.trimmingCharacters(in: .whitespaces) == "```yaml" {
        current = []
      } else if let lines = current, line.trimmingCharacters(in: .whitespaces) == "```" {
        blocks.append(lines.map { "\($0)\n" }.joined())
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  /// A documented YAML block is a configuration file in README.md and configuration.md, or when
  /// its first line names `.flyte-lint.yaml`; otherwise a manifest. (.ci/validate-schemas.py
  /// uses the same rule.)
  static func isConfiguration(_ block: String, in relative: String) -> Bool {
    relative == "README.md" || relative == "docs/configuration.md"
      || block.prefix { $0 != "\n" }.contains(".flyte-lint.yaml")
  }

  /// Every YAML example of the docs validates against its schema, and every configuration
  /// example also loads: the docs show only what flyte-lint accepts.
  @Test(arguments: ["README.md", "docs/configuration.md", "docs/suppressions.md"])
  func documentedExamplesValidate(_ relative: String) throws {
    let manifest = try Self.schema(Self.manifestSchemaPath)
    let config = try Self.schema(Self.configSchemaPath)
    let blocks = Self.yamlBlocks(relative)
    #expect(!blocks.isEmpty, "\(relative) has no yaml examples")
    for (index, block) in blocks.enumerated() {
      let name = "\(relative) example \(index + 1)"
      let documents = try #require(
        JSONValue.documents(of: Array(block.utf8), path: "example.yaml"), "\(name) does not parse")
      guard Self.isConfiguration(block, in: relative) else {
        for document in documents { Self.expectValid(document, manifest, name) }
        continue
      }
      for document in documents { Self.expectValid(document, config, name) }
      let loader = ConfigurationLoader { path in
        path == "/repo/.flyte-lint.yaml" ? Array(block.utf8) : []
      }
      #expect(throws: Never.self, "\(name) does not load") {
        try loader.load(path: "/repo/.flyte-lint.yaml")
      }
    }
  }

  static func expectValid(_ document: JSONValue, _ validator: JSONSchemaValidator, _ name: String) {
    let violations = validator.validate(document)
    if !violations.isEmpty { Issue.record("\(name) breaks the schema: \(violations)") }
  }

  /// Configurations the loader refuses, the schema refuses too.
  @Test(arguments: [
    "selct: [FL1]\n", "severity: {FL101: fatal}\n", "timeout: {mn: 10s}\n", "timeout: {min: 1.5}\n",
    "timeout: {max: -5s}\n", "retries: {max: -1}\n", "ignore: [FL9999]\n",
    "select: cache-versoin-missing\n",
    "manifests: 3\n", "extends: [a, b]\n", "per-file-ignores: {\"x/**\": [nope]}\n", "- ALL\n",
  ])
  func refusedConfigurationFailsTheSchema(_ text: String) throws {
    let loader = ConfigurationLoader { path in path == "/repo/c.yaml" ? Array(text.utf8) : [] }
    #expect(throws: ConfigurationError.self) { try loader.load(path: "/repo/c.yaml") }
    let document = try #require(JSONValue.documents(of: Array(text.utf8), path: "c.yaml")?.first)
    #expect(
      !(try Self.schema(Self.configSchemaPath)).validate(document).isEmpty,
      "the schema accepts \(text)")
  }
}
