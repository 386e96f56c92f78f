/// JUnit XML for CI test-report views (GitLab's `artifacts:reports:junit`, Jenkins' JUnit
/// plugin). One `<testsuite>` per checked file and one failed `<testcase>` per finding, so
/// each finding is its own line in the merge-request widget; a clean file is one passing test
/// case, so the pass count says how many files were checked.
public enum JUnitReporter {
  public static func render(_ run: RunReport) -> String {
    let findings = run.files.reduce(0) { $0 + $1.findings.count }
    let tests = run.files.reduce(0) { $0 + max(1, $1.findings.count) }
    let all = XMLText.attributes([
      ("name", ToolInfo.name), ("tests", String(tests)), ("failures", String(findings)),
      ("errors", "0"),
    ])
    var out = XMLText.declaration + "<testsuites\(all)>\n"
    for file in run.files {
      let suite = XMLText.attributes([
        ("name", file.path), ("tests", String(max(1, file.findings.count))),
        ("failures", String(file.findings.count)), ("errors", "0"), ("skipped", "0"),
      ])
      out += "  <testsuite\(suite)>\n"
      if file.findings.isEmpty {
        let clean = XMLText.attributes([
          ("name", "no problems"), ("classname", file.path), ("file", file.path),
        ])
        out += "    <testcase\(clean)/>\n"
      }
      for finding in file.findings { out += testCase(finding, in: file) }
      out += "  </testsuite>\n"
    }
    return out + "</testsuites>\n"
  }

  /// Named `CODE name at line:col`, so each finding reads as a row of its own in a test
  /// report; the failure body is the finding as the concise and text reports say it.
  private static func testCase(_ finding: Finding, in file: FileReport) -> String {
    let start = file.position(finding.range.start)
    let place = "\(start.line):\(start.column)"
    let severity = finding.severity.rawValue
    var body = "\(file.path):\(place): \(severity): \(finding.message) [\(finding.code)]"
    if let note = finding.note { body += "\nnote: \(note)" }
    if let help = finding.help { body += "\nhelp: \(help)" }
    let testCase = XMLText.attributes([
      ("name", "\(finding.code) \(finding.name) at \(place)"), ("classname", file.path),
      ("file", file.path), ("line", String(start.line)),
    ])
    let failure = XMLText.attributes([("message", finding.message), ("type", severity)])
    return "    <testcase\(testCase)>\n"
      + "      <failure\(failure)>\(XMLText.escaped(body, inAttribute: false))</failure>\n"
      + "    </testcase>\n"
  }
}
