import Foundation
import Testing

@testable import FlyteSyntax

/// Every fixture parses (the `ok` and `flyteidl` ones without errors) and prints back to
/// exactly its bytes.
@Suite struct FixtureTests {
  @Test func fixturesExist() {
    #expect(TestFiles.fixtureFiles().count >= 3)
  }

  @Test(arguments: TestFiles.fixtureFiles())
  func fixtureRoundTrips(_ url: URL) {
    let bytes = TestFiles.bytes(url)
    let tree = SyntaxTree.parse(bytes, path: url.path)
    #expect(tree.printed() == bytes, "\(url.lastPathComponent): round trip")
    if url.path.contains("/ok/") || url.path.contains("/flyteidl/") {
      #expect(tree.errors.isEmpty, "\(url.lastPathComponent): \(tree.errors)")
    }
  }

  @Test func flyteidlJSONAndYAMLHoldTheSameTask() throws {
    let files = TestFiles.fixtureFiles().filter { $0.path.contains("/flyteidl/train.task.") }
    let values = files.map { url -> [String] in
      SyntaxTree.parse(TestFiles.bytes(url), path: url.path).dumpJSONLines()
    }
    try #require(values.count == 2)
    let decoded = try values.map { try #require(JSONValue.documents(inJSONLines: $0)) }
    #expect(decoded[0] == decoded[1])
  }
}
