import FlyteLint
import FlyteManifest
import FlyteSyntax
import Foundation
import Testing

/// flytekit parity on the verified oracle corpus (`../shared/tools/oracle-cases`: specs run
/// through the real flytekit 1.16 by `flytekit_oracle.py`). Each spec becomes a native manifest
/// and goes through the real rules:
/// - flytekit raised (at decoration, in `Cache(...)`, or when serialising for registration) →
///   the rule that stands for its message is among our error findings (flytekit stops at its
///   first error; we report all, SPEC §5);
/// - flytekit accepted → our error findings are only documented stricter rules (`Parity.stricter`).
@Suite struct OracleCaseTests {
  static let folder: URL? = {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/tools/oracle-cases")
    guard FileManager.default.fileExists(atPath: url.path) else {
      print("note: \(url.path) is missing; skipping the flytekit oracle parity test")
      return nil
    }
    return url
  }()

  @Test func parityWithFlytekit() throws {
    guard let folder = Self.folder else { return }
    let specBytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("specs_rules.json")))
    let specTree = SyntaxTree.parseJSON(specBytes)
    let specRoot = try #require(specTree.documents.first?.root)
    let specs = OracleJSON(specTree, specRoot).array ?? []
    let lines = try String(contentsOf: folder.appendingPathComponent("results_rules.jsonl"), encoding: .utf8)
      .split(separator: "\n").filter { !$0.isEmpty }
    let results = lines.compactMap { line -> OracleJSON? in
      let tree = SyntaxTree.parseJSON(Array(line.utf8))
      return tree.documents.first?.root.map { OracleJSON(tree, $0) }
    }
    try #require(specs.count == results.count, "one result line per spec")

    var checked = 0
    var skipped: [String] = []
    for (spec, result) in zip(specs, results) {
      let name = spec["name"]?.string ?? "?"
      try #require(result["name"]?.string == name, "results are in spec order")
      let manifest: String
      do {
        manifest = try OracleManifest.text(for: spec)
      } catch let skip as OracleManifest.Skip {
        skipped.append("\(name): \(skip.reason)")
        continue
      }
      checked += 1
      let errors = try errorCodes(in: manifest, name: name)
      let kwargs = spec["task_kwargs"]?.object ?? []
      if let raised = Parity.flytekitError(result) {
        let wanted = Parity.expected(for: raised, kwargs: kwargs)
        #expect(!wanted.isEmpty, "\(name): no rule is mapped to flytekit's message: \(raised)")
        #expect(
          !wanted.isDisjoint(with: errors),
          "\(name): flytekit raised \"\(raised)\"; expected one of \(wanted.sorted()) among our errors \(errors.sorted())\n\(manifest)")
      } else {
        let allowed = Parity.allowedStricter(kwargs: kwargs)
        let unexpected = errors.subtracting(allowed)
        #expect(
          unexpected.isEmpty,
          "\(name): flytekit accepted, but we report \(unexpected.sorted()) (allowed here: \(allowed.sorted()))\n\(manifest)")
      }
    }
    print("oracle parity: \(checked) of \(specs.count) cases checked; skipped \(skipped.count):")
    for line in skipped { print("  skipped \(line)") }
    // Guards against a converter that quietly skips everything.
    #expect(checked >= 50, "only \(checked) oracle cases could be expressed as manifests")
  }

  /// The codes of our error findings for one manifest, checked as a run of its own.
  private func errorCodes(in manifest: String, name: String) throws -> Set<String> {
    let outcome = FileChecker.check(
      path: "\(name).json", bytes: Array(manifest.utf8), linter: Linter(), mustBeManifest: true)
    guard case .checked(let report) = outcome else {
      Issue.record("\(name): the converted manifest was not checked: \(outcome)\n\(manifest)")
      return []
    }
    var run = [report]
    RunChecks.finish(&run)
    return Set(run[0].findings.filter { $0.severity == .error }.map(\.code))
  }
}

// MARK: - The parity criterion (the same as the out-of-repo random parity script)

enum Parity {
  /// flytekit's error: the decorator's or `Cache(...)`'s, else the one serialising the task
  /// (`pyflyte register` would fail there). nil when flytekit accepted the task.
  static func flytekitError(_ result: OracleJSON) -> String? {
    if result["ok"]?.bool != true { return result["error"]?.string ?? result["error_type"]?.string ?? "?" }
    return result["task_template_error"]?.string ?? result["task_metadata_model_error"]?.string
  }

  /// A fragment of flytekit's message → our rule, and the task keys the message is about.
  static let messages: [(fragment: String, code: String, subjects: [String])] = [
    ("Unrecognized argument(s) for task", "FL003", []),
    ("got an unexpected keyword argument", "FL003", []),  // Cache(...) with an unknown field
    ("If version is not defined then at least one cache policy needs to be set", "FL101", ["cache"]),
    ("cache_serialize, cache_version, and cache_ignore_input_vars are deprecated", "FL108", []),
    ("Failed to generate version for cache policy", "FL110", ["cache"]),
    ("object has no attribute '_policies'", "FL110", ["cache"]),
    ("timeout should be duration", "FL201", []),
    ("Caching is enabled ``cache=True`` but ``cache_version`` is not set.", "FL102", ["cache", "cache_version"]),
    ("Cache serialize is enabled", "FL103", ["cache", "cache_serialize"]),
    ("Cache ignore input vars are specified", "FL104", ["cache", "cache_ignore_input_vars"]),
    ("has no type. Please add a type annotation", "FL401", []),
    ("only one of [disable_deck, enable_deck] can be set", "FL301", []),
    ("from deck_fields param is not a valid deck field", "FL303", ["deck_fields", "enable_deck", "disable_deck"]),
    ("Generic List type is not supported", "FL402", []),
    // Serialisation: the decorator accepted, registration fails.
    ("Value out of range", "FL205", []),
    ("Duration is not valid", "FL201", []),
    ("object cannot be interpreted as an integer", "FL004", []),
    ("bad argument type for built-in operation", "FL004", []),
    ("must assign iterable", "FL004", []),
    ("object is not iterable", "FL004", []),
    ("Expected an int, got a boolean", "FL004", []),
  ]

