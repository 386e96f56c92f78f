import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The machine formats of the `fixtures/err` run are valid for their consumers: the SARIF
/// against the official OASIS schema (with Python's jsonschema, when it and the schema are
/// there) and against what GitHub code scanning requires beyond the schema; the XML formats
/// well-formed.
@Suite struct MachineFormatValidityTests {
  /// `../shared/schemas/sarif-schema-2.1.0.json` beside the repository, or FLYTE_LINT_SARIF_SCHEMA.
  static let schema: URL = {
    if let path = ProcessInfo.processInfo.environment["FLYTE_LINT_SARIF_SCHEMA"] {
      return URL(fileURLWithPath: path)
    }
    return Golden.packageRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/schemas/sarif-schema-2.1.0.json")
  }()

  static let validatorAvailable: Bool = {
    guard FileManager.default.fileExists(atPath: schema.path) else { return false }
    return (try? python(["-c", "import jsonschema"]).status) == 0
  }()

  @Test(
    .enabled(
      if: validatorAvailable,
      "needs ../shared/schemas/sarif-schema-2.1.0.json (or FLYTE_LINT_SARIF_SCHEMA) and python3 with jsonschema"
    ))
  func sarifValidatesAgainstTheOfficialSchema() throws {
    try withFiles([:]) { dir in
      let sarif = dir.appendingPathComponent("err.sarif")
      let run = try CLI.run(
        ["check", "fixtures/err", "--format", "sarif", "--output", sarif.path],
        in: Golden.packageRoot)
      #expect(run.status == 1)
      let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft4Validator.check_schema(schema)
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for e in errors[:20]: print("/".join(map(str, e.absolute_path)), e.message)
        sys.exit(1 if errors else 0)
        """
      let result = try Self.python(["-c", script, Self.schema.path, sarif.path])
      #expect(result.status == 0, "SARIF does not validate:\n\(result.output)")
    }
  }

  /// What the schema leaves optional and GitHub code scanning needs (see docs/ci.md).
  @Test func sarifCarriesWhatCodeScanningUses() throws {
    let result = try CLI.run(
      ["check", "fixtures/err", "--format", "sarif"], in: Golden.packageRoot)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? String == "2.1.0")
    let run = try #require((document["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let root = try #require(
      (run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"])
    #expect(root.hasPrefix("file:///") && root.hasSuffix("/"))
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "flyte-lint")
    #expect(driver["informationUri"] as? String != nil && driver["version"] as? String != nil)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    for rule in rules {
      let help = rule["help"] as? [String: String]
      #expect(help?["text"] != nil && help?["markdown"] != nil, "\(rule["id"] ?? "?")")
      for key in ["shortDescription", "fullDescription"] {
        let text = (rule[key] as? [String: String])?["text"] ?? ""
        #expect(!text.isEmpty && text.count <= 1024, "\(rule["id"] ?? "?") \(key)")
      }
      #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] != nil)
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 63, "62 findings and 1 suppressed")
    var fingerprints: Set<String> = []
    for result in results {
      let id = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == id)
      let location = try #require(
        (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      let artifact = try #require(location["artifactLocation"] as? [String: String])
      #expect(
        artifact["uriBaseId"] == "%SRCROOT%" && artifact["uri"]?.hasPrefix("fixtures/err/") == true)
      let region = try #require(location["region"] as? [String: Int])
      #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
      let fingerprint = try #require(
        (result["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"])
      #expect(
        fingerprints.insert((artifact["uri"] ?? "") + fingerprint).inserted,
        "fingerprints are unique per file")
    }
    // All results carry `suppressions` (SARIF §3.27.23); only the suppressed one has an entry.
    #expect(results.allSatisfy { $0["suppressions"] is [Any] })
    let suppressed = results.filter { !(($0["suppressions"] as? [Any])?.isEmpty ?? true) }
    #expect(suppressed.count == 1)
    let suppression = (suppressed.first?["suppressions"] as? [[String: String]])?.first
    #expect(
      suppression == ["kind": "inSource", "justification": "versioned by the release pipeline"])
    #expect(
      results.contains { $0["fixes"] != nil } && results.contains { $0["relatedLocations"] != nil })
  }

  @Test(arguments: ["checkstyle", "junit"])
  func xmlIsWellFormed(_ format: String) throws {
    let result = try CLI.run(["check", "fixtures/err", "--format", format], in: Golden.packageRoot)
    let parser = XMLParser(data: Data(result.stdout.utf8))
    #expect(
      parser.parse(),
      "\(format): \(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
  }

  static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
