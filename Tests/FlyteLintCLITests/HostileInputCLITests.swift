import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile inputs through the real binary (issue 7): each case gets its exact exit code and
/// finding, and a good and a bad file checked in the same run keep their results. Parser-level
/// cases are in FlyteSyntaxTests/HostileInputTests, rule-level ones in HostileLintTests; the
/// 200 MB cases run in release mode from `.ci/hostile-release.sh`.
@Suite struct HostileInputCLITests {
  /// A clean manifest and one with exactly one error, checked beside every hostile file.
  static let good = "tasks:\n  - name: pkg.good\n    retries: 1\n"
  static let bad = "tasks:\n  - name: pkg.bad\n    retries: -1\n"
  static let badLine =
    #"bad.yaml:3:14: error: retries "-1" is out of range; it must be between 0 and 4294967295 [FL205]"#

  /// Runs `check good.yaml bad.yaml HOSTILE…` (concise) and checks the neighbours' results:
  /// the bad file's finding is there, the good file has none, and every file was counted.
  func checkBeside(
    _ hostile: [String], in dir: URL, checked: Int, skipped: Int = 0, extra: [String] = [],
    environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CLI.Result {
    let result = try CLI.run(
      ["check", "good.yaml", "bad.yaml"] + hostile + ["--format", "concise"] + extra, in: dir,
      environment: environment)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(Self.badLine), "bad file's finding lost: \(result.stdout)",
      sourceLocation: sourceLocation)
    #expect(
      !result.stdout.contains("good.yaml"), "good file: \(result.stdout)",
      sourceLocation: sourceLocation)
    #expect(
      result.stdout.hasSuffix("(\(checked) files checked, \(skipped) skipped)\n"),
      "counts: \(result.stdout)", sourceLocation: sourceLocation)
    return result
  }

  func withNeighbours(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
    var all = files
    all["good.yaml"] = Array(Self.good.utf8)
    all["bad.yaml"] = Array(Self.bad.utf8)
    try withByteFiles(all, body)
  }

  func finding(_ result: CLI.Result, _ prefix: String) -> String? {
    result.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix(prefix) }
  }

  // MARK: nesting, aliases, size

  @Test func hundredThousandDeepNesting() throws {
    let yaml =
      "tasks: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
      + "\n"
    let json =
      "{\"tasks\": " + String(repeating: "[", count: 100_000)
      + String(repeating: "]", count: 100_000) + "}"
    try withNeighbours(["deep.yaml": Array(yaml.utf8), "deep.json": Array(json.utf8)]) { dir in
      let result = try checkBeside(["deep.yaml", "deep.json"], in: dir, checked: 4)
      #expect(result.status == 1)
      #expect(
        finding(result, "deep.yaml:")
          == "deep.yaml:1:1007: error: nesting too deep: more than 1000 levels [FL001]")
      #expect(
        finding(result, "deep.json:")
          == "deep.json:1:1010: error: nesting too deep: more than 1000 levels [FL001]")
      let dump = try CLI.run(["dump", "deep.yaml"], in: dir)
      #expect(dump.status == 1)
      #expect(dump.stderr.hasPrefix("deep.yaml:1:1007: nesting too deep"), "\(dump.stderr)")
    }
  }

  @Test func aliasBomb() throws {
    var text = "tasks: [{name: pkg.t}]\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      text +=
        "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
        + "]\n"
    }
    try withNeighbours(["bomb.yaml": Array(text.utf8)]) { dir in
      let result = try checkBeside(["bomb.yaml"], in: dir, checked: 3)
      #expect(result.status == 1)
      #expect(
        finding(result, "bomb.yaml:")
          == "bomb.yaml:7:45: error: aliases expand this document to more than 1000000 nodes (an alias bomb?) [FL001]"
      )
    }
  }

  /// Bigger than the 256 MiB limit, without using the disk: a sparse file is refused from its
  /// size before a byte is read.
  @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
    try withNeighbours([:]) { dir in
      let path = dir.appendingPathComponent("huge.yaml").path
      FileManager.default.createFile(atPath: path, contents: nil)
      #expect(truncate(path, 300 << 20) == 0)
      let result = try checkBeside(["huge.yaml"], in: dir, checked: 3)
      #expect(result.status == 1)
      #expect(
        finding(result, "huge.yaml:")
          == "huge.yaml:1:1: error: cannot read the file: file is 314572800 bytes, more than the 268435456-byte limit [FL001]"
      )
      let dump = try CLI.run(["dump", "huge.yaml"], in: dir)
      #expect(dump.status == 1)
      #expect(dump.stderr.contains("more than the 268435456-byte limit"))
    }
  }

  // MARK: bytes

  @Test func invalidUTF8InKeysAndValuesIsReportedNotSkipped() throws {
    let key: [UInt8] =
      Array("tasks:\n  - name: pkg.k\n    ret".utf8) + [0xFF] + Array("ries: 1\n".utf8)
    let value: [UInt8] = Array("tasks:\n  - name: pkg.".utf8) + [0xC3, 0x28] + Array("v\n".utf8)
    let json: [UInt8] =
      Array(#"{"tasks": [{"name": "pkg."#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}]}"#.utf8)
    try withNeighbours(["key.yaml": key, "value.yaml": value, "v.json": json]) { dir in
      let result = try checkBeside(["key.yaml", "value.yaml", "v.json"], in: dir, checked: 5)
      #expect(result.status == 1)
      #expect(
        finding(result, "key.yaml:") == "key.yaml:3:8: error: invalid UTF-8 at offset 30 [FL001]")
      #expect(
        finding(result, "value.yaml:")
          == "value.yaml:2:15: error: invalid UTF-8 at offset 21 [FL001]")
      #expect(
        finding(result, "v.json:") == "v.json:1:26: error: invalid UTF-8 at offset 25 [FL001]")
    }
  }

  @Test func binaryWithoutManifestEvidenceIsSkippedWithANote() throws {
    let garbage: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
    try withNeighbours(["blob.yaml": garbage, "blob.flyte.yaml": garbage]) { dir in
      let result = try checkBeside(
        ["blob.yaml", "blob.flyte.yaml"], in: dir, checked: 3, skipped: 1, extra: ["--verbose"])
      #expect(result.status == 1)
      #expect(
        result.stderr.contains(
          "skipped blob.yaml: does not parse and does not look like a manifest"))
      #expect(finding(result, "blob.flyte.yaml:")?.hasSuffix("[FL001]") == true, "\(result.stdout)")
    }
  }

  @Test func nulBytes() throws {
    let nul: [UInt8] = Array("tasks:\n  - name: pkg.n".utf8) + [0] + Array("x\n".utf8)
    try withNeighbours(["nul.yaml": nul]) { dir in
      let result = try checkBeside(["nul.yaml"], in: dir, checked: 3)
      #expect(result.status == 1)
      #expect(finding(result, "nul.yaml:") == "nul.yaml:2:16: error: NUL byte at offset 22 [FL001]")
    }
  }

  /// RFC 8259 leaves lone surrogates to the implementation; we keep them as U+FFFD (what
  /// Python's json does when the text is encoded), so the run goes on, and a key made of one
  /// is an unknown key.
  @Test func loneSurrogatesInJSONEscapes() throws {
    let text = #"{"tasks": [{"name": "pkg.a\ud800b", "\udc00": 1}]}"#
    try withNeighbours(["s.json": Array(text.utf8)]) { dir in
      let result = try checkBeside(["s.json"], in: dir, checked: 3)
      #expect(result.status == 1)
      #expect(
        finding(result, "s.json:") == "s.json:1:37: error: unknown task key \"\u{FFFD}\" [FL003]")
      let dump = try CLI.run(["dump", "s.json"], in: dir)
      #expect(dump.status == 0)
      #expect(dump.stdout == "{\"tasks\":[{\"name\":\"pkg.a\u{FFFD}b\",\"\u{FFFD}\":1}]}\n")
    }
  }

  @Test func crOnlyLineEndingsTabsAndLongLines() throws {
    let cr = "tasks:\r  - name: pkg.cr\r    retries: -1\r"
    let tabs = "tasks:\n\t- name: pkg.tab\n"
    let long =
      "tasks:\n  - name: pkg.long\n    # " + String(repeating: "x", count: 4_000_000)
      + "\n    retries: -1\n"
    try withNeighbours([
      "cr.yaml": Array(cr.utf8), "tabs.yaml": Array(tabs.utf8), "long.yaml": Array(long.utf8),
    ]) { dir in
      let result = try checkBeside(["cr.yaml", "tabs.yaml", "long.yaml"], in: dir, checked: 5)
      #expect(result.status == 1)
      #expect(
        finding(result, "cr.yaml:")
          == #"cr.yaml:3:14: error: retries "-1" is out of range; it must be between 0 and 4294967295 [FL205]"#
      )
      #expect(
        finding(result, "tabs.yaml:")
          == "tabs.yaml:2:1: error: tabs cannot be used for indentation [FL001]")
      #expect(
        finding(result, "long.yaml:")
          == #"long.yaml:4:14: error: retries "-1" is out of range; it must be between 0 and 4294967295 [FL205]"#
      )
      // The text report shows the line with the finding, not the 4 MB comment.
      let text = try CLI.run(["check", "long.yaml"], in: dir)
      #expect(text.status == 1)
      #expect(text.stdout.utf8.count < 10_000)
    }
  }

  @Test func emptyFileIsSkippedAndEmptyManifestNameIsToo() throws {
    try withNeighbours(["empty.yaml": [], "empty.flyte.yaml": []]) { dir in
      let result = try checkBeside(
        ["empty.yaml", "empty.flyte.yaml"], in: dir, checked: 2, skipped: 2, extra: ["--verbose"])
      #expect(result.status == 1)
      #expect(result.stderr.contains("skipped empty.yaml: not a task manifest"))
      let alone = try CLI.run(["check", "empty.yaml", "good.yaml"], in: dir)
      #expect(alone.status == 0)
    }
  }

  // MARK: files that are not plain readable files

  @Test func directoryNamedLikeAFileIsWalked() throws {
    try withNeighbours([:]) { dir in
      try FileManager.default.createDirectory(
        at: dir.appendingPathComponent("d.yaml/sub"), withIntermediateDirectories: true)
      try Data(Self.bad.replacingOccurrences(of: "pkg.bad", with: "pkg.inner").utf8)
        .write(to: dir.appendingPathComponent("d.yaml/sub/inner.yaml"))
      let result = try checkBeside(["d.yaml"], in: dir, checked: 3)
      #expect(result.status == 1)
      #expect(finding(result, "d.yaml/sub/inner.yaml:3:14: error: retries") != nil)
      let simulate = try CLI.run(["simulate", "d.yaml", "--out", "o"], in: dir)
      #expect(simulate.status == 1)
      #expect(simulate.stderr == "error: d.yaml: is a directory\n")
    }
  }

  /// A FIFO nobody writes to once hung `check` in open(2); now every non-regular file is
  /// refused without blocking.
  @Test func fifoAndSocketAreRefusedWithoutHanging() throws {
    try withNeighbours([:]) { dir in
      #expect(mkfifo(dir.appendingPathComponent("fifo.yaml").path, 0o644) == 0)
      try makeSocket(dir.appendingPathComponent("sock.yaml").path)
      let result = try checkBeside(["fifo.yaml", "sock.yaml"], in: dir, checked: 4)
      #expect(result.status == 1)
      #expect(
        finding(result, "fifo.yaml:")
          == "fifo.yaml:1:1: error: cannot read the file: is a FIFO (named pipe), not a regular file [FL001]"
      )
      #expect(
        finding(result, "sock.yaml:")
          == "sock.yaml:1:1: error: cannot read the file: is a socket, not a regular file [FL001]")
      // A walk lists regular files only: neither is picked up from the folder.
      let walk = try CLI.run(["check", ".", "--format", "concise"], in: dir)
      #expect(walk.status == 1)
      #expect(!walk.stdout.contains("fifo.yaml") && !walk.stdout.contains("sock.yaml"))
      let dump = try CLI.run(["dump", "fifo.yaml"], in: dir)
      #expect(dump.status == 1)
      #expect(
        dump.stderr.contains("fifo.yaml: is a FIFO (named pipe), not a regular file"),
        "\(dump.stderr)")
      let simulate = try CLI.run(["simulate", "fifo.yaml", "--out", "o"], in: dir)
      #expect(simulate.status == 1)
      #expect(simulate.stderr == "error: fifo.yaml: is a FIFO (named pipe), not a regular file\n")
    }
  }

  @Test func danglingLinksAndLinkLoopsAreFindingsNamedOrWalked() throws {
    try withNeighbours([:]) { dir in
      let fm = FileManager.default
      try fm.createSymbolicLink(
        atPath: dir.appendingPathComponent("dangling.yaml").path,
        withDestinationPath: "nowhere.yaml")
      try fm.createSymbolicLink(
        atPath: dir.appendingPathComponent("loop1.yaml").path, withDestinationPath: "loop2.yaml")
      try fm.createSymbolicLink(
        atPath: dir.appendingPathComponent("loop2.yaml").path, withDestinationPath: "loop1.yaml")
      try fm.createDirectory(
        at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
      try fm.createSymbolicLink(
        atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: "..")
      let dangling =
        "dangling.yaml:1:1: error: cannot read the file: is a symbolic link to a file that does not exist [FL001]"
      let loop =
        "loop1.yaml:1:1: error: cannot read the file: cannot open: Too many levels of symbolic links [FL001]"
      let named = try checkBeside(["dangling.yaml", "loop1.yaml"], in: dir, checked: 4)
      #expect(
        named.status == 1, "a link that exists is a finding, not a usage error: \(named.stderr)")
      #expect(finding(named, "dangling.yaml:") == dangling)
      #expect(finding(named, "loop1.yaml:") == loop)
      // The walk follows sub/up back to the folder once, and reports each link once.
      let walked = try CLI.run(["check", ".", "--format", "concise"], in: dir)
      #expect(walked.status == 1)
      #expect(finding(walked, "dangling.yaml:") == dangling)
      #expect(finding(walked, "loop1.yaml:") == loop)
      #expect(walked.stdout.contains(Self.badLine))
      #expect(walked.stdout.hasSuffix("(5 files checked, 0 skipped)\n"), "\(walked.stdout)")
      // A path that does not exist at all is still a usage error.
      let missing = try CLI.run(["check", "good.yaml", "missing.yaml"], in: dir)
      #expect(missing.status == 2)
      #expect(missing.stderr.hasPrefix("error: missing.yaml: no such file or directory\n"))
    }
  }

  /// chmod 000 stops every user but root, so it is only tested where it means something; the
  /// FIFO, socket and dangling-link cases above cover unreadable files for root too.
  @Test func unreadableFileWhenNotRoot() throws {
    guard geteuid() != 0 else {
      print(
        "note: running as root, where chmod 000 does not stop reads: skipped (see the FIFO and link cases)"
      )
      return
    }
    try withNeighbours(["locked.yaml": Array(Self.bad.utf8)]) { dir in
      let path = dir.appendingPathComponent("locked.yaml").path
      #expect(chmod(path, 0) == 0)
      defer { _ = chmod(path, 0o644) }
      let result = try checkBeside(["locked.yaml"], in: dir, checked: 3)
      #expect(result.status == 1)
      #expect(
        finding(result, "locked.yaml:")
          == "locked.yaml:1:1: error: cannot read the file: cannot open: Permission denied [FL001]")
    }
  }

  /// `FLYTE_LINT_FAULT` (Sources/FlyteWorkspace/FaultInjection.swift) deletes the file between
  /// the walk finding it and the checker opening it, which no real mechanism does without a race.
  @Test func fileDeletedWhileBeingChecked() throws {
    let gone = "tasks:\n  - name: pkg.gone\n    retries: -1\n"
    try withNeighbours(["gone.yaml": Array(gone.utf8)]) { dir in
      let before = try checkBeside(
        ["."], in: dir, checked: 3,
        environment: ["FLYTE_LINT_FAULT": "unlink-before-open:gone.yaml"])
      #expect(before.status == 1)
      #expect(
        finding(before, "gone.yaml:")
          == "gone.yaml:1:1: error: cannot read the file: no such file [FL001]")
      #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("gone.yaml").path))
    }
    try withNeighbours(["gone.yaml": Array(gone.utf8)]) { dir in
      // Deleted once open: the open file is read whole, so its own finding is reported.
      let after = try checkBeside(
        ["gone.yaml"], in: dir, checked: 3,
        environment: ["FLYTE_LINT_FAULT": "unlink-after-open:gone.yaml"])
      #expect(after.status == 1)
      #expect(
        finding(after, "gone.yaml:")?.hasPrefix(
          "gone.yaml:3:14: error: retries \"-1\" is out of range") == true, "\(after.stdout)")
    }
  }

  // MARK: stdin

  @Test func stdinClosedAtOnceOrMidDocument() throws {
    try withNeighbours([:]) { dir in
      let empty = try checkBeside(
        ["-"], in: dir, checked: 2, skipped: 1, extra: ["--stdin-filename", "in.yaml"])
      #expect(empty.status == 1)
      let emptyDump = try CLI.run(["dump", "-"], in: dir, stdin: [])
      #expect(emptyDump.status == 0 && emptyDump.stdout == "")

      // The writer stops inside a quoted string: the reader sees end of input there.
      let cut = Array("tasks:\n  - name: \"pkg.cut\n".utf8)
      let result = try CLI.run(
        [
          "check", "good.yaml", "bad.yaml", "-", "--stdin-filename", "in.yaml", "--format",
          "concise",
        ], in: dir, stdin: cut)
      #expect(result.status == 1)
      #expect(result.stdout.contains(Self.badLine))
      #expect(finding(result, "in.yaml:")?.hasSuffix("[FL001]") == true, "\(result.stdout)")
      #expect(result.stdout.hasSuffix("(3 files checked, 0 skipped)\n"), "\(result.stdout)")
      let dump = try CLI.run(["dump", "-"], in: dir, stdin: cut)
      #expect(dump.status == 1)
      #expect(dump.stdout == "")
      #expect(dump.stderr.hasPrefix("<stdin>:"), "\(dump.stderr)")
    }
  }

  @Test func lspWithStdinClosedExitsOneAndWritesNothing() throws {
    let closed = try CLI.run(["lsp"], stdin: [])
    #expect(closed.status == 1)
    #expect(closed.stdout == "")
    let cut = try CLI.run(
      ["lsp"], stdin: Array("Content-Length: 120\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,".utf8))
    #expect(cut.status == 1)
    #expect(cut.stdout == "")
  }
}

/// A UNIX socket bound at `path` (left there when the descriptor closes).
private func makeSocket(_ path: String) throws {
  let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
  guard fd >= 0 else { throw CLI.Failure(description: "socket: \(errno)") }
  defer { close(fd) }
  var address = sockaddr_un()
  address.sun_family = sa_family_t(AF_UNIX)
  let bytes = Array(path.utf8)
  guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
    throw CLI.Failure(description: "socket path too long")
  }
  withUnsafeMutableBytes(of: &address.sun_path) { raw in
    for (i, b) in bytes.enumerated() { raw[i] = b }
  }
  let bound = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
    }
  }
  guard bound == 0 else { throw CLI.Failure(description: "bind: \(errno)") }
}
