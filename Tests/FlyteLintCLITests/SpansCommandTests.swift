import Foundation
import Testing

/// `flyte-lint spans explain|dump`, run as a subprocess.
@Suite struct SpansCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures/spans")

  static func fixture(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
  }

  @Test(arguments: ["admin", "oproot"])
  func explainAndDumpMatchFlytekit(name: String) throws {
    let file = Self.fixtures.appendingPathComponent("\(name).json").path
    let explain = try CLI.run(["spans", "explain", file])
    #expect(explain.status == 0)
    #expect(explain.stdout == (try Self.fixture("\(name).explain.txt")))
    #expect(explain.stderr == "")
    let dump = try CLI.run(["spans", "dump", file])
    #expect(dump.status == 0)
    #expect(dump.stdout == (try Self.fixture("\(name).dump.yaml")))
  }

  @Test func readsStandardInput() throws {
    let input = Array(try Self.fixture("admin.json").utf8)
    let result = try CLI.run(["spans", "dump", "-"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout == (try Self.fixture("admin.dump.yaml")))
  }

  @Test func invalidSpanJSONExitsOneWithAMessage() throws {
    try withFiles([
      "bad.json": "{\"span\": {\"startTime\": \"yesterday\"}", "wrong.json": "{\"span\": 3}",
    ]) { dir in
      let truncated = try CLI.run(["spans", "explain", "bad.json"], in: dir)
      #expect(truncated.status == 1)
      #expect(truncated.stdout == "")
      #expect(
        truncated.stderr.hasPrefix("error: bad.json: not a valid Span: invalid JSON at line 1"))
      let wrong = try CLI.run(["spans", "dump", "wrong.json"], in: dir)
      #expect(wrong.status == 1)
      #expect(
        wrong.stderr == "error: wrong.json: not a valid Span: $.span: expected a JSON object\n")
    }
  }

  @Test func usageErrorsExitTwo() throws {
    for arguments in [
      ["spans"], ["spans", "explain"], ["spans", "show", "x.json"], ["spans", "dump", "a", "b"],
      ["spans", "dump", "missing.json"],
    ] {
      let result = try CLI.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout == "")
      #expect(result.stderr.hasPrefix("error: "))
    }
    let help = try CLI.run(["help", "spans"])
    #expect(help.status == 0)
    #expect(help.stdout.hasPrefix("USAGE: flyte-lint spans explain FILE"))
  }
}
