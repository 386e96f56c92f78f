import FlyteIO
import FlyteManifest
import Foundation
import Testing

@testable import FlyteRuntime

/// The on-disk cache and byte-stable output.
@Suite struct CacheAndDeterminismTests {
  static let manifest = """
    tasks:
      - name: pkg.cached
        inputs: {x: int}
        outputs: {o0: str}
        cache: {version: "1"}
        simulate: {inputs: {x: 1}, outputs: {o0: "done"}, logs: [{level: info, message: hi}], metrics: [{incr: n}]}
    """

  static func temporaryFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("flyte-rt-\(UUID().uuidString)")
      .path
  }

  static func run(cache: String?) throws -> RunRecord {
    var options = SimulationOptions()
    options.cacheDirectory = cache
    return try Simulator(
      file: ManifestFile(path: "m.yaml", bytes: Array(manifest.utf8)), options: options
    ).run()
  }

  @Test func corruptEntryIsAMissAndIsRewritten() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try Self.run(cache: folder)
    #expect(first.nodes[0].cache == .miss)
    let key = try #require(first.nodes[0].cacheKey)
    let store = CacheStore(directory: folder)
    for garbage in ["{not json", "{\"key\": \"other\", \"outputs\": {}}", "", "[1]"] {
      try AtomicFile(path: store.path(for: key)).write(Array(garbage.utf8))
      #expect(store.lookup(key) == nil)
      let again = try Self.run(cache: folder)
      #expect(again.nodes[0].cache == .miss)
      #expect(again.succeeded)
    }
    let hit = try Self.run(cache: folder)
    #expect(hit.nodes[0].cache == .hit)
    #expect(hit.outputs.map(\.value) == [.string("done")])
  }

  @Test func noCacheBypasses() throws {
    let run = try Self.run(cache: nil)
    #expect(run.nodes[0].cache == .bypassed)
  }

  @Test func sameRunTwiceWritesIdenticalBytes() throws {
    let a = Self.temporaryFolder()
    let b = Self.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(atPath: a)
      try? FileManager.default.removeItem(atPath: b)
    }
    try RunWriter(directory: a).write(try Self.run(cache: nil))
    try RunWriter(directory: b).write(try Self.run(cache: nil))
    let names = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
    #expect(
      names == [
        "index.html", "logs.jsonl", "metrics.json", "metrics.txt", "outputs.json", "spans.json",
        "spans.txt", "spans.yaml", "summary.json",
      ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: b).sorted() == names)
    for name in names {
      let left = try Data(contentsOf: URL(fileURLWithPath: a + "/" + name))
      let right = try Data(contentsOf: URL(fileURLWithPath: b + "/" + name))
      #expect(left == right, "\(name) differs between two identical runs")
    }
  }

  @Test func executionIDDependsOnInputs() throws {
    var options = SimulationOptions()
    options.cacheDirectory = nil
    let file = ManifestFile(path: "m.yaml", bytes: Array(Self.manifest.utf8))
    let plain = try Simulator(file: file, options: options).run()
    options.inputsJSON = Array(#"{"x": 2}"#.utf8)
    let other = try Simulator(file: file, options: options).run()
    #expect(plain.executionID != other.executionID)
    #expect(plain.executionID.count == 20)
  }
}
