import Foundation
import Testing

/// Every report format on one fixed finding set — the `fixtures/err` run, exactly as users run
/// it — against golden files in `fixtures/formats/`. FLYTE_LINT_RECORD=1 rewrites the golden
/// files and fails, so a recording run never passes CI.
@Suite struct ReportFormatTests {
  static let formats = ["text", "concise", "json", "sarif", "github", "checkstyle", "junit"]

  @Test(arguments: formats)
  func errRunMatchesGolden(_ format: String) throws {
    let result = try CLI.run(["check", "fixtures/err", "--format", format], in: Golden.packageRoot)
    #expect(result.status == 1, "fixtures/err has errors")
    #expect(result.stderr == "")
    try Golden.check(Golden.normalised(result.stdout, format: format), against: "err.\(format).out")
  }

  /// Text on the terminal and two files, in one run: each file holds what its format prints alone.
  @Test func severalReportsInOneRun() throws {
    try withFiles([:]) { dir in
      let sarif = dir.appendingPathComponent("out.sarif").path
      let junit = dir.appendingPathComponent("junit.xml").path
      let result = try CLI.run(
        [
          "check", "fixtures/err", "--format", "concise", "--format", "sarif", "--output", sarif,
          "--format=junit", "--output=\(junit)",
        ],
        in: Golden.packageRoot)
      #expect(result.status == 1)
      #expect(result.stderr == "")
      try Golden.check(result.stdout, against: "err.concise.out")
      try Golden.check(
        Golden.normalised(try String(contentsOfFile: sarif, encoding: .utf8), format: "sarif"),
        against: "err.sarif.out")
      try Golden.check(try String(contentsOfFile: junit, encoding: .utf8), against: "err.junit.out")
      // Nothing else is left in the folder: no temporary files.
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
          "junit.xml", "out.sarif",
        ])
    }
  }

  @Test func outputAloneWritesTheDefaultFormat() throws {
    try withFiles([:]) { dir in
      let path = dir.appendingPathComponent("report.txt").path
      let result = try CLI.run(["check", "fixtures/err", "--output", path], in: Golden.packageRoot)
      #expect(result.status == 1)
      #expect(result.stdout == "", "the only report went to the file")
      try Golden.check(try String(contentsOfFile: path, encoding: .utf8), against: "err.text.out")
    }
  }

  @Test func badOutputCombinationsAreUsageErrors() throws {
    let cases: [([String], String)] = [
      (["--format", "text", "--format", "json"], "only one format can go to standard output"),
      (
        ["--format", "sarif", "--output", "a.sarif", "--output", "b.sarif"],
        "--output b.sarif has no --format"
      ),
      (["--output", "a.txt", "--format", "json"], "--output a.txt has no --format"),
      (
        ["--format", "json", "--output", "a.json", "--format", "sarif", "--output", "./a.json"],
        "two reports would be written to ./a.json"
      ),
      (["--format", "html"], "unknown format \"html\""),
      (["--format", "json", "--output", ""], "--output needs a file name"),
    ]
    try withFiles(["t.yaml": "tasks:\n  - name: t\n"]) { dir in
      for (options, message) in cases {
        let result = try CLI.run(["check", "t.yaml"] + options, in: dir)
        #expect(result.status == 2, "\(options)")
        #expect(result.stdout == "", "\(options)")
        #expect(result.stderr.contains(message), "\(options): \(result.stderr)")
      }
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.yaml"],
        "nothing was written")
    }
  }

  /// A report that cannot be written fails the run with exit 2; the other reports still appear.
  @Test func unwritableOutputIsExitTwo() throws {
    try withFiles(["t.yaml": "tasks:\n  - name: t\n"]) { dir in
      let result = try CLI.run(
        [
          "check", "t.yaml", "--format", "concise", "--format", "sarif", "--output",
          "missing/out.sarif",
        ], in: dir)
      #expect(result.status == 2)
      #expect(result.stdout.hasPrefix("no problems found"), "stdout: \(result.stdout)")
      #expect(result.stderr.contains("cannot write missing/out.sarif"), "stderr: \(result.stderr)")
    }
  }

  /// The report replaces an existing file in one step and keeps its permissions.
  @Test func outputReplacesAnExistingFileKeepingItsMode() throws {
    try withFiles([
      "t.yaml": "tasks:\n  - name: t\n",
      "report.json": "old content that is longer than the new report",
    ]) { dir in
      let report = dir.appendingPathComponent("report.json").path
      try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: report)
      let result = try CLI.run(
        ["check", "t.yaml", "--format", "json", "--output", "report.json"], in: dir)
      #expect(result.status == 0)
      let written = try String(contentsOfFile: report, encoding: .utf8)
      #expect(written.hasPrefix("{\"version\": 1,") && written.hasSuffix("}\n"), "\(written)")
      let mode = try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int
      #expect(mode == 0o640)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
          "report.json", "t.yaml",
        ])
    }
  }

  // MARK: GitHub Actions

  @Test func githubIsTheDefaultInGitHubActions() throws {
    let auto = try CLI.run(
      ["check", "fixtures/err"], in: Golden.packageRoot, environment: ["GITHUB_ACTIONS": "true"])
    #expect(auto.status == 1)
    try Golden.check(auto.stdout, against: "err.github.out")
    let chosen = try CLI.run(
      ["check", "fixtures/err", "--format", "concise"], in: Golden.packageRoot,
      environment: ["GITHUB_ACTIONS": "true"])
    try Golden.check(chosen.stdout, against: "err.concise.out")
  }

  /// The table is appended: what other steps wrote stays, and a second run adds a second table.
  @Test func stepSummaryIsAppended() throws {
    try withFiles(["summary.md": "# earlier step\n"]) { dir in
      let summary = dir.appendingPathComponent("summary.md").path
      for _ in 0..<2 {
        let result = try CLI.run(
          ["check", "fixtures/err", "--format", "github"], in: Golden.packageRoot,
          environment: ["GITHUB_STEP_SUMMARY": summary])
        #expect(result.status == 1)
        #expect(result.stderr == "")
      }
      let text = try String(contentsOfFile: summary, encoding: .utf8)
      #expect(text.hasPrefix("# earlier step\n### flyte-lint\n"))
      let table = String(text.dropFirst("# earlier step\n".count))
      #expect(
        table.count % 2 == 0
          && table == String(table.prefix(table.count / 2)) + String(table.prefix(table.count / 2)))
      try Golden.check(String(table.prefix(table.count / 2)), against: "err.step-summary.out")
      // Other formats leave the summary alone.
      _ = try CLI.run(
        ["check", "fixtures/err", "--format", "json"], in: Golden.packageRoot,
        environment: ["GITHUB_STEP_SUMMARY": summary])
      #expect(try String(contentsOfFile: summary, encoding: .utf8) == text)
    }
  }
}

/// Golden files under `fixtures/formats/`.
enum Golden {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let folder = packageRoot.appendingPathComponent("fixtures/formats")
  /// What the repository root's `file://` URI becomes in the SARIF golden file: the real one
  /// depends on where the repository is checked out.
  static let rootURIPlaceholder = "file:///path/to/flyte-lint/"

  static func check(
    _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "recorded \(name); unset FLYTE_LINT_RECORD and run again", sourceLocation: sourceLocation)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected, "output differs from fixtures/formats/\(name)",
      sourceLocation: sourceLocation)
  }

  /// SARIF names the checkout's absolute root once (`originalUriBaseIds`); everything else in
  /// every format is independent of where the repository lives.
  static func normalised(_ text: String, format: String) -> String {
    guard format == "sarif" else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let base = lines.firstIndex(where: { $0.hasSuffix("\"%SRCROOT%\": {") }),
      base + 1 < lines.count
    {
      let indent = lines[base + 1].prefix { $0 == " " }
      lines[base + 1] = indent + "\"uri\": \"\(rootURIPlaceholder)\""
    }
    return lines.joined(separator: "\n")
  }
}
