import Foundation
import Testing

@testable import FlyteSyntax

/// Runs JSONTestSuite's `test_parsing` files when the shared checkout is next to the package
/// (`<package>/../shared/testsuites/json-test-suite`); on a plain clone it notes that and passes.
@Suite struct JSONTestSuiteTests {
  static var suiteDirectory: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // FlyteSyntaxTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()  // package root
      .appendingPathComponent("../shared/testsuites/json-test-suite")
      .standardizedFileURL
  }

  @Test func jsonTestSuite() throws {
    let directory = Self.suiteDirectory
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
      print("note: JSONTestSuite not found at \(directory.path); skipping")
      return
    }
    var counts: [Character: Int] = [:]
    for name in names.sorted() where name.hasSuffix(".json") {
      guard let kind = name.first, ["y", "n", "i"].contains(kind), name.dropFirst().first == "_"
      else { continue }
      let data = try Data(contentsOf: directory.appendingPathComponent(name))
      let bytes = [UInt8](data)
      let tree = SyntaxTree.parseJSON(bytes)
      counts[kind, default: 0] += 1
      switch kind {
      case "y":
        #expect(tree.errors.isEmpty, "\(name): \(tree.errors)")
        #expect(tree.documents.first?.root != nil, "\(name): no root")
      case "n":
        #expect(tree.hasErrors, "\(name) was accepted")
      default:
        break
      }
      #expect(tree.printed() == bytes, "\(name): printed tree differs from the source")
    }
    #expect(counts["y", default: 0] >= 95)
    #expect(counts["n", default: 0] >= 188)
    print(
      "JSONTestSuite: \(counts["y", default: 0]) y_, \(counts["n", default: 0]) n_, \(counts["i", default: 0]) i_ files checked"
    )
  }
}
