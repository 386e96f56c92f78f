import Foundation
import Testing

/// `flyte-lint dump` and the top-level options, run as a subprocess: the built binary is the
/// thing users run, so exit codes, stdout and stderr are checked exactly as a shell sees them.
@Suite struct DumpCommandTests {
  @Test func binaryIsFound() throws {
    let binary = try CLI.binary()
    print("note: testing \(binary.path)")
  }

  // MARK: dump: output

  @Test func yamlFileDumpsOneExactLine() throws {
    try withFiles(["task.yaml": "a: 1\nb: [x, 0x1F, 0o17]\nc: .inf\nd: ~\n"]) { dir in
      let result = try CLI.run(["dump", "task.yaml"], in: dir)
      #expect(result.status == 0)
      #expect(result.stdout == "{\"a\":1,\"b\":[\"x\",31,15],\"c\":\".inf\",\"d\":null}\n")
      #expect(result.stderr == "")
    }
  }

  @Test func multipleDocumentsGiveOneLineEach() throws {
    try withFiles(["multi.yaml": "--- 1\n--- {a: b}\n...\n---\n# empty\n"]) { dir in
      let result = try CLI.run(["dump", "multi.yaml"], in: dir)
      #expect(result.status == 0)
      #expect(result.stdout == "1\n{\"a\":\"b\"}\nnull\n")
      #expect(result.stderr == "")
    }
  }

  @Test func jsonFileIsParsedAsStrictJSON() throws {
    let valid = #"{"a": [1, 2.50, true, null], "b": "\u00e9"}"#
    let trailingComma = #"{"a": 1,}"#
    try withFiles([
      "valid.json": valid, "comma.json": trailingComma, "comma.yaml": trailingComma,
      "UPPER.JSON": trailingComma,
    ]) { dir in
      let ok = try CLI.run(["dump", "valid.json"], in: dir)
      #expect(ok.status == 0)
      #expect(ok.stdout == "{\"a\":[1,2.50,true,null],\"b\":\"é\"}\n")
      #expect(ok.stderr == "")

      // Valid YAML flow mapping, but not strict JSON: the extension decides.
      let json = try CLI.run(["dump", "comma.json"], in: dir)
      #expect(json.status == 1)
      #expect(json.stdout == "")
      expectDiagnostic(json.stderr, path: "comma.json", line: 1, column: 8, code: "unexpected-token")

      let yaml = try CLI.run(["dump", "comma.yaml"], in: dir)
      #expect(yaml.status == 0)
      #expect(yaml.stdout == "{\"a\":1}\n")

      let upper = try CLI.run(["dump", "UPPER.JSON"], in: dir)
      #expect(upper.status == 1, "the extension match ignores case")
    }
  }

  // MARK: dump: stdin

