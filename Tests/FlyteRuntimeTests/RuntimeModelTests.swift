import FlyteLint
import FlyteManifest
import FlyteSpans
import Foundation
import Testing

@testable import FlyteRuntime

/// The runtime model on small inline manifests: budgets, deadlines, phases, cache.
@Suite struct RuntimeModelTests {
  static func run(_ yaml: String, _ configure: (inout SimulationOptions) -> Void = { _ in }) throws
    -> RunRecord
  {
    var options = SimulationOptions()
    options.cacheDirectory = nil
    configure(&options)
    return try Simulator(
      file: ManifestFile(path: "m.yaml", bytes: Array(yaml.utf8)), options: options
    ).run()
  }

  @Test func goDurationText() {
    #expect(Nanos.goDuration(300 * Nanos.perSecond) == "5m0s")
    #expect(Nanos.goDuration(600 * Nanos.perSecond) == "10m0s")
    #expect(Nanos.goDuration(3_661 * Nanos.perSecond) == "1h1m1s")
    #expect(Nanos.goDuration(1_500_000_000) == "1.5s")
    #expect(Nanos.goDuration(500_000_000) == "500ms")
    #expect(Nanos.goDuration(0) == "0s")
  }

  @Test func timestampsRoundTrip() {
    let start = SimulationOptions().start
    #expect(Nanos.timestamp(start) == "2024-01-01T00:00:00Z")
    #expect(Nanos.timestamp(start + 5_500_000_000) == "2024-01-01T00:00:05.500Z")
    #expect(Nanos.parseTimestamp("2024-01-01T00:00:00Z") == start)
    #expect(
      Nanos.parseTimestamp("2024-02-29T12:30:00Z").map(Nanos.timestamp) == "2024-02-29T12:30:00Z")
    #expect(Nanos.parseTimestamp("2024-13-01T00:00:00Z") == nil)
    #expect(Nanos.parseTimestamp("2024-01-01T02:00:00+02:00") == start)
    #expect(Nanos.parseTimestamp("yesterday") == nil)
  }

  @Test func systemFailuresHaveTheirOwnBudgetOfThree() throws {
    let run = try Self.run(
      "tasks:\n  - name: t\n    retries: 0\n    simulate:\n      attempts: [{outcome: system_error, message: boom}]\n"
    )
    #expect(run.nodes[0].attempts.count == 4)
    #expect(run.error?.code == "RetriesExhausted|SYSTEM")
    #expect(run.error?.message == "[3/3] currentAttempt done. Last Error: SYSTEM::boom")
  }

  @Test func userAttemptsDoNotCountSystemFailures() throws {
    let run = try Self.run(
      """
      tasks:
        - name: t
          retries: 1
          simulate:
            attempts:
              - {outcome: system_error}
              - {outcome: recoverable_error, message: flaky}
      """)
    #expect(
      run.nodes[0].attempts.map(\.outcome) == [
        "system_error", "recoverable_error", "recoverable_error",
      ])
    #expect(run.error?.message == "[2/2] currentAttempt done. Last Error: USER::flaky")
  }

  @Test func successfulAttemptRecordsFlytekitTimeitOrder() throws {
    let run = try Self.run(
      "tasks:\n  - name: t\n    outputs: {o0: int}\n    simulate: {outputs: {o0: 1}}\n")
    let execution = run.executionID
    #expect(
      run.nodes[0].attempts[0].timeline.map(\.name) == [
        "Load task", "Download data to local from s3://flyte-sim/\(execution)/n0/0/inputs.pb",
        "AsyncTranslate literal to python value", "Translate literal to python value",
        "Execute user level code",
        "Translate the output to literals", "dispatch execute",
        "Upload data to s3://flyte-sim/\(execution)/n0/0",
      ])
  }

  @Test func userFailureStopsTheTimelineAfterUserCode() throws {
    let run = try Self.run(
      "tasks:\n  - name: t\n    simulate: {attempts: [{outcome: user_error}]}\n")
    #expect(run.nodes[0].attempts[0].timeline.last?.name == "Execute user level code")
    #expect(run.nodes[0].attempts.count == 1)
    #expect(run.error?.code == "USER:RuntimeError")
  }

  @Test func wrongInputTypeIsANonRecoverableSystemError() throws {
    let run = try Self.run(
      "tasks:\n  - name: t\n    inputs: {a: int}\n    retries: 3\n    simulate: {inputs: {a: 1}}\n",
      { $0.inputsJSON = Array(#"{"a": "x"}"#.utf8) })
    let attempt = run.nodes[0].attempts[0]
    #expect(run.nodes[0].attempts.count == 1)
    #expect(attempt.outcome == "input_error")
    #expect(attempt.error?.kind == .system)
    #expect(attempt.error?.message.hasPrefix("Error converting input 'a':") == true)
    #expect(attempt.timeline.last?.name == "Translate literal to python value")
  }

  @Test func wrongOutputTypeNamesThePosition() throws {
    let run = try Self.run(
      "tasks:\n  - name: t\n    outputs: {o0: int}\n    simulate: {outputs: {o0: 1}}\n",
      { _ in })
    #expect(run.succeeded)
    let bad = try Self.run("tasks:\n  - name: t\n    outputs: {o0: int}\n    simulate: {}\n")
    #expect(bad.nodes[0].attempts[0].outcome == "output_error")
    #expect(
      bad.error?.message.hasPrefix("Failed to convert outputs of task 't' at position 0.") == true)
  }

  @Test func singleTaskRunsWithoutTimeoutAndSaysSo() throws {
    let run = try Self.run("tasks:\n  - name: t\n    timeout: 1s\n    simulate: {duration: 10s}\n")
    #expect(run.succeeded)
    #expect(run.nodes[0].timeout == nil)
    #expect(run.notes.first?.contains("does not apply") == true)
  }

  @Test func nonPositiveNodeTimeoutIsIgnored() throws {
    let run = try Self.run(
      """
      tasks:
        - name: t
          simulate: {duration: 10s}
      workflows:
        - name: wf
          nodes:
            - {id: n0, task: t, timeout: 0}
      """)
    #expect(run.succeeded)
    #expect(run.nodes[0].timeout == nil)
  }

  @Test func nodeRetriesOverrideOnlyWhenNonZero() throws {
    let yaml = """
      tasks:
        - name: t
          retries: 2
          simulate: {attempts: [{outcome: recoverable_error}]}
      workflows:
        - name: wf
          nodes:
            - {id: n0, task: t, retries: RETRIES}
      """
    #expect(
      try Self.run(yaml.replacingOccurrences(of: "RETRIES", with: "0")).nodes[0].attempts.count == 3
    )
    #expect(
      try Self.run(yaml.replacingOccurrences(of: "RETRIES", with: "4")).nodes[0].attempts.count == 5
    )
  }

  @Test func independentNodesOverlap() throws {
    let run = try Self.run(
      """
      tasks:
        - name: t
          simulate: {duration: 10s}
      workflows:
        - name: wf
          nodes:
            - {id: a, task: t}
            - {id: b, task: t}
      """)
    #expect(run.nodes[0].start == run.nodes[1].start)
    #expect(run.end == run.nodes[0].end + PlatformOverheads.defaults.workflowTeardown)
  }

  @Test func statsTagsFollowFlytekit() {
    let naming = StatsNaming(project: "P", domain: "d", task: "Mod.T", workflow: "wf.x")
    #expect(
      naming.name("m", userTags: [("exec_domain", "mine"), ("k", "a|b.c:d"), ("empty", "")])
        == "p.d.mod.t.user_stats.m.__api_version=1_16_0.__exec_domain=d.__exec_project=P.__exec_workflow=wf_x.__k=a_b_c_d"
    )
    #expect(naming.name("m", userTags: [("é", "x")]) == "p.d.mod.t.user_stats.m")
  }

  @Test func functionBodyVersionIgnoresCommentsBlankLinesAndTrailingSpaces() {
    let a = CacheSettings.functionBodyVersion(source: "def f():\n    return 1\n", salt: "")
    let b = CacheSettings.functionBodyVersion(
      source: "# doc\ndef f():   \n\n    # why\n    return 1", salt: "")
    #expect(a == b)
    #expect(a != CacheSettings.functionBodyVersion(source: "def f():\n    return 1\n", salt: "s"))
    #expect(a != CacheSettings.functionBodyVersion(source: "def f():\n    return 2\n", salt: ""))
  }

  @Test func cacheKeyLeavesIgnoredInputsOutAndSortsKeys() {
    let settings = CacheSettings(version: "v1", serialize: false, ignoredInputs: ["debug"])
    let key = settings.key(
      task: "t",
      inputs: [
        (name: "b", value: .int("2")), (name: "a", value: .string("x")),
        (name: "debug", value: .bool(true)),
      ])
    #expect(key == "t-v1-" + SHA256.hex(#"{"a":"x","b":2}"#))
  }
}

