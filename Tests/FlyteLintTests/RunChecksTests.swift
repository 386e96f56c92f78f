import FlyteLint
import FlyteSyntax
import Testing

@Suite struct RunChecksTests {
  func report(_ path: String, _ text: String) -> FileReport {
    guard case .checked(let report) = FileChecker.check(path: path, bytes: Array(text.utf8), linter: Linter()) else {
      Issue.record("\(path) not checked")
      return FileReport(path: path, findings: [], source: nil, lineIndex: nil)
    }
    return report
  }

  @Test func duplicateAcrossFilesIsReportedInTheLaterFile() throws {
    var files = [
      report("b.yaml", "tasks:\n  - name: pkg.t\n"),
      report("a.yaml", "tasks:\n  - name: pkg.t\n  - name: pkg.u\n"),
    ]
    RunChecks.duplicateTaskNames(&files)
    #expect(files.map(\.path) == ["a.yaml", "b.yaml"])
    #expect(files[0].findings.isEmpty)
    let finding = try #require(files[1].findings.first { $0.code == "FL006" })
    #expect(finding.range == ByteRange(17, 22))
    #expect(finding.related.first?.path == "a.yaml")
    #expect(finding.related.first?.start == SourcePosition(line: 2, column: 11))
  }

  @Test func flyteidlVersionsOfOneTaskAreNotDuplicates() {
    let template = { (v: String) in
      "{\"id\": {\"resourceType\": \"TASK\", \"project\": \"p\", \"domain\": \"d\", \"name\": \"t\", \"version\": \"\(v)\"}, \"type\": \"python-task\", \"metadata\": {}, \"interface\": {}}"
    }
    var files = [report("v1.json", template("v1")), report("v2.json", template("v2")), report("v2b.json", template("v2"))]
    RunChecks.duplicateTaskNames(&files)
    #expect(files.map { $0.findings.filter { $0.code == "FL006" }.count } == [0, 0, 1])
  }

  @Test func suppressionCodesMayHaveSpacesAfterCommas() {
    let text = "tasks:\n  - name: t\n    retries: \"3\"\n    cache: true  # flyte-lint: disable=FL004, FL101 -- pinned upstream\n"
    var files = [report("s.yaml", text)]
    RunChecks.finish(&files)
    // Both codes are read: FL101 is silenced, FL004 (nothing on this line) is reported unused.
    #expect(files[0].suppressed.map(\.finding.code) == ["FL101"])
    #expect(files[0].findings.filter { $0.code == "FL901" }.map(\.message) == ["suppression of \"FL004\" is unused: nothing here triggers it"])
    #expect(!files[0].findings.contains { $0.code == "FL101" || $0.code == "FL902" })
    #expect(files[0].suppressed.first?.justification == "pinned upstream")
  }

  @Test func runWideFindingsCanBeSuppressed() {
    var files = [report("w.yaml", "workflows:\n  - name: w\n    nodes:\n      - {id: a, task: elsewhere}  # flyte-lint: disable=FL501 -- defined in another repo\n")]
    RunChecks.finish(&files)
    #expect(files[0].findings.map(\.code) == [])
    #expect(files[0].suppressed.map(\.finding.code) == ["FL501"])
    #expect(files[0].suppressed.first?.justification == "defined in another repo")
  }
}

@Suite struct SharedDefaultsTests {
  @Test func aDefaultSharedByManyTasksIsOneFinding() {
    let text = "defaults:\n  cache: true\ntasks:\n  - name: a\n  - name: b\n  - name: c\n"
    guard case .checked(let report) = FileChecker.check(path: "d.yaml", bytes: Array(text.utf8), linter: Linter()) else {
      Issue.record("not checked")
      return
    }
    #expect(report.findings.filter { $0.code == "FL101" }.count == 1)
    #expect(report.findings.first { $0.code == "FL101" }?.range == ByteRange(19, 23))  // the `true` under defaults
  }
}
