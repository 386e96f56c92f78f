import FlyteLint
import Foundation
import Testing

/// `fixtures/err/X.yaml` must produce exactly `X.out` (concise findings, one a line);
/// `fixtures/ok` nothing; `fixtures/skip` is not a manifest. FLYTE_LINT_RECORD=1 rewrites the
/// golden files and fails, so a recording run never passes CI.
@Suite struct FixtureGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func files(in folder: String) -> [String] {
    let dir = root.appendingPathComponent("fixtures/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }.sorted()
      .map { "fixtures/\(folder)/\($0)" }
  }

  /// `fixtures/err` is checked as a configured manifest folder (so FL008 can fire there).
  static func report(_ relative: String) -> FileChecker.Outcome {
    let bytes = [UInt8]((try? Data(contentsOf: root.appendingPathComponent(relative))) ?? Data())
    let outcome = FileChecker.check(
      path: relative, bytes: bytes, linter: Linter(),
      mustBeManifest: relative.hasPrefix("fixtures/err/"))
    guard case .checked(let report) = outcome else { return outcome }
    var run = [report]
    RunChecks.finish(&run)  // each fixture is its own run
    return .checked(run[0])
  }

  @Test(arguments: files(in: "err"))
  func errFixtureMatchesGolden(_ relative: String) throws {
    guard case .checked(let file) = Self.report(relative) else {
      Issue.record("\(relative) was skipped; err fixtures must be manifests")
      return
    }
    let actual = ConciseReporter.render(RunReport(files: [file], filesChecked: 1, filesSkipped: 0))
    let golden = Self.root.appendingPathComponent(
      relative.replacingOccurrences(of: ".yaml", with: ".out")
        .replacingOccurrences(of: ".json", with: ".out"))
    if ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1" {
      try actual.write(to: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded \(golden.lastPathComponent); unset FLYTE_LINT_RECORD and run again")
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(actual == expected, "\(relative): findings differ from \(golden.lastPathComponent)")
    #expect(!file.findings.isEmpty)
  }

  @Test(arguments: files(in: "ok") + files(in: "flyteidl"))
  func okFixtureIsClean(_ relative: String) {
    guard case .checked(let file) = Self.report(relative) else {
      Issue.record("\(relative) was not recognised as a manifest")
      return
    }
    #expect(file.findings.isEmpty, "\(relative): \(file.findings.map(\.message))")
  }

  @Test(arguments: files(in: "skip"))
  func skipFixtureIsNotAManifest(_ relative: String) {
    guard case .skipped = Self.report(relative) else {
      Issue.record("\(relative) should be skipped")
      return
    }
  }

  @Test func everyRuleAppearsInAnErrFixture() throws {
    var seen = Set<String>()
    for relative in Self.files(in: "err") {
      if case .checked(let file) = Self.report(relative) {
        seen.formUnion(file.findings.map(\.code))
      }
    }
    let missing = RuleRegistry.all.map { $0.description.code }.filter { !seen.contains($0) }
      .filter { code in !(RuleRegistry.rule(named: code)?.description.optIn ?? false) }
    #expect(missing.isEmpty, "rules with no err fixture: \(missing)")
  }
}

/// The README shows a real run: it must stay what `check` prints.
@Suite struct ReadmeDemoTests {
  @Test func readmeShowsTheRealOutput() throws {
    let readme = try String(
      contentsOf: FixtureGoldenTests.root.appendingPathComponent("README.md"), encoding: .utf8)
    let marker = "The first command prints (exit code 1, as there are errors):\n\n```\n"
    let start = try #require(readme.range(of: marker), "README lost its demo block")
    let rest = readme[start.upperBound...]
    let end = try #require(rest.range(of: "```\n"))
    let shown = String(rest[..<end.lowerBound])
    guard
      case .checked(let file) = FixtureGoldenTests.report("fixtures/err/cache_missing_version.yaml")
    else {
      Issue.record("fixture not checked")
      return
    }
    let actual = TextReporter(color: false).render(
      RunReport(files: [file], filesChecked: 1, filesSkipped: 0))
    #expect(shown == actual)
  }
}