/// The span tree of a run: operations in flytekit's entities, explain output from FlyteSpans.
@Suite struct SpanTreeTests {
  @Test func singleTaskTreeExplainsLikeFlytekit() throws {
    let run = try RuntimeModelTests.run("tasks:\n  - name: t\n    simulate: {duration: 4s}\n")
    let text = SpanTree.build(run).explain()
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 2 + 7)
    #expect(
      lines[2].hasPrefix("WORKFLOW_SETUP           01-01 00:00:00.000000    01-01 00:00:01.000000"))
    #expect(
      lines[5].hasPrefix(
        "TASK_RUNTIME             01-01 00:00:02.160000    01-01 00:00:06.160000        4.00s        task/0"
      ))
    #expect(lines.last?.hasPrefix("WORKFLOW_TEARDOWN") == true)
  }
}

/// Decks: one page per loaded attempt, failed ones included, under sanitised paths.
@Suite struct DeckWiringTests {
  @Test func everyLoadedAttemptGetsADeckUnderASafePath() throws {
    let run = try RuntimeModelTests.run(
      """
      tasks:
        - name: "../../<script>x"
          enable_deck: true
          outputs: {o0: str}
          simulate:
            attempts: [{outcome: recoverable_error}, {outcome: success}]
            outputs: {o0: "<b>hi</b>"}
          retries: 1
      """)
    let files = RunWriter.files(run)
    let decks = files.map(\.name).filter { $0.hasSuffix("deck.html") }
    #expect(decks.count == 2)
    for name in files.map(\.name) {
      #expect(!name.hasPrefix("/"))
      #expect(!name.split(separator: "/").contains(".."))
      #expect(!name.contains("<"))
    }
    let page = try #require(files.first { $0.name.hasSuffix("attempt-1/deck.html") })
    #expect(!page.text.contains("<b>hi</b>"))
    #expect(files.contains { $0.name == "index.html" })
  }