  /// The rules that stand for flytekit's message. When a key the message is about holds a
  /// value of another type than our schema's (`cache: "yes"`), FL004 stands for it too:
  /// flytekit judged that value by its truthiness, we report its type (with flytekit's text).
  static func expected(for message: String, kwargs: [(String, OracleJSON)]) -> Set<String> {
    guard let entry = messages.first(where: { message.contains($0.fragment) }) else { return [] }
    let odd = !offSchema(kwargs).isDisjoint(with: entry.subjects)
    return odd ? [entry.code, "FL004"] : [entry.code]
  }

  /// A documented stricter rule (SPEC §5): an error of ours where flytekit accepts the task.
  /// The warnings among them (FL106, FL107, FL109, FL203, FL206, FL304–FL306, FL403) need no
  /// entry: only errors count here.
  struct Stricter: Sendable {
    let code: String
    let reason: String
    let applies: @Sendable ([(String, OracleJSON)]) -> Bool
  }

  static let stricter: [Stricter] = [
    Stricter(code: "FL105", reason: "an ignored name that is not an input: flytekit silently hashes every input") { _ in true },
    Stricter(code: "FL202", reason: "a negative timeout: flytekit serialises it and the platform ignores it") { _ in true },
    Stricter(code: "FL204", reason: "a timeout outside the configured bounds (default 1s..7d)") { _ in true },
    Stricter(code: "FL404", reason: "an input default that does not fit its type: flytekit finds out when the task runs") { _ in true },
    Stricter(code: "FL201", reason: "a bool timeout: flytekit reads True as 1 s and False as none") { kwargs in
      kwargs.value("timeout")?.bool != nil
    },
    Stricter(code: "FL004", reason: "a value of another type than our schema's: flytekit stores it unchecked") { kwargs in
      !offSchema(kwargs).isEmpty
    },
    Stricter(code: "FL303", reason: "an invalid deck field while decks are off: flytekit skips the check, we always check") { kwargs in
      !decksOn(kwargs)
    },
    Stricter(code: "FL102", reason: "a version of only whitespace: flytekit accepts it, the platform fails the run") { kwargs in
      let versions = [kwargs.value("cache_version"), kwargs.value("cache")?["version"]]
      return versions.contains { $0?.string.map { !$0.isEmpty && $0.allSatisfy(\.isWhitespace) } ?? false }
    },
  ]

  static func allowedStricter(kwargs: [(String, OracleJSON)]) -> Set<String> {
    Set(stricter.filter { $0.applies(kwargs) }.map(\.code))
  }

  /// flytekit's PythonTask: `enable_deck` decides when given, else `disable_deck`, else off.
  static func decksOn(_ kwargs: [(String, OracleJSON)]) -> Bool {
    if let enable = kwargs.value("enable_deck"), !enable.isNull { return enable.truthy }
    if let disable = kwargs.value("disable_deck"), !disable.isNull { return !disable.truthy }
    return false
  }

  /// Keys whose value has a type our schema rejects (FL004); a Cache object's fields count as `cache`.
  static func offSchema(_ kwargs: [(String, OracleJSON)]) -> Set<String> {
    func isStrings(_ v: OracleJSON) -> Bool { v.array?.allSatisfy { $0.string != nil } ?? false }
    func stringOrList(_ v: OracleJSON) -> Bool { v.string != nil || isStrings(v) }
    let schema: [String: (OracleJSON) -> Bool] = [
      "cache_serialize": { $0.bool != nil }, "interruptible": { $0.bool != nil },
      "enable_deck": { $0.bool != nil }, "disable_deck": { $0.bool != nil },
      "retries": { $0.isInt }, "cache_version": { $0.string != nil }, "deprecated": { $0.string != nil },
      "pod_template_name": { $0.string != nil }, "deck_fields": isStrings,
      "cache_ignore_input_vars": stringOrList,
    ]
    let cacheSchema: [String: (OracleJSON) -> Bool] = [
      "version": { $0.string != nil }, "serialize": { $0.bool != nil }, "salt": { $0.string != nil },
      "ignored_inputs": stringOrList, "policies": stringOrList,
    ]
    var keys = Set<String>()
    for (key, value) in kwargs where !value.isNull {
      if key == "cache" {
        if let object = value.object {
          let odd = object.contains { field, fieldValue in
            guard !fieldValue.isNull, let ok = cacheSchema[field] else { return false }
            return !ok(fieldValue)
          }
          if odd { keys.insert(key) }
        } else if value.bool == nil {
          keys.insert(key)
        }
      } else if let ok = schema[key], !ok(value) {
        keys.insert(key)
      }
    }
    return keys
  }
}
