import FlyteLint
import FlyteManifest
import FlyteRuntime
import Foundation
import Testing

/// `fixtures/simulate/X.yaml` must produce exactly the files in `fixtures/simulate/golden/X/`
/// (the terminal summary as summary.txt). Fixtures named `cache-*` run twice on one fresh cache
/// folder; the second run (for cache-hit.yaml with `debug_mode` flipped, an ignored input) is
/// compared with `golden/X/second-run/`. FLYTE_LINT_RECORD=1 rewrites the goldens and fails.
@Suite struct SimulateGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let folder = root.appendingPathComponent("fixtures/simulate")

  static var fixtures: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }

  static func file(_ name: String) throws -> ManifestFile {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name).yaml")))
    return ManifestFile(path: "fixtures/simulate/\(name).yaml", bytes: bytes)
  }

  static func outputs(_ run: RunRecord) -> [(name: String, text: String)] {
    RunWriter.files(run) + [("summary.txt", SummaryText.render(run, outDirectory: "OUT"))]
  }

  static func compare(_ run: RunRecord, with goldenFolder: URL) throws {
    let record = ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1"
    if record {
      try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
    }
    for output in outputs(run) {
      let golden = goldenFolder.appendingPathComponent(output.name)
      if record {
        try FileManager.default.createDirectory(
          at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try output.text.write(to: golden, atomically: true, encoding: .utf8)
        continue
      }
      let expected = try String(contentsOf: golden, encoding: .utf8)
      #expect(output.text == expected, "\(goldenFolder.lastPathComponent)/\(output.name) differs")
    }
    if record {
      Issue.record("recorded \(goldenFolder.path); unset FLYTE_LINT_RECORD and run again")
    }
  }

  @Test(arguments: fixtures)
  func fixtureIsCleanForTheLinter(_ name: String) throws {
    let findings = Linter().lint(try Self.file(name)).findings
    #expect(findings.isEmpty, "\(name): \(findings.map(\.message))")
  }

  @Test(arguments: fixtures)
  func fixtureMatchesGolden(_ name: String) throws {
    let file = try Self.file(name)
    let goldenFolder = Self.folder.appendingPathComponent("golden/\(name)")
    var options = SimulationOptions()
    guard name.hasPrefix("cache-") else {
      options.cacheDirectory = nil
      try Self.compare(try Simulator(file: file, options: options).run(), with: goldenFolder)
      return
    }
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
      "flyte-sim-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    options.cacheDirectory = cache.path
    let first = try Simulator(file: file, options: options).run()
    #expect(first.nodes.first?.cache == .miss)
    try Self.compare(first, with: goldenFolder)
    if name == "cache-hit" {
      options.inputsJSON = Array(#"{"input_data": "hello", "debug_mode": true}"#.utf8)
    }
    let second = try Simulator(file: file, options: options).run()
    #expect(second.nodes.allSatisfy { $0.cache == .hit })
    try Self.compare(second, with: goldenFolder.appendingPathComponent("second-run"))
  }
}
