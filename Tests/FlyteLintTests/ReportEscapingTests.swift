import FlyteSyntax
import Foundation
import Testing

@testable import FlyteLint

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The report formats with hostile text (paths and values may hold any character), and the
/// properties the golden files cannot show on their own: ordering, the multi-line rule, the
/// summary cap, fingerprints that survive line shifts, and repository-relative URIs.
@Suite struct ReportEscapingTests {
  static func file(_ path: String, _ source: String, _ findings: [Finding]) -> FileReport {
    let bytes = Array(source.utf8)
    return FileReport(path: path, findings: findings, source: bytes, lineIndex: LineIndex(bytes))
  }

  /// A finding on the first occurrence of `text` in `source`.
  static func finding(
    _ code: String = "FL101", _ severity: Severity = .error,
    message: String = "cache is enabled but no version is set",
    on text: String, in source: String, occurrence: Int = 1
  ) -> Finding {
    var rest = Substring(source)
    var start = source.startIndex
    for _ in 0..<occurrence {
      guard let found = rest.firstRange(of: text) else { break }
      start = found.lowerBound
      rest = rest[found.upperBound...]
    }
    let offset = source.utf8.distance(from: source.startIndex, to: start)
    return Finding(
      code: code, name: "rule-\(code)", severity: severity, message: message,
      range: ByteRange(offset, offset + text.utf8.count))
  }

  static func run(_ files: [FileReport]) -> RunReport {
    RunReport(files: files, filesChecked: files.count, filesSkipped: 0)
  }

  // MARK: github

