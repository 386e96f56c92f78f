import FlyteLint
import FlyteManifest
import FlyteSyntax
import Testing

/// Inputs that once could crash or stall the rules (found in review); each must finish quickly
/// with findings, not a trap.
@Suite struct HostileLintTests {
  func lintAll(_ text: String, path: String = "m.yaml") -> [Finding] {
    guard case .checked(let report) = FileChecker.check(path: path, bytes: Array(text.utf8), linter: Linter(rules: RuleRegistry.all), mustBeManifest: true)
    else { return [] }
    var run = [report]
    RunChecks.finish(&run)
    return run[0].findings
  }

  @Test func hugeSexagesimalDoesNotOverflow() {
    let found = lintAll("tasks:\n  - name: t\n    retries: 9223372036854775809:00\n    timeout: 99999999999999999999:59:59\n")
    #expect(!found.isEmpty)
  }

  @Test func aliasesCannotStackPastTheDepthLimit() {
    var text = "a0: &a0 " + String(repeating: "[", count: 900) + "x" + String(repeating: "]", count: 900) + "\n"
    for i in 1...5 {
      text += "a\(i): &a\(i) " + String(repeating: "[", count: 900) + "*a\(i - 1)" + String(repeating: "]", count: 900) + "\n"
    }
    let tree = SyntaxTree.parseYAML(Array(text.utf8))
    #expect(tree.errors.first?.code == .tooDeep)
    _ = tree.dumpJSONLines()
  }

  @Test func longStringsRepeatedByAliasesAreABomb() {
    let text = "s: &s \"" + String(repeating: "x", count: 100_000) + "\"\nl: [" + Array(repeating: "*s", count: 5_000).joined(separator: ", ") + "]\n"
    #expect(SyntaxTree.parseYAML(Array(text.utf8)).errors.first?.code == .aliasExpansion)
  }

  @Test func manyDoubleStarsStayLinear() {
    let glob = Glob(Array(repeating: "**", count: 2_000).joined(separator: "/") + "/*.yaml")
    #expect(glob.matches("a/b/c/d/e/f/g/h/x.yaml"))
    #expect(!Glob(String(repeating: "**/", count: 500) + "z/*.yaml").matches("a/b/c/d/e/f/g/h/x.yaml"))
  }

  @Test func aHundredThousandDigitTimeout() {
    let found = lintAll("tasks:\n  - name: t\n    timeout: " + String(repeating: "7", count: 100_000) + "\n")
    #expect(found.contains { $0.code == "FL201" || $0.code == "FL204" })
  }

  @Test func bigMappingWithDuplicates() {
    var text = "tasks:\n  - name: t\n    environment:\n"
    for i in 0..<20_000 { text += "      k\(i % 10_000): v\n" }
    let found = lintAll(text)
    #expect(found.filter { $0.code == "FL002" }.count == 10_000)
  }

  @Test func wideUnionsAndEnums() {
    let union = (0..<1_000).map { "A\($0)" }.joined(separator: " | ")
    let enumeration = "Enum[" + (0..<1_000).map { "v\($0)" }.joined(separator: ", ") + "]"
    let found = lintAll("tasks:\n  - name: t\n    inputs: {a: \"\(union)\", b: \"\(enumeration)\"}\n")
    #expect(!found.isEmpty)
  }

  @Test func controlCharactersInKeysAreEscapedInReports() {
    let text = "{\"tasks\": [{\"name\": \"t\", \"\\u001b]0;pwned\\u0007\": 1}]}"
    guard case .checked(let file) = FileChecker.check(path: "m.json", bytes: Array(text.utf8), linter: Linter()) else {
      Issue.record("not checked")
      return
    }
    let run = RunReport(files: [file], filesChecked: 1, filesSkipped: 0)
    let out = TextReporter(color: false).render(run) + ConciseReporter.render(run)
    #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(out.contains("\\u{1b}"))
  }

  /// Invalid UTF-8 or a NUL is refused before parsing, which once left an empty tree with no
  /// manifest evidence: the file was skipped silently. The text before the bad byte decides.
  @Test func aManifestWithOneBadByteIsReportedNotSkipped() {
    let linter = Linter(rules: RuleRegistry.all)
    for bytes in [
      Array("tasks:\n  - name: t\n    ret".utf8) + [0xFF] + Array("ries: 1\n".utf8),
      Array("tasks:\n  - name: t".utf8) + [0] + Array("\n".utf8),
      Array(#"{"tasks": [{"name": "t"#.utf8) + [0xC0, 0x80] + Array(#""}]}"#.utf8),
    ] {
      let path = bytes.first == UInt8(ascii: "{") ? "m.json" : "m.yaml"
      guard case .checked(let report) = FileChecker.check(path: path, bytes: bytes, linter: linter) else {
        Issue.record("skipped: \(bytes)")
        continue
      }
      #expect(report.findings.map(\.code) == ["FL001"])
    }
    // Without evidence before the bad byte, it is still skipped (SPEC 2.1).
    let other = FileChecker.check(path: "ci.yaml", bytes: Array("on: push\n".utf8) + [0xFF], linter: linter)
    guard case .skipped = other else {
      Issue.record("not skipped")
      return
    }
  }
}
