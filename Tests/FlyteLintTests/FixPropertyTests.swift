import FlyteLint
import Foundation
import Testing

/// SPEC §8's guarantees on every sample we have: each fixture and each rule's bad example
/// (as written, with a multi-byte first line, with CRLF), with safe fixes and with unsafe ones.
@Suite struct FixPropertyTests {
  static var fixtures: [String] {
    FixtureGoldenTests.files(in: "err") + FixtureGoldenTests.files(in: "ok")
      + FixtureGoldenTests.files(in: "flyteidl")
      + FixtureGoldenTests.files(in: "fix").filter { !$0.contains(".fixed.") }
  }

  @Test(arguments: fixtures, [false, true])
  func fixture(_ relative: String, unsafe: Bool) throws {
    let text = try String(
      contentsOf: FixtureGoldenTests.root.appendingPathComponent(relative), encoding: .utf8)
    expectFixProperties(
      text, path: relative, unsafe: unsafe, mustBeManifest: relative.hasPrefix("fixtures/err/"))
  }

  @Test(arguments: RuleCase.all.filter(\.bad), [false, true])
  func badExample(_ ruleCase: RuleCase, unsafe: Bool) {
    for (variant, text, _) in MarkedExample(ruleCase.example).variants() {
      let path =
        "\(ruleCase.code)-\(ruleCase.index + 1)-\(variant.replacingOccurrences(" ", "-")).yaml"
      expectFixProperties(text, path: path, unsafe: unsafe)
    }
  }

  /// The whole `fixtures/err` folder as one run: cross-file checks (FL006, FL501, FL901) see
  /// every file, as `flyte-lint check --fix fixtures/err` would. Given in reverse path order,
  /// since the run-wide step sorts by path and each report must stay with its own file.
  @Test(arguments: [false, true])
  func errFolderAsOneRun(unsafe: Bool) throws {
    let files = try FixtureGoldenTests.files(in: "err").reversed().map { relative in
      (
        path: relative,
        text: try String(
          contentsOf: FixtureGoldenTests.root.appendingPathComponent(relative), encoding: .utf8)
      )
    }
    let outcome = fixing(files, unsafe: unsafe)
    #expect(outcome.unsettled.isEmpty)
    #expect(outcome.refusals.map(\.path) == ["fixtures/err/broken.flyte.yaml"])
    #expect(!outcome.fixes.isEmpty)
    let fixed = Dictionary(
      uniqueKeysWithValues: outcome.fixes.map {
        ($0.path, String(decoding: $0.fixed, as: UTF8.self))
      })
    for fix in outcome.fixes {
      // Each file's result is its own text fixed, never another file's.
      let original = try #require(files.first { $0.path == fix.path }).text
      #expect(fix.original == Array(original.utf8), "\(fix.path)")
      expectFixProperties(original, path: fix.path, unsafe: unsafe)
      #expect(
        fix.fixed == Array(fixedText(original, path: fix.path, unsafe: unsafe).utf8),
        "\(fix.path) alone fixes differently")
    }
    let again = fixing(
      files.map { (path: $0.path, text: fixed[$0.path] ?? $0.text) }, unsafe: unsafe)
    #expect(again.fixes.isEmpty, "a second run changes \(again.fixes.map(\.path))")
  }
}