  @Test func githubEscapesMessagesAndProperties() {
    #expect(GitHubReporter.escapeData("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
    #expect(
      GitHubReporter.escapeProperty("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext%3A a%2Cb")
    let source = "tasks:\n  - name: t\n    cache: true\n"
    let hostile = Self.finding(
      message: "value \"50%\"\nwith: a,b and \u{1B}[31m", on: "true", in: source)
    let out = GitHubReporter(paths: .asShown).render(
      Self.run([Self.file("we,ird:dir/a%b.yaml", source, [hostile])]))
    #expect(out.split(separator: "\n").count == 1, "one command line: \(out)")
    #expect(
      out.hasPrefix(
        "::error file=we%2Cird%3Adir/a%25b.yaml,line=3,endLine=3,col=12,endColumn=16,title=FL101 rule-FL101::"
      ))
    // The message keeps `:` and `,`; the newline and ESC from the manifest are shown, not obeyed.
    #expect(
      out.hasSuffix("::we,ird:dir/a%25b.yaml:3:12: value \"50%25\"\\nwith: a,b and \\u{1b}[31m\n"),
      "\(out)")
  }

  @Test func githubDropsColumnsOnMultiLineRanges() {
    let source = "tasks:\n  - name: t\n    cache: {\n      x: 1}\n"
    let multi = Self.finding(on: "{\n      x: 1}", in: source)
    let out = GitHubReporter(paths: .asShown).render(
      Self.run([Self.file("a.yaml", source, [multi])]))
    #expect(
      out.hasPrefix("::error file=a.yaml,line=3,endLine=4,title=FL101 rule-FL101::a.yaml:3:12: "),
      "\(out)")
  }

  @Test func githubPutsErrorsFirstThenWarningsThenNotices() {
    let source = "tasks:\n  - name: t\n    cache: true\n"
    let files = [
      Self.file("a.yaml", source, [Self.finding("FL901", .info, on: "name", in: source)]),
      Self.file("b.yaml", source, [Self.finding("FL203", .warning, on: "tasks", in: source)]),
      Self.file(
        "c.yaml", source,
        [
          Self.finding("FL101", .error, on: "true", in: source),
          Self.finding("FL005", .error, on: "tasks", in: source),
        ]),
    ]
    let commands = GitHubReporter(paths: .asShown).render(Self.run(files)).split(separator: "\n")
      .map { $0.prefix(while: { $0 != "," }) }
    #expect(
      commands == [
        "::error file=c.yaml", "::error file=c.yaml", "::warning file=b.yaml",
        "::notice file=a.yaml",
      ])
    let lines = GitHubReporter(paths: .asShown).render(Self.run(files)).split(separator: "\n")
    #expect(
      lines[0].contains("line=1,") && lines[1].contains("line=3,"), "errors of one file by position"
    )
  }

  // MARK: step summary

  @Test func stepSummaryCellsCannotBreakTheTable() {
    let source = "tasks:\n  - name: t\n    cache: true\n"
    let hostile = Self.finding(
      message: "a | b\nc <script>*x*</script> `y` [z](u) &amp;", on: "true", in: source)
    let out = StepSummary.render(Self.run([Self.file("p|q.yaml", source, [hostile])]))
    let rows = out.split(separator: "\n").filter { $0.hasPrefix("| error") }
    #expect(rows.count == 1)
    #expect(
      rows[0]
        == #"| error | p\|q.yaml:3:12 | FL101 rule-FL101 | a \| b\\nc \<script\>\*x\*\</script\> \`y\` \[z\](u) \&amp; |"#,
      "\(rows[0])")
  }

  @Test func stepSummaryStaysUnderGitHubsLimit() {
    let source = "tasks:\n  - name: t\n    cache: true\n"
    let long = String(repeating: "x", count: 300)
    let findings = (0..<5000).map { _ in Self.finding(message: long, on: "true", in: source) }
    let out = StepSummary.render(Self.run([Self.file("a.yaml", source, findings)]))
    #expect(out.utf8.count < 1 << 20)
    #expect(out.contains("more findings are not shown"))
    #expect(out.contains("GitHub annotates at most 10 errors"))
  }

  // MARK: XML

  @Test(arguments: ["checkstyle", "junit"])
  func xmlCarriesAnyTextWellFormed(_ format: String) throws {
    let source = "tasks:\n  - name: t\n    cache: true\n"
    let message = "a & b < c > d \"e\" 'f' \u{0}\u{1}\u{1B}\u{FFFE}\tg\nh"
    let report = Self.run([
      Self.file("x&<y>'\".yaml", source, [Self.finding(message: message, on: "true", in: source)])
    ])
    let xml = format == "junit" ? JUnitReporter.render(report) : CheckstyleReporter.render(report)
    let reader = AttributeReader()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = reader
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? ""):\n\(xml)")
    // Every character XML can carry comes back as it was; the others are visible escapes.
    let expected = "a & b < c > d \"e\" 'f' \\u{0}\\u{1}\\u{1b}\\u{fffe}\tg\nh"
    #expect(reader.values["message"] == expected)
    #expect(reader.values["name"]?.hasPrefix(format == "junit" ? "FL101" : "x&<y>'\".yaml") == true)
  }

  // MARK: SARIF

  @Test func fingerprintsSurviveLineShiftsAndCountRepeats() {
    let source = "tasks:\n  - name: a\n    cache: true\n  - name: b\n    cache: true\n"
    let shifted =
      "# added\n# lines\n"
      + source.replacingOccurrences(of: "    cache: true", with: "    cache:  true")
    func prints(_ text: String, code: String = "FL101") -> [String] {
      let file = Self.file("a.yaml", text, [])
      var fingerprint = LineFingerprint()
      return [1, 2].map {
        fingerprint.next(Self.finding(code, on: "true", in: text, occurrence: $0), in: file)
      }
    }
    let original = prints(source)
    #expect(original[0].hasSuffix(":1") && original[1].hasSuffix(":2"))
    #expect(original[0].dropLast(2) == original[1].dropLast(2), "same rule, same line text")
    #expect(prints(shifted) == original, "lines added above and spacing changed")
    #expect(prints(source, code: "FL102")[0] != original[0], "another rule")
  }

  @Test func sarifURIsAreRelativeToTheRepositoryRoot() throws {
    let source = "tasks:\n  - name: t\n    cache: true\n"
    let paths = RepositoryPaths(root: "/repo", workingDirectory: "/repo/sub dir")
    let report = Self.run([
      Self.file("a b%.yaml", source, [Self.finding(on: "true", in: source)]),
      Self.file("../../outside.yaml", source, [Self.finding(on: "true", in: source)]),
    ])
    let run = try Self.sarifRun(SARIFReporter(paths: paths).render(report))
    #expect(
      (run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"] == [
        "uri": "file:///repo/"
      ])
    let artifacts = (run["results"] as? [[String: Any]] ?? []).compactMap { result in
      ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
        "artifactLocation"] as? [String: String]
    }
    #expect(
      artifacts == [
        ["uri": "file:///outside.yaml"],
        ["uri": "sub%20dir/a%20b%25.yaml", "uriBaseId": "%SRCROOT%"],
      ])

    let shown = try Self.sarifRun(SARIFReporter(paths: .asShown).render(report))
    #expect(shown["originalUriBaseIds"] == nil)
  }

  @Test func helpURIFollowsTheDocsURL() {
    #expect(SARIFReporter(paths: .asShown).helpURI("FL101") == nil)
    #expect(
      SARIFReporter(paths: .asShown, docsURL: "https://x.test/rules").helpURI("FL101")
        == "https://x.test/rules/FL101.md")
    #expect(
      SARIFReporter(paths: .asShown, docsURL: "https://x.test/rules/").helpURI("FL101")
        == "https://x.test/rules/FL101.md")
    #expect(
      SARIFReporter(paths: .asShown, docsURL: "https://x.test/{code}/{code}.html").helpURI("FL101")
        == "https://x.test/FL101/FL101.html")
  }

  @Test func unreadableFileStillHasARegion() throws {
    let report = Self.run([FileChecker.unreadable(path: "gone.yaml", reason: "permission denied")])
    let run = try Self.sarifRun(SARIFReporter(paths: .asShown).render(report))
    let location = (run["results"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]]
    let region =
      (location?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
    #expect(region == ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1])
  }

  static func sarifRun(_ text: String) throws -> [String: Any] {
    let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    return try #require((document?["runs"] as? [[String: Any]])?.first)
  }
}

/// The attributes of the first element that has a `message` attribute.
private final class AttributeReader: NSObject, XMLParserDelegate {
  var values: [String: String] = [:]
  var elements: [[String: String]] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    if values.isEmpty, attributeDict["message"] != nil {
      values = attributeDict
      // The test case's own name is on the element before the failure (JUnit).
      if let name = elements.last?["name"] { values["name"] = name }
      if let name = attributeDict["name"] { values["name"] = name }
    }
    if elementName == "file" || elementName == "testcase" { elements.append(attributeDict) }
  }
}