  @Test func stdinWithStdinFilenameChoosesTheJSONParser() throws {
    let trailingComma = Array(#"{"a": 1,}"#.utf8)
    let asJSON = try CLI.run(["dump", "-", "--stdin-filename", "x.json"], stdin: trailingComma)
    #expect(asJSON.status == 1)
    #expect(asJSON.stdout == "")
    expectDiagnostic(asJSON.stderr, path: "x.json", line: 1, column: 8, code: "unexpected-token")

    let valid = try CLI.run(["dump", "--stdin-filename=x.json", "-"], stdin: Array(#"{"k": [1]}"#.utf8))
    #expect(valid.status == 0)
    #expect(valid.stdout == "{\"k\":[1]}\n")

    // Without a name, stdin is YAML, where the same text is a valid flow mapping.
    let asYAML = try CLI.run(["dump", "-"], stdin: trailingComma)
    #expect(asYAML.status == 0)
    #expect(asYAML.stdout == "{\"a\":1}\n")
  }

  @Test func stdinErrorsNameStdin() throws {
    let result = try CLI.run(["dump", "-"], stdin: Array("a:\n\tb: 1\n".utf8))
    #expect(result.status == 1)
    expectDiagnostic(result.stderr, path: "<stdin>", line: 2, column: 1, code: "tab-indentation")
  }

  @Test func emptyStdinIsAnEmptyStream() throws {
    // The pipe's write end is closed at once: EOF before any byte.
    let result = try CLI.run(["dump", "-"], stdin: [])
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "")
  }

  // MARK: dump: parse errors

  @Test func parseErrorGivesPathLineColumnMessageAndCode() throws {
    try withFiles(["tab.yaml": "a: 1\nb:\n\tc: 2\n"]) { dir in
      let result = try CLI.run(["dump", "tab.yaml"], in: dir)
      #expect(result.status == 1)
      #expect(result.stdout == "")
      expectDiagnostic(result.stderr, path: "tab.yaml", line: 3, column: 1, code: "tab-indentation")
    }
  }

  @Test func errorPositionsCountCRLFAndUnicodeScalars() throws {
    try withFiles([
      "crlf.yaml": "a: 1\r\nb:\r\n\tc: 2\r\n",
      // Column 7 counts "ключ" as four characters, not eight bytes.
      "unicode.yaml": "ключ: \"open\n",
      // A BOM is not a column.
      "bom.json": "\u{FEFF}{\"a\" 1}",
    ]) { dir in
      let crlf = try CLI.run(["dump", "crlf.yaml"], in: dir)
      #expect(crlf.status == 1)
      expectDiagnostic(crlf.stderr, path: "crlf.yaml", line: 3, column: 1, code: "tab-indentation")

      let unicode = try CLI.run(["dump", "unicode.yaml"], in: dir)
      #expect(unicode.status == 1)
      expectDiagnostic(unicode.stderr, path: "unicode.yaml", line: 1, column: 7, code: "unterminated-string")

      let bom = try CLI.run(["dump", "bom.json"], in: dir)
      #expect(bom.status == 1)
      expectDiagnostic(bom.stderr, path: "bom.json", line: 1, column: 6, code: "unexpected-token")
    }
  }

  @Test func invalidUTF8NamesTheOffset() throws {
    try withByteFiles(["bad.yaml": [UInt8]("a: ".utf8) + [0xFF, 0x0A]]) { dir in
      let result = try CLI.run(["dump", "bad.yaml"], in: dir)
      #expect(result.status == 1)
      #expect(result.stdout == "")
      expectDiagnostic(result.stderr, path: "bad.yaml", line: 1, column: 4, code: "invalid-utf8")
      #expect(result.stderr.contains("offset 3"), "stderr: \(result.stderr)")
    }
  }

  @Test func emptyFileIsAnEmptyStream() throws {
    try withFiles(["empty.yaml": ""]) { dir in
      let result = try CLI.run(["dump", "empty.yaml"], in: dir)
      #expect(result.status == 0)
      #expect(result.stdout == "")
      #expect(result.stderr == "")
    }
  }

  // MARK: dump: files that cannot be read

  @Test func missingFileIsAUsageError() throws {
    try withFiles([:]) { dir in
      let result = try CLI.run(["dump", "nope.yaml"], in: dir)
      #expect(result.status == 2)
      #expect(result.stdout == "")
      #expect(result.stderr.contains("nope.yaml"), "stderr: \(result.stderr)")
      #expect(result.stderr.contains("no such file"), "stderr: \(result.stderr)")
    }
  }

  @Test func directoryIsRefusedClearly() throws {
    try withFiles([:]) { dir in
      try FileManager.default.createDirectory(
        at: dir.appendingPathComponent("folder.yaml"), withIntermediateDirectories: false)
      let result = try CLI.run(["dump", "folder.yaml"], in: dir)
      #expect(result.status != 0)
      #expect(result.status != 3, "a directory is not an internal failure")
      #expect(result.stdout == "")
      #expect(result.stderr.contains("folder.yaml: is a directory"), "stderr: \(result.stderr)")
    }
  }

  // MARK: usage

  @Test func noArgumentsPrintsUsageToStderr() throws {
    let result = try CLI.run([])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("USAGE: flyte-lint"), "stderr: \(result.stderr)")
  }

  @Test func dumpWithoutAFileIsAUsageError() throws {
    for args in [["dump"], ["dump", "a.yaml", "b.yaml"], ["dump", "-", "--stdin-filename"]] {
      let result = try CLI.run(args)
      #expect(result.status == 2, "\(args)")
      #expect(result.stdout == "", "\(args)")
      #expect(result.stderr.contains("USAGE: flyte-lint dump"), "\(args): \(result.stderr)")
    }
  }

  @Test func unknownOptionIsAUsageError() throws {
    try withFiles(["a.yaml": "a: 1\n"]) { dir in
      let result = try CLI.run(["dump", "--bogus", "a.yaml"], in: dir)
      #expect(result.status == 2)
      #expect(result.stdout == "")
      #expect(result.stderr.contains("unknown option \"--bogus\""), "stderr: \(result.stderr)")
    }
    let command = try CLI.run(["--bogus"])
    #expect(command.status == 2)
    #expect(command.stdout == "")
    #expect(command.stderr.contains("--bogus"), "stderr: \(command.stderr)")
  }

  @Test func helpForAnUnknownCommandIsAUsageError() throws {
    let result = try CLI.run(["help", "bogus"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("unknown command \"bogus\""), "stderr: \(result.stderr)")
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let line = result.stdout
    #expect(line.hasPrefix("flyte-lint ") && line.hasSuffix("\n") && line.split(separator: "\n").count == 1, "stdout: \(line)")
    let version = line.dropFirst("flyte-lint ".count).dropLast()
    #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." }, "version: \(version)")
  }

  @Test func helpDumpDescribesDump() throws {
    let result = try CLI.run(["help", "dump"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.contains("USAGE: flyte-lint dump FILE"), "stdout: \(result.stdout)")
    #expect(result.stdout.contains("--stdin-filename"))

    let viaFlag = try CLI.run(["dump", "--help"])
    #expect(viaFlag.status == 0)
    #expect(viaFlag.stdout == result.stdout)
  }

  @Test func helpAndDashDashHelp() throws {
    for args in [["--help"], ["-h"], ["help"]] {
      let result = try CLI.run(args)
      #expect(result.status == 0, "\(args)")
      #expect(result.stdout.contains("USAGE: flyte-lint"), "\(args)")
      #expect(result.stdout.contains("dump"), "\(args)")
    }
  }
}

// MARK: - Helpers

/// Checks one `path:line:col: message [code]` line on stderr.
func expectDiagnostic(
  _ stderr: String, path: String, line: Int, column: Int, code: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(lines.count == 2 && lines[1].isEmpty, "one diagnostic line expected: \(stderr)", sourceLocation: sourceLocation)
  let first = String(lines.first ?? "")
  let prefix = "\(path):\(line):\(column): "
  #expect(first.hasPrefix(prefix), "expected \(prefix)…, got: \(first)", sourceLocation: sourceLocation)
  #expect(first.hasSuffix(" [\(code)]"), "expected … [\(code)], got: \(first)", sourceLocation: sourceLocation)
  let message = first.dropFirst(prefix.count).dropLast(code.count + 3)
  #expect(!message.trimmingCharacters(in: .whitespaces).isEmpty, "empty message: \(first)", sourceLocation: sourceLocation)
}

/// Runs `body` in a fresh temporary directory holding `files`, then removes it.
func withFiles(_ files: [String: String], _ body: (URL) throws -> Void) throws {
  try withByteFiles(files.mapValues { Array($0.utf8) }, body)
}

func withByteFiles(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
  let dir = FileManager.default.temporaryDirectory
    .appendingPathComponent("flyte-lint-cli-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  for (name, bytes) in files {
    try Data(bytes).write(to: dir.appendingPathComponent(name))
  }
  try body(dir)
}

/// Finds and runs the `flyte-lint` binary.
enum CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// How long one run may take before it counts as a hang.
  static let timeout: TimeInterval = 60

  /// The binary built next to the test bundle: `.build/<triple>/<config>/flyte-lint`. The
  /// environment variable `FLYTE_LINT_BINARY` overrides the search.
  static func binary() throws -> URL {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let override = ProcessInfo.processInfo.environment["FLYTE_LINT_BINARY"] {
      candidates.append(URL(fileURLWithPath: override))
    }
    // Linux: the test runner is an executable in the build folder itself.
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("flyte-lint"))
    if let runner = CommandLine.arguments.first, runner.contains("/") {
      candidates.append(
        URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent()
          .appendingPathComponent("flyte-lint"))
    }
    // macOS: the tests are an `.xctest` bundle in the build folder.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("flyte-lint"))
    }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/flyte-lint"))
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        fm.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    throw Failure(
      description: "flyte-lint binary not found; run `swift build` first or set FLYTE_LINT_BINARY. Looked in:\n"
        + candidates.map { "  \($0.path)" }.joined(separator: "\n"))
  }

