import Foundation
import Testing

@testable import FlyteSyntax

/// The yaml-test-suite (402 cases) from ../shared: accept/reject as expected, round trip, and
/// the same values as `in.json`. Known failures: none.
@Suite struct YAMLTestSuiteTests {
  static let suite = TestFiles.shared("testsuites/yaml-test-suite")

  static var cases: [URL] {
    guard let suite else { return [] }
    return TestFiles.children(suite).filter {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("in.yaml").path)
    }
  }

  @Test func suiteIsComplete() {
    guard Self.suite != nil else { return }
    #expect(Self.cases.count == 402)
  }

  @Test(arguments: cases)
  func suiteCase(_ dir: URL) throws {
    let id = dir.lastPathComponent
    let input = TestFiles.bytes(dir.appendingPathComponent("in.yaml"))
    let tree = SyntaxTree.parseYAML(input)
    #expect(tree.printed() == input, "\(id): printing the tree must reproduce the input")
    let mustFail = FileManager.default.fileExists(atPath: dir.appendingPathComponent("error").path)
    if mustFail {
      #expect(!tree.errors.isEmpty, "\(id): invalid YAML was accepted")
      return
    }
    #expect(tree.errors.isEmpty, "\(id): \(tree.errors)")
    let expectedURL = dir.appendingPathComponent("in.json")
    guard FileManager.default.fileExists(atPath: expectedURL.path) else { return }
    let expectedText = String(decoding: TestFiles.bytes(expectedURL), as: UTF8.self)
    let expected = try #require(splitJSONDocuments(expectedText), "\(id): cannot read in.json")
    let actual = try #require(JSONValue.documents(inJSONLines: tree.dumpJSONLines()))
    #expect(actual == expected, "\(id): values differ")
  }

  /// in.json holds zero or more pretty-printed documents one after another.
  private func splitJSONDocuments(_ text: String) -> [JSONValue]? {
    var values: [JSONValue] = []
    for chunk in jsonChunks(text) {
      let parsed = SyntaxTree.parseJSON(Array(chunk.utf8))
      guard parsed.errors.isEmpty, let root = parsed.documents.first?.root else { return nil }
      values.append(JSONValue(parsed, root))
    }
    return values
  }

  /// Splits concatenated JSON values by tracking brackets and strings.
  private func jsonChunks(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var chunks: [String] = []
    var depth = 0
    var start = -1
    var i = 0
    var inString = false
    while i < bytes.count {
      let b = bytes[i]
      if inString {
        if b == UInt8(ascii: "\\") { i += 1 } else if b == UInt8(ascii: "\"") { inString = false; if depth == 0 { chunks.append(String(decoding: bytes[start...i], as: UTF8.self)); start = -1 } }
      } else if b == UInt8(ascii: "\"") {
        if start < 0 { start = i }
        inString = true
      } else if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
        if start < 0 { start = i }
        depth += 1
      } else if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
        depth -= 1
        if depth == 0 { chunks.append(String(decoding: bytes[start...i], as: UTF8.self)); start = -1 }
      } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") {
        if depth == 0 && start >= 0 { chunks.append(String(decoding: bytes[start..<i], as: UTF8.self)); start = -1 }
      } else if start < 0 {
        start = i
      }
      i += 1
    }
    if start >= 0 { chunks.append(String(decoding: bytes[start...], as: UTF8.self)) }
    return chunks
  }
}
