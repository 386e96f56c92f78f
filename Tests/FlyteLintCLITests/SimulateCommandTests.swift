import Foundation
import Testing

/// `flyte-lint simulate` as a shell sees it: exit codes (SPEC §1), refusal of manifests with
/// error findings, files only under `--out`, and byte-identical output folders.
@Suite struct SimulateCommandTests {
  static let ok = """
    tasks:
      - name: pkg.t
        outputs: {o0: int}
        cache: {version: "1"}
        simulate: {outputs: {o0: 1}, metrics: [{incr: n}]}
    """

  @Test func successExitsZeroAndWritesOnlyUnderOut() throws {
    try withFiles(["m.yaml": Self.ok]) { dir in
      let result = try CLI.run(
        ["simulate", "m.yaml", "--out", "o", "--cache-dir", "o/cache"], in: dir)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("SUCCEEDED"))
      let top = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
      #expect(top == ["m.yaml", "o"])
      let second = try CLI.run(
        ["simulate", "m.yaml", "--out", "o", "--cache-dir", "o/cache"], in: dir)
      #expect(second.stdout.contains("cache hit"))
    }
  }

  @Test func failedExecutionExitsOne() throws {
    let failing = "tasks:\n  - name: t\n    simulate: {attempts: [{outcome: user_error}]}\n"
    try withFiles(["m.yaml": failing]) { dir in
      let result = try CLI.run(["simulate", "m.yaml", "--out", "o", "--no-cache"], in: dir)
      #expect(result.status == 1)
      #expect(result.stdout.contains("FAILED"))
    }
  }

  @Test func manifestWithErrorFindingsIsRefused() throws {
    try withFiles(["m.yaml": "tasks:\n  - name: t\n    retries: \"3\"\n"]) { dir in
      let result = try CLI.run(["simulate", "m.yaml", "--out", "o"], in: dir)
      #expect(result.status == 1)
      #expect(result.stderr.contains("FL004"))
      #expect(result.stderr.contains("nothing was simulated"))
      #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }
  }

  @Test func usageErrorsExitTwo() throws {
    let two = "tasks:\n  - name: a\n  - name: b\n"
    try withFiles(["m.yaml": two]) { dir in
      let ambiguous = try CLI.run(["simulate", "m.yaml", "--no-cache"], in: dir)
      #expect(ambiguous.status == 2)
      #expect(ambiguous.stderr.contains("--task a"))
      #expect(try CLI.run(["simulate", "m.yaml", "--task", "zz"], in: dir).status == 2)
      #expect(try CLI.run(["simulate", "missing.yaml"], in: dir).status == 2)
      #expect(
        try CLI.run(["simulate", "m.yaml", "--task", "a", "--start", "soon"], in: dir).status == 2)
      #expect(
        try CLI.run(
          ["simulate", "m.yaml", "--task", "a", "--inputs", "[1]", "--no-cache"], in: dir
        ).status == 2)
    }
  }

  @Test func sameRunTwiceGivesIdenticalFolders() throws {
    try withFiles(["m.yaml": Self.ok]) { dir in
      _ = try CLI.run(["simulate", "m.yaml", "--out", "a", "--no-cache"], in: dir)
      _ = try CLI.run(["simulate", "m.yaml", "--out", "b", "--no-cache"], in: dir)
      let names = try FileManager.default.contentsOfDirectory(
        atPath: dir.appendingPathComponent("a").path
      ).sorted()
      #expect(names.count == 9)
      for name in names {
        let left = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
        let right = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
        #expect(left == right, "\(name)")
      }
    }
  }
}
