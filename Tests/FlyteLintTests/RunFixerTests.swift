import FlyteLint
import FlyteSyntax
import Testing

/// The fixed-point loop: run-wide FL901, overlapping fixes, refusals, the pass limit.
@Suite struct RunFixerTests {
  // MARK: FL901 is decided over the whole run

  /// A suppression used only by a run-wide finding (FL501, known once every file is in) is not
  /// "unused", so no fix may remove it.
  @Test func aSuppressionUsedByARunWideFindingStays() {
    let text =
      "workflows:\n  - name: w\n    nodes:\n      - {id: a, task: elsewhere}  # flyte-lint: disable=FL501 -- another repo\n"
    let outcome = fixing([("w.yaml", text)], unsafe: true)
    #expect(outcome.fixes.isEmpty)
    #expect(outcome.reports[0].findings.isEmpty)
  }

  /// Fixing one file can make another file's suppression unused: the next pass removes it.
  @Test func fixingOneFileSettlesAnotherFilesSuppression() throws {
    let tasks = "tasks:\n  - nme: pkg.train\n    retries: 1\n"
    let workflow =
      "workflows:\n  - name: w\n    nodes:\n      - {id: a, task: pkg.train}  # flyte-lint: disable=FL501\n"
    let outcome = fixing([("tasks.yaml", tasks), ("flow.yaml", workflow)], unsafe: true)
    let fixed = Dictionary(
      uniqueKeysWithValues: outcome.fixes.map {
        ($0.path, String(decoding: $0.fixed, as: UTF8.self))
      })
    #expect(fixed["tasks.yaml"] == "tasks:\n  - name: pkg.train\n    retries: 1\n")
    #expect(
      fixed["flow.yaml"]
        == "workflows:\n  - name: w\n    nodes:\n      - {id: a, task: pkg.train}\n")
    #expect(
      outcome.reports.allSatisfy { $0.findings.isEmpty },
      "\(outcome.reports.flatMap(\.findings).map(\.message)) \(outcome.refusals)")
    // Without the unsafe rename the task stays unnamed, and the suppression stays in use.
    let safeOnly = fixing([("tasks.yaml", tasks), ("flow.yaml", workflow)], unsafe: false)
    #expect(safeOnly.fixes.isEmpty)
  }

  // MARK: passes

  /// `disable_deck: no`: FL302 rewrites key and value, FL007's edit of the same value waits
  /// for the next pass, where it no longer applies.
  @Test func anOverlappingFixWaitsForTheNextPass() throws {
    let outcome = fixing([("t.yaml", "tasks:\n  - name: t\n    disable_deck: no\n")], unsafe: false)
    let fix = try #require(outcome.fixes.first)
    #expect(
      String(decoding: fix.fixed, as: UTF8.self) == "tasks:\n  - name: t\n    enable_deck: true\n")
    #expect(fix.count == 1)
    #expect(fix.passes.count == 1)
  }

  @Test func unsafeFixesWaitForUnsafeFixes() {
    let text = "tasks:\n  - name: t\n    retires: 2\n"
    #expect(fixedText(text, unsafe: false) == text)
    #expect(fixedText(text, unsafe: true) == "tasks:\n  - name: t\n    retries: 2\n")
  }

  @Test func fixesStopAfterTheLastPassAndSaySo() throws {
    let outcome = fixing(
      [("t.yaml", "tasks:\n  - name: a\n")], unsafe: false, rules: [FlipFlopRule.self])
    let fix = try #require(outcome.fixes.first)
    #expect(fix.passes.count == 10)
    #expect(outcome.unsettled == ["t.yaml"])
  }

  // MARK: refusals

  @Test func aFileWithASyntaxErrorIsNeverFixed() {
    let outcome = fixing([("t.yaml", "tasks:\n  - name: t\n    retries: [\n")], unsafe: true)
    #expect(outcome.fixes.isEmpty)
    #expect(outcome.refusals.map(\.refusal) == [.syntaxError])
  }

  @Test func aFixThatBreaksTheFileLeavesItAlone() throws {
    let text = "tasks:\n  - name: a\n"
    let outcome = fixing([("t.yaml", text)], unsafe: false, rules: [BreakingFixRule.self])
    #expect(outcome.fixes.isEmpty)
    let refusal = try #require(outcome.refusals.first)
    guard case .brokenResult = refusal.refusal else {
      Issue.record("expected a broken-result refusal, got \(refusal.refusal)")
      return
    }
    // The report is the original file's.
    #expect(outcome.reports[0].findings.map(\.code) == ["FLX02"])
  }

  @Test func aRefusedFileKeepsItsFindings() {
    let text = "tasks:\n  - name: t\n    deck_fields: [Input, Input]\n"
    let outcome = fixing([("t.yaml", text)], unsafe: false) { _ in
      .notWritable("the file is read-only")
    }
    #expect(outcome.fixes.isEmpty)
    #expect(outcome.refusals.map(\.refusal) == [.notWritable("the file is read-only")])
    #expect(outcome.reports[0].findings.contains { $0.code == "FL305" })
  }
}

/// Renames `a` to `b` and `b` to `a`: a fix that never settles.
enum FlipFlopRule: Rule {
  static let description = testRule("FLX01")
  static func check(_ context: inout RuleContext) { context.offerNameFix { $0 == "a" ? "b" : "a" } }
}

/// Offers a fix that leaves an unclosed flow sequence.
enum BreakingFixRule: Rule {
  static let description = testRule("FLX02")
  static func check(_ context: inout RuleContext) { context.offerNameFix { _ in "[a" } }
}

private func testRule(_ code: String) -> RuleDescription {
  RuleDescription(
    code: code, name: "test-\(code)", severity: .warning, summary: "test", rationale: "test",
    fix: .safe, bad: [], good: [])
}

extension RuleContext {
  /// A finding on every task name, with a safe fix writing `replacement(name)` there.
  fileprivate mutating func offerNameFix(_ replacement: (String) -> String) {
    for task in tasks {
      guard let name = task.name, let node = task.field("name")?.value else { continue }
      let edit = TextEdit(range: tree[node].contentRange, newText: replacement(name))
      report("test", at: node, fix: Fix(.safe, "test", edits: [edit]))
    }
  }
}
