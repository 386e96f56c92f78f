import FlyteLint
import FlyteManifest
import FlyteSyntax
import Testing

/// FL002 on mappings past the size where the rule switches from a scan to an index.
@Suite struct DuplicateKeyTests {
  func duplicates(keys: Int, repeating repeated: Int) -> [Finding] {
    var text = "tasks:\n  - name: t\n    environment:\n"
    for k in 0..<keys { text += "      k\(k): v\n" }
    text += "      k\(repeated): again\n"
    let file = ManifestFile(path: "big.yaml", bytes: Array(text.utf8))
    return Linter(rules: [DuplicateKeyRule.self]).lint(file).findings
  }

  @Test(arguments: [10, 63, 64, 65, 300])
  func aRepeatedKeyIsFoundInAMappingOf(size: Int) throws {
    let findings = duplicates(keys: size, repeating: size / 2)
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.message == "duplicate key \"k\(size / 2)\"; only the last of its values counts")
    #expect(finding.related.first?.message == "first \"k\(size / 2)\" here")
  }

  @Test func keysSharingTheirFirstBytesAreNotDuplicates() {
    // Same length and first seven bytes: the signature matches, the bytes do not.
    let text = "tasks:\n  - name: t\n    environment:\n" + (0..<100).map { "      prefix_\($0 % 10)\($0 / 10): v\n" }.joined()
    let file = ManifestFile(path: "same.yaml", bytes: Array(text.utf8))
    #expect(Linter(rules: [DuplicateKeyRule.self]).lint(file).findings.isEmpty)
  }
}
