import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile cases that write: a read-only file under `--fix`, and a full disk (made for real with
/// `ulimit -f`) while fixing, writing a report, or writing a simulation's output folder.
extension HostileInputCLITests {
  /// The read-only mark is honoured for root too (AtomicFile checks the mode bits); the other
  /// file of the run is still fixed.
  @Test func fixLeavesAReadOnlyFileAndFixesTheOther() throws {
    let fixable = FixCommandTests.warningsOnly
    try withByteFiles(["ro.yaml": Array(fixable.utf8), "rw.yaml": Array(fixable.utf8)]) { dir in
      let ro = dir.appendingPathComponent("ro.yaml").path
      #expect(chmod(ro, 0o444) == 0)
      let result = try CLI.run(
        ["check", "--fix", "ro.yaml", "rw.yaml", "--format", "concise"], in: dir)
      #expect(result.status == 1)
      #expect(result.stderr == "error: ro.yaml: not fixed: the file is read-only\n")
      #expect(try String(contentsOfFile: ro, encoding: .utf8) == fixable)
      #expect(
        try String(contentsOfFile: dir.appendingPathComponent("rw.yaml").path, encoding: .utf8)
          == FixCommandTests.warningsFixed)
    }
  }

  /// A file deleted after it was read (FLYTE_LINT_FAULT) is not brought back by its fix.
  @Test func fixDoesNotRecreateAFileDeletedDuringTheRun() throws {
    let fixable = FixCommandTests.warningsOnly
    try withByteFiles(["gone.yaml": Array(fixable.utf8), "kept.yaml": Array(fixable.utf8)]) { dir in
      let result = try CLI.run(
        ["check", "--fix", "gone.yaml", "kept.yaml", "--format", "concise"], in: dir,
        environment: ["FLYTE_LINT_FAULT": "unlink-after-open:gone.yaml"])
      #expect(result.status == 1)
      #expect(result.stderr == "error: gone.yaml: not fixed: the file was deleted during the run\n")
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["kept.yaml"])
      #expect(
        try String(contentsOfFile: dir.appendingPathComponent("kept.yaml").path, encoding: .utf8)
          == FixCommandTests.warningsFixed)
    }
  }

  /// A full disk, for real: `ulimit -f` caps the size of any file the process writes, and the
  /// binary ignores SIGXFSZ, so the write fails with EFBIG and the error path reports it.
  @Test func fixOnAFullDiskKeepsTheOriginalAndFixesTheSmallFile() throws {
    let padding = "# " + String(repeating: "p", count: 20_000) + "\n"
    let big = FixCommandTests.warningsOnly + padding
    try withByteFiles([
      "big.yaml": Array(big.utf8), "small.yaml": Array(FixCommandTests.warningsOnly.utf8),
    ]) { dir in
      let result = try limited(
        8, ["check", "--fix", "big.yaml", "small.yaml", "--format", "concise"], in: dir)
      #expect(result.status == 1, "\(result.stderr)")
      #expect(
        result.stderr
          == "error: big.yaml: not fixed: writing failed: File too large; the file is unchanged\n")
      #expect(
        try String(contentsOfFile: dir.appendingPathComponent("big.yaml").path, encoding: .utf8)
          == big)
      #expect(
        try String(contentsOfFile: dir.appendingPathComponent("small.yaml").path, encoding: .utf8)
          == FixCommandTests.warningsFixed)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
          "big.yaml", "small.yaml",
        ])
    }
  }

  @Test func reportOnAFullDiskIsAnErrorAndNoPartialFile() throws {
    try withNeighbours([:]) { dir in
      let result = try limited(
        0,
        [
          "check", "good.yaml", "bad.yaml", "--format", "json", "--output", "r.json", "--format",
          "concise",
        ], in: dir)
      #expect(result.status == 2, "\(result.stderr)")
      #expect(result.stderr.contains("r.json"), "\(result.stderr)")
      #expect(result.stderr.contains("File too large"), "\(result.stderr)")
      #expect(result.stdout.contains(Self.badLine), "the terminal report is still written")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
          "bad.yaml", "good.yaml",
        ])
    }
  }

  @Test func simulateOnAFullDiskLeavesOnlyWholeFiles() throws {
    try withFiles(["m.yaml": SimulateCommandTests.ok]) { dir in
      let full = try CLI.run(["simulate", "m.yaml", "--out", "full", "--no-cache"], in: dir)
      #expect(full.status == 0)
      let result = try limited(8, ["simulate", "m.yaml", "--out", "o", "--no-cache"], in: dir)
      #expect(result.status == 2, "\(result.stderr)")
      #expect(result.stderr.contains("File too large"), "\(result.stderr)")
      #expect(
        result.stderr.hasSuffix("error: the simulation output in \"o\" is incomplete\n"),
        "\(result.stderr)")
      #expect(result.stdout == "")
      // Every file there is complete (the same bytes as an unlimited run's), and no temporary
      // file is left behind.
      let out = dir.appendingPathComponent("o")
      let names = try FileManager.default.subpathsOfDirectory(atPath: out.path)
      #expect(
        names.count
          < (try FileManager.default.subpathsOfDirectory(
            atPath: dir.appendingPathComponent("full").path)).count)
      for name in names {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(
          atPath: out.appendingPathComponent(name).path, isDirectory: &isDirectory)
        if isDirectory.boolValue { continue }
        let written = try Data(contentsOf: out.appendingPathComponent(name))
        let whole = try Data(
          contentsOf: dir.appendingPathComponent("full").appendingPathComponent(name))
        #expect(written == whole, "\(name) is not whole")
      }
    }
  }

  /// Runs the binary under `ulimit -f BLOCKS` (512-byte blocks in POSIX sh).
  func limited(_ blocks: Int, _ arguments: [String], in dir: URL) throws -> CLI.Result {
    let binary = try CLI.binary().path
    let quoted = ([binary] + arguments).map {
      "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    return try CLI.run(
      ["-c", "ulimit -f \(blocks) && exec " + quoted.joined(separator: " ")], in: dir,
      executable: URL(fileURLWithPath: "/bin/sh"))
  }
}
