import Foundation

@testable import FlyteSyntax

/// Files beside the package: `fixtures/`, and `../shared` (conformance suites) when present.
enum TestFiles {
  /// The package root, from this file's location.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A folder under `../shared`, or nil (with a printed note) on a clone without it.
  static func shared(_ relative: String) -> URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
      .appendingPathComponent(relative)
    guard FileManager.default.fileExists(atPath: url.path) else {
      print("note: \(url.path) is missing; skipping the tests that need it")
      return nil
    }
    return url
  }

  static func bytes(_ url: URL) -> [UInt8] {
    (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
  }

  static func children(_ url: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().map { url.appendingPathComponent($0) }
  }

  /// Every file under `fixtures/` with a YAML or JSON extension.
  static func fixtureFiles() -> [URL] {
    let root = packageRoot.appendingPathComponent("fixtures")
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    return walker.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
      .sorted().map { root.appendingPathComponent($0) }
  }
}

/// A JSON value for comparing documents: objects unordered, numbers by value, `true` ≠ `1`.
indirect enum JSONValue: Equatable {
  case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

  /// Builds the value of a parsed JSON (or YAML) node; recursion is fine for test data.
  init(_ tree: SyntaxTree, _ id: NodeID) {
    let target = tree.resolved(id)
    let node = tree[target]
    switch node.kind {
    case .sequence: self = .array(tree.items(of: target).map { JSONValue(tree, $0) })
    case .mapping:
      var object: [String: JSONValue] = [:]
      for (key, value) in tree.pairs(of: target) { object[tree.scalarValue(key)] = JSONValue(tree, value) }
      self = .object(object)
    case .alias: self = .null
    case .scalar:
      switch tree.resolvedScalar(target) {
      case .null: self = .null
      case .bool(let b): self = .bool(b)
      case .int(let t), .float(let t): self = .number(Double(t) ?? .nan)
      case .infinity, .nan: self = .string("non-finite")
      case .string(let s): self = .string(s)
      }
    }
  }

  /// All JSON values in a text of whitespace-separated documents, using our JSON parser per line.
  static func documents(inJSONLines lines: [String]) -> [JSONValue]? {
    var result: [JSONValue] = []
    for line in lines {
      let tree = SyntaxTree.parseJSON(Array(line.utf8))
      guard tree.errors.isEmpty, let root = tree.documents.first?.root else { return nil }
      result.append(JSONValue(tree, root))
    }
    return result
  }
}