  @Test func decksOffWritesNoDeck() throws {
    let run = try RuntimeModelTests.run("tasks:\n  - name: t\n")
    #expect(!RunWriter.files(run).contains { $0.name.hasSuffix("deck.html") })
  }
}

/// `simulate.platform` changes the overheads around the pods.
@Suite struct PlatformOverheadTests {
  @Test func workflowPlatformBlockOverridesTheDefaults() throws {
    let yaml = """
      tasks:
        - name: t
          simulate: {duration: 10s}
      workflows:
        - name: wf
          nodes:
            - {id: n0, task: t}
          simulate:
            platform: {workflow_setup: 5s, node_setup: 2s, node_teardown: 0s, workflow_teardown: 3s}
      """
    let file = ManifestFile(path: "m.yaml", bytes: Array(yaml.utf8))
    #expect(Linter().lint(file).findings.filter { $0.severity == .error }.isEmpty)
    let run = try RuntimeModelTests.run(yaml)
    #expect(run.platform.workflowSetup == 5 * Nanos.perSecond)
    #expect(run.nodes[0].start == run.start + 5 * Nanos.perSecond)
    #expect(run.nodes[0].attempts[0].start == run.nodes[0].start + 2 * Nanos.perSecond)
    #expect(run.nodes[0].end == run.nodes[0].attempts[0].end)
    #expect(run.end == run.nodes[0].end + 3 * Nanos.perSecond)
  }
}