  /// Runs the binary with `arguments` in `directory`. With `stdin`, those bytes are written to
  /// a pipe that is then closed; without, stdin is /dev/null. GitHub Actions' variables are
  /// removed (a test run inside Actions must not annotate or write the real step summary);
  /// `environment` sets variables for this run; `executable` runs another program (a shell
  /// that sets limits, then execs the binary).
  static func run(
    _ arguments: [String], in directory: URL? = nil, stdin: [UInt8]? = nil, environment extra: [String: String] = [:],
    executable: URL? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = try executable ?? binary()
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.removeValue(forKey: "GITHUB_ACTIONS")
    environment.removeValue(forKey: "GITHUB_STEP_SUMMARY")
    environment.merge(extra) { _, new in new }
    process.environment = environment

    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe

    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()

    // Drain both pipes at once so a full pipe can never stall the child.
    let stdoutBox = Collected()
    let stderrBox = Collected()
    let readers = DispatchGroup()
    let outHandle = outPipe.fileHandleForReading
    let errHandle = errPipe.fileHandleForReading
    DispatchQueue.global().async(group: readers) { stdoutBox.set(outHandle.readDataToEndOfFile()) }
    DispatchQueue.global().async(group: readers) { stderrBox.set(errHandle.readDataToEndOfFile()) }

    if let stdin {
      let writer = inPipe.fileHandleForWriting
      if !stdin.isEmpty { try? writer.write(contentsOf: Data(stdin)) }
      try? writer.close()
    }

    if exited.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      _ = exited.wait(timeout: .now() + 5)
      throw Failure(description: "flyte-lint \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
    }
    _ = readers.wait(timeout: .now() + 10)
    // A crash must not pass for an exit code: a signal shows as 128 + its number, as in a shell.
    let signaled = process.terminationReason == .uncaughtSignal
    return Result(
      status: signaled ? 128 + process.terminationStatus : process.terminationStatus,
      stdout: String(decoding: stdoutBox.value, as: UTF8.self),
      stderr: String(decoding: stderrBox.value, as: UTF8.self))
  }
}

/// Bytes read on another thread.
final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func set(_ value: Data) {
    lock.lock()
    data = value
    lock.unlock()
  }

  var value: Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
