import Foundation
import Testing

/// `check --file-timeout`: a file that takes too long is given up on with FL001, and every
/// other file of the run keeps its own result.
@Suite struct FileTimeoutTests {
  @Test func aSlowFileIsGivenUpOnAndTheOthersAreReported() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("flyte-lint-timeout-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("tasks:\n  - name: good.t\n    retries: 1\n".utf8).write(to: dir.appendingPathComponent("a-good.yaml"))
    try Data("tasks:\n  - name: bad.t\n    retries: -1\n".utf8).write(to: dir.appendingPathComponent("b-bad.yaml"))
    // About 40 MB of valid tasks: seconds of work for any build, far past 50 ms.
    var big = "tasks:\n"
    for i in 0..<400_000 { big += "  - name: big.t\(i)\n    retries: 2\n    timeout: 5m\n" }
    try Data(big.utf8).write(to: dir.appendingPathComponent("c-big.yaml"))

    let result = try CLI.run(["check", dir.path, "--format", "concise", "--file-timeout", "0.05", "--jobs", "2"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasSuffix("c-big.yaml:1:1: error: gave up checking the file after 0.05 s (the per-file time limit) [FL001]") }, "\(lines)")
    #expect(lines.contains { $0.contains("b-bad.yaml:3:14: error:") && $0.hasSuffix("[FL205]") }, "\(lines)")
    #expect(!lines.contains { $0.contains("a-good.yaml") }, "\(lines)")
    #expect(result.stdout.contains("3 files checked"), "\(result.stdout)")
  }

  @Test func theLimitMustBeANumber() throws {
    let result = try CLI.run(["check", ".", "--file-timeout", "soon"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--file-timeout needs a number of seconds"))
  }
}
