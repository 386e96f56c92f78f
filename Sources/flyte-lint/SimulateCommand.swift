import FlyteWorkspace
import FlyteIO
import FlyteLint
import FlyteManifest
import FlyteRuntime
import FlyteSyntax

/// `flyte-lint simulate MANIFEST`: lints the manifest (error findings refuse the run), runs it
/// through the runtime model and writes the run's files under `--out` (SPEC §9).
enum SimulateCommand {
  static let help = """
    USAGE: flyte-lint simulate MANIFEST [--task NAME | --workflow NAME] [--inputs JSON|@FILE]
                               [--out DIR] [--start TIME] [--project P] [--domain D]
                               [--cache-dir DIR] [--no-cache]

    Simulates a remote Flyte execution of a task or workflow on a virtual clock: retries,
    timeouts, preemption, the cache. Without --task/--workflow: the manifest's only workflow,
    else its only task. Writes summary.json, metrics.txt, metrics.json, logs.jsonl and
    outputs.json under --out (default flyte-sim-out) and prints a summary.
      --inputs      a JSON object of inputs (or @FILE) overriding the simulate block's
      --start       virtual start time, RFC 3339 (default 2024-01-01T00:00:00Z)
      --cache-dir   the local cache (default .flyte-lint/cache); --no-cache ignores it
    Exit 0 when the execution succeeded, 1 when it failed or the manifest has error findings,
    2 on usage errors or an output folder that cannot be written (a full disk).

    """

  static func run(_ raw: [String]) -> ExitStatus {
    let valued: Set<String> = [
      "--task", "--workflow", "--inputs", "--out", "--start", "--project", "--domain", "--cache-dir",
    ]
    let args: Arguments
    switch CommandLineTool.parse(raw, options: valued, flags: ["--no-cache"], help: help) {
    case .arguments(let parsed): args = parsed
    case .finished(let status): return status
    }
    guard args.positionals.count == 1, let path = args.positionals.first else {
      return CommandLineTool.usageError("simulate takes exactly one MANIFEST", help: help)
    }
    let options: SimulationOptions
    switch parseOptions(args) {
    case .success(let parsed): options = parsed
    case .failure(let message): return CommandLineTool.usageError(message, help: help)
    }
    let bytes: [UInt8]
    do {
      bytes = try FileInput.read(path: path, limit: SyntaxLimits.standard.maxFileBytes)
    } catch {
      OutputStream.standardError.write("error: \(error.description)\n")
      if case .notFound = error { return .usage }
      return .findings
    }
    if let refused = refusal(path: path, bytes: bytes) {
      OutputStream.standardError.write(
        refused + "error: the manifest has error findings; nothing was simulated\n")
      return .findings
    }
    let run: RunRecord
    do {
      run = try Simulator(file: ManifestFile(path: path, bytes: bytes), options: options).run()
    } catch {
      return CommandLineTool.usageError(error.description, help: help)
    }
    let out = args.options["--out"] ?? "flyte-sim-out"
    do {
      try RunWriter(directory: out).write(run)
    } catch {
      // A full disk or an unwritable folder is the environment, not a bug: exit 2, as for a
      // report `check --output` cannot write. Each file is written atomically, so the folder
      // holds whole files only (fewer than a finished run's).
      OutputStream.standardError.write(
        "error: \(error.description)\nerror: the simulation output in \"\(out)\" is incomplete\n")
      return .usage
    }
    OutputStream.standardOutput.write(SummaryText.render(run, outDirectory: out))
    return run.succeeded ? .success : .findings
  }

  enum Parsed {
    case success(SimulationOptions)
    case failure(String)
  }

  static func parseOptions(_ args: Arguments) -> Parsed {
    var options = SimulationOptions()
    if let task = args.options["--task"] {
      if args.options["--workflow"] != nil {
        return .failure("give --task or --workflow, not both")
      }
      options.target = .task(task)
    } else if let workflow = args.options["--workflow"] {
      options.target = .workflow(workflow)
    }
    if let start = args.options["--start"] {
      guard let parsed = SimulationOptions.parseStart(start) else {
        return .failure("--start \"\(start)\" is not an RFC 3339 time like 2024-01-01T00:00:00Z")
      }
      options.start = parsed
    }
    if let project = args.options["--project"] { options.project = project }
    if let domain = args.options["--domain"] { options.domain = domain }
    if let directory = args.options["--cache-dir"] { options.cacheDirectory = directory }
    if args.flags.contains("--no-cache") { options.cacheDirectory = nil }
    if let inputs = args.options["--inputs"] {
      if inputs.hasPrefix("@") {
        do {
          options.inputsJSON = try FileInput.read(
            path: String(inputs.dropFirst()), limit: SyntaxLimits.standard.maxFileBytes)
        } catch {
          return .failure("--inputs: \(error.description)")
        }
      } else {
        options.inputsJSON = Array(inputs.utf8)
      }
    }
    return .success(options)
  }

  /// The findings text when the manifest has error-severity findings, else nil.
  static func refusal(path: String, bytes: [UInt8]) -> String? {
    guard
      case .checked(let report) = FileChecker.check(
        path: path, bytes: bytes, linter: Linter(), mustBeManifest: true)
    else { return "\(path): not a task manifest\n" }
    var files = [report]
    RunChecks.finish(&files)
    guard files[0].findings.contains(where: { $0.severity == .error }) else { return nil }
    return ConciseReporter.render(RunReport(files: files, filesChecked: 1, filesSkipped: 0))
  }
}
