import Foundation
import Testing

/// `check --fix`, `--unsafe-fixes` and `--diff` as a shell sees them: files on disk, exit
/// codes, stdout and stderr.
@Suite struct FixCommandTests {
  /// Only warnings: one with a safe fix (FL305), one without (FL203).
  static let warningsOnly =
    "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Timeline, Input]  # keep me\n    timeout: 0\n"
  static let warningsFixed =
    "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, Timeline]  # keep me\n    timeout: 0\n"
  /// An error with an unsafe fix only (a misspelt ignored input).
  static let unsafeOnly =
    "tasks:\n  - name: t\n    inputs: {data: str, debug_mode: bool}\n    cache: {version: \"v1\", ignored_inputs: [debug_mod]}\n"

  @Test func fixWritesTheFileReportsWhatRemainsAndExitsOnIt() throws {
    try withFiles(["t.yaml": Self.warningsOnly]) { dir in
      let result = try CLI.run(["check", "--fix", "t.yaml", "--format", "concise"], in: dir)
      #expect(result.status == 0, "only warnings remain: \(result.stdout) \(result.stderr)")
      #expect(try text(dir, "t.yaml") == Self.warningsFixed)
      #expect(result.stdout.hasSuffix("Fixed 1 finding (1 file)\n"), "\(result.stdout)")
      #expect(result.stdout.contains("[FL203]"), "the zero timeout has no fix and remains")
      #expect(!result.stdout.contains("[FL305]"))
      #expect(result.stderr == "")
      let again = try CLI.run(["check", "--fix", "t.yaml", "--format", "concise"], in: dir)
      #expect(again.stdout.hasSuffix("No fixes applied\n"), "\(again.stdout)")
      #expect(try text(dir, "t.yaml") == Self.warningsFixed)
    }
  }

  @Test func unsafeFixesNeedTheirFlag() throws {
    try withFiles(["t.yaml": Self.unsafeOnly]) { dir in
      let plain = try CLI.run(["check", "t.yaml"], in: dir)
      #expect(plain.status == 1)
      #expect(
        plain.stdout.hasSuffix("1 finding fixable with --fix --unsafe-fixes\n"), "\(plain.stdout)")

      let safe = try CLI.run(["check", "--fix", "t.yaml", "--format", "concise"], in: dir)
      #expect(safe.status == 1)
      #expect(
        safe.stdout.hasSuffix("No fixes applied; 1 more fixable with --unsafe-fixes\n"),
        "\(safe.stdout)")
      #expect(try text(dir, "t.yaml") == Self.unsafeOnly)

