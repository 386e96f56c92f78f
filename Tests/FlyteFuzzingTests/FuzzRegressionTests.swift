import FlyteFuzzing
import Foundation
import Testing

/// Every input saved under `fixtures/fuzz/<target>/` (crashes the fuzzers found, and a few
/// interesting seeds) through its target's properties: each must hold.
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `target/file` for every saved input.
  static var cases: [String] {
    FuzzHarness.targets.flatMap { target -> [String] in
      let dir = root.appendingPathComponent("fixtures/fuzz/\(target.name)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.name)/\($0)" }
    }
  }

  @Test func everyTargetHasSavedInputs() {
    for target in FuzzHarness.targets {
      #expect(
        Self.cases.contains { $0.hasPrefix(target.name + "/") },
        "fixtures/fuzz/\(target.name) is empty")
    }
  }

  @Test(arguments: cases)
  func savedInputKeepsItsProperties(_ relative: String) throws {
    let name = String(relative.prefix { $0 != "/" })
    let run = try #require(FuzzHarness.target(named: name))
    let bytes = [UInt8](
      try Data(contentsOf: Self.root.appendingPathComponent("fixtures/fuzz/\(relative)")))
    #expect(run(bytes) == nil, "\(relative): \(run(bytes) ?? "")")
  }
}
