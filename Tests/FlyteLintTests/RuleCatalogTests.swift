import FlyteLint
import Foundation
import Testing

/// The checked-in `rules/` catalog must equal what the rule descriptions generate.
/// FLYTE_LINT_RECORD=1 regenerates it (and fails, so a recording run never passes CI).
@Suite struct RuleCatalogTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("rules")

  static var expectedFiles: [(String, String)] {
    let descriptions = RuleRegistry.all.map { $0.description }
    return [("README.md", RuleDocumentation.index(descriptions))]
      + descriptions.map { ("\($0.code).md", RuleDocumentation.page($0)) }
  }

  @Test func catalogIsUpToDate() throws {
    let recording = ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1"
    var stale: [String] = []
    for (name, content) in Self.expectedFiles {
      let url = Self.folder.appendingPathComponent(name)
      if recording {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        try content.write(to: url, atomically: true, encoding: .utf8)
      } else if (try? String(contentsOf: url, encoding: .utf8)) != content {
        stale.append(name)
      }
    }
    let known = Set(Self.expectedFiles.map(\.0))
    let extra = ((try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? [])
      .filter { $0.hasSuffix(".md") && !known.contains($0) }
    if recording {
      for name in extra { try? FileManager.default.removeItem(at: Self.folder.appendingPathComponent(name)) }
      Issue.record("rules/ regenerated; unset FLYTE_LINT_RECORD and run again")
      return
    }
    #expect(stale.isEmpty, "stale rule pages (run with FLYTE_LINT_RECORD=1): \(stale)")
    #expect(extra.isEmpty, "rule pages without a rule: \(extra)")
  }
}