      let unsafe = try CLI.run(
        ["check", "--fix", "--unsafe-fixes", "t.yaml", "--format", "concise"], in: dir)
      #expect(unsafe.status == 0, "the only error was fixed: \(unsafe.stdout)")
      #expect(try text(dir, "t.yaml").contains("ignored_inputs: [debug_mode]"))
    }
  }

  @Test func diffPrintsTheChangesAndWritesNothing() throws {
    try withFiles(["t.yaml": Self.warningsOnly, "clean.yaml": "tasks:\n  - name: c\n"]) { dir in
      let result = try CLI.run(["check", "--diff", "."], in: dir)
      #expect(result.status == 1)
      #expect(
        result.stdout == """
          --- a/t.yaml
          +++ b/t.yaml
          @@ -1,5 +1,5 @@
           tasks:
             - name: t
               enable_deck: true
          -    deck_fields: [Input, Timeline, Input]  # keep me
          +    deck_fields: [Input, Timeline]  # keep me
               timeout: 0

          """)
      #expect(result.stderr == "Would fix 1 finding (1 file)\n")
      #expect(try text(dir, "t.yaml") == Self.warningsOnly)

      let clean = try CLI.run(["check", "--diff", "clean.yaml"], in: dir)
      #expect(clean.status == 0)
      #expect(clean.stdout == "")
    }
  }

  @Test func readOnlyFileIsLeftAloneWithAMessage() throws {
    try withFiles(["t.yaml": Self.warningsOnly]) { dir in
      let path = dir.appendingPathComponent("t.yaml").path
      try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
      let result = try CLI.run(["check", "--fix", "t.yaml", "--format", "concise"], in: dir)
      #expect(result.status == 1)
      #expect(result.stderr == "error: t.yaml: not fixed: the file is read-only\n")
      #expect(result.stdout.contains("[FL305]"), "the finding stays")
      #expect(try text(dir, "t.yaml") == Self.warningsOnly)
      #expect(try permissions(path) == 0o444)
    }
  }

  @Test func aFileWithASyntaxErrorIsLeftAloneWithAMessage() throws {
    let broken = "tasks:\n  - name: t\n    deck_fields: [Input, Input\n"
    try withFiles(["t.yaml": broken]) { dir in
      let result = try CLI.run(["check", "--fix", "t.yaml"], in: dir)
      #expect(result.status == 1)
      #expect(
        result.stderr
          == "error: t.yaml: not fixed: the file has a syntax error or cannot be read (FL001)\n")
      #expect(try text(dir, "t.yaml") == broken)
    }
  }

  @Test func fixingKeepsTheModeAndLeavesNoTemporaryFile() throws {
    try withFiles(["t.yaml": Self.warningsOnly]) { dir in
      let path = dir.appendingPathComponent("t.yaml").path
      try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
      let result = try CLI.run(["check", "--fix", "t.yaml"], in: dir)
      #expect(result.status == 0)
      #expect(try permissions(path) == 0o640)
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.yaml"])
    }
  }

  @Test func stdinFixWritesTheFixedTextToStdout() throws {
    let result = try CLI.run(
      ["check", "--fix", "-", "--stdin-filename", "t.yaml", "--format", "concise"],
      stdin: Array(Self.warningsOnly.utf8))
    #expect(result.status == 0)
    #expect(result.stdout == Self.warningsFixed)
    #expect(result.stderr.contains("[FL203]"))
    #expect(result.stderr.hasSuffix("Fixed 1 finding (1 file)\n"))

    // Not a manifest: the text comes back as it was.
    let other = try CLI.run(["check", "--fix", "-"], stdin: Array("a: 1\n".utf8))
    #expect(other.status == 0)
    #expect(other.stdout == "a: 1\n")
  }

  /// FL901 is judged with the run-wide checks, which also look up tasks in the repository's
  /// unchecked manifests (a pre-commit run names only the staged files).
  @Test func unusedSuppressionIsJudgedAgainstTheWholeRepository() throws {
    let flow =
      "workflows:\n  - name: w\n    nodes:\n      - {id: a, task: pkg.train}  # flyte-lint: disable=FL501\n"
    try withFiles(["flow.yaml": flow]) { dir in
      try FileManager.default.createDirectory(
        at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
      // The task exists nowhere: the suppression silences FL501 and stays.
      let nowhere = try CLI.run(["check", "--fix", "flow.yaml"], in: dir)
      #expect(nowhere.status == 0)
      #expect(try text(dir, "flow.yaml") == flow)
      // The task is defined in a file not named on the command line: the suppression is stale.
      try Data("tasks:\n  - name: pkg.train\n    retries: 1\n".utf8).write(
        to: dir.appendingPathComponent("tasks.yaml"))
      let elsewhere = try CLI.run(["check", "--fix", "flow.yaml"], in: dir)
      #expect(elsewhere.status == 0)
      #expect(
        try text(dir, "flow.yaml")
          == "workflows:\n  - name: w\n    nodes:\n      - {id: a, task: pkg.train}\n")
    }
  }

  @Test func helpListsTheFixOptions() throws {
    let result = try CLI.run(["help", "check"])
    for option in ["--fix", "--unsafe-fixes", "--diff"] {
      #expect(result.stdout.contains("  \(option) "), "help lacks \(option)")
    }
  }
}

private func text(_ dir: URL, _ name: String) throws -> String {
  String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self)
}

private func permissions(_ path: String) throws -> Int {
  (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
}
