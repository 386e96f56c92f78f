import Dispatch
import FlyteLint
import FlyteSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// `flyte-lint check [PATH ...]`: every manifest's findings, at their exact positions.
enum CheckCommand {
  static let help = """
    USAGE: flyte-lint check [PATH ...] [options]

    Checks Flyte task manifests (YAML/JSON; native or flyteidl) under each PATH (default ".";
    "-" reads stdin). Other YAML/JSON files are skipped silently (--verbose lists them).

    OPTIONS:
      --format FORMAT              report format: text (default), concise, json, sarif, github,
                                   checkstyle, junit; github is the default when GITHUB_ACTIONS=true
      --output FILE                write the report of the --format before it to FILE (replaced
                                   atomically); repeat the pair for several reports in one run, e.g.
                                   --format text --format sarif --output flyte-lint.sarif
                                   (at most one format without --output: it goes to stdout)
      --docs-url URL               link each rule's page from SARIF (helpUri): URL/CODE.md, or URL
                                   with {code} replaced by the rule's code
      --config FILE                use this configuration instead of the nearest .flyte-lint.yaml
      --select CODES               only these rules (codes, names or prefixes like FL1; ALL)
      --ignore CODES               not these rules
      --strict                     warnings fail the run too
      --max-warnings N             fail when there are more than N warnings
      --exit-zero                  exit 0 even with findings
      --stdin-filename NAME        the name (and format) of stdin's content
      --color auto|always|never    colour in the text report on a terminal (honours NO_COLOR)
      --jobs N                     files checked in parallel (default: all cores)
      --quiet                      no summary line
      --verbose                    also list skipped files
      --statistics                 count findings per rule instead of listing them (stdout only)
      --show-files                 list the files that would be checked, and why others are not
      --fix                        apply safe fixes, then report what remains ("-": fixed text to stdout)
      --unsafe-fixes               with --fix or --diff, apply unsafe fixes too (alone: count them as available)
      --diff                       print the fixes as a unified diff, change nothing (exit 1 if any)

    Paths in sarif and github reports are relative to the repository root (the nearest folder
    with .git); with --format github and GITHUB_STEP_SUMMARY set, a Markdown table of all
    findings is appended to that file.

    Exit: 0 no error, 1 findings that fail the run, 2 usage error, 3 internal error.

    """

  static func run(_ raw: [String]) -> ExitStatus {
    let args: Arguments
    do {
      args = try Arguments(
        raw,
        options: [
          "--format", "--output", "--docs-url", "--select", "--ignore", "--max-warnings", "--stdin-filename", "--color",
          "--jobs", "--config",
        ],
        flags: Set(["--strict", "--exit-zero", "--quiet", "--verbose", "--statistics", "--show-files", "-h", "--help"]).union(FixOptions.flags))
    } catch {
      return CommandLineTool.usageError(error.description, help: help)
    }
    if args.flags.contains("-h") || args.flags.contains("--help") {
      OutputStream.standardOutput.write(help)
      return .success
    }
    let options: CheckOptions
    do {
      options = try CheckOptions(args)
    } catch {
      return CommandLineTool.usageError(error.description, help: help)
    }
    let paths = args.positionals.isEmpty ? ["."] : args.positionals
    let files: [String]
    do {
      files = try FileDiscovery.files(for: paths.filter { $0 != "-" })
    } catch {
      return CommandLineTool.usageError(error.description, help: help)
    }
    let jobs: [FileJob]
    var excluded: [String] = []
    var stdinLinter = options.linter
    do throws(ConfigurationError) {
      let resolver = try ConfigurationResolver(explicitPath: args.options["--config"])
      var planned: [FileJob] = []
      // Linters depend only on the configuration unless it has per-file ignores.
      var linters: [String: Linter] = [:]
      for file in files {
        let config = try options.applyingCommandLine(to: resolver.configuration(for: file))
        let absolute = resolver.absolute(file)
        if config.isExcluded(absolute) {
          excluded.append(FileDiscovery.normalized(file))
          continue
        }
        let linter: Linter
        if config.perFileIgnores.isEmpty, let cached = linters[config.path ?? ""] {
          linter = cached
        } else {
          linter = try config.linter(for: absolute)
          if config.perFileIgnores.isEmpty { linters[config.path ?? ""] = linter }
        }
        planned.append(
          FileJob(path: file, display: FileDiscovery.normalized(file), linter: linter,
            mustBeManifest: !config.manifests.isEmpty && config.mustBeManifest(absolute)))
      }
      jobs = planned
      if paths.contains("-") {
        // stdin is checked as the file it names: that file's configuration applies.
        let name = options.stdinFilename ?? "<stdin>"
        let config = try options.applyingCommandLine(to: resolver.configuration(for: name))
        stdinLinter = try config.linter(for: resolver.absolute(name))
      }
    } catch {
      // Paths relative to the working directory, like every other path we print.
      let cwd = ConfigurationResolver.currentDirectory() + "/"
      var shown = error
      if shown.path.hasPrefix(cwd) { shown.path.removeFirst(cwd.count) }
      OutputStream.standardError.write("error: \(shown.description)\n")
      return .usage
    }
    if args.flags.contains("--show-files") {
      var out = ""
      for job in jobs.sorted(by: { $0.display < $1.display }) {
        out += "\(job.display)\(job.mustBeManifest ? "  (must be a manifest: config \"manifests\")" : "")\n"
      }
      for path in excluded.sorted() { out += "\(path)  (excluded by the configuration)\n" }
      OutputStream.standardOutput.write(out)
      return .success
    }
    let stdin = paths.contains("-")
      ? readStandardInput(name: options.stdinFilename ?? "<stdin>", linter: stdinLinter) : nil
    let fixes = FixOptions(args)
    if fixes.fixesFiles {
      return runFixes(jobs, stdin: stdin, options: options, fixes: fixes, excluded: excluded, statistics: args.flags.contains("--statistics"))
    }
    let run = checkAll(jobs, options: options, excluded: excluded, stdin: stdin)
    // A report that could not be written is a bad --output: exit 2 even when checks passed.
    let written = writeReports(
      run, options: options, statistics: args.flags.contains("--statistics"), trailer: fixes.availability(run, options: options))
    guard written else { return .usage }
    return options.exitStatus(run)
  }

  /// `--statistics`: findings per rule, most frequent first.
  static func statistics(_ run: RunReport) -> String {
    var counts: [String: (name: String, severity: Severity, count: Int)] = [:]
    for file in run.files {
      for f in file.findings { counts[f.code, default: (f.name, f.severity, 0)].count += 1 }
    }
    let rows = counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
    var out = rows.map { "\(String($0.value.count).leftPadded(6))  \($0.key)  \($0.value.severity.rawValue.padded(7))  \($0.value.name)" }
      .joined(separator: "\n")
    if !rows.isEmpty { out += "\n" }
    return out + run.summary + "\n"
  }

  /// One file to check, with the linter its configuration gives it.
  struct FileJob {
    let path: String
    let display: String
    let linter: Linter
    let mustBeManifest: Bool
  }

  /// What was read from stdin ("-"), checked as the file `--stdin-filename` names.
  struct StandardInput {
    let job: FileJob
    /// nil when stdin could not be read.
    let bytes: [UInt8]?
    let outcome: FileChecker.Outcome
  }

  private static func readStandardInput(name: String, linter: Linter) -> StandardInput {
    let job = FileJob(path: "-", display: name, linter: linter, mustBeManifest: false)
    do throws(FileInput.Failure) {
      let bytes = try FileInput.readStandardInput(limit: SyntaxLimits.standard.maxFileBytes)
      return StandardInput(job: job, bytes: bytes, outcome: FileChecker.check(path: name, bytes: bytes, linter: linter))
    } catch {
      return StandardInput(job: job, bytes: nil, outcome: .checked(FileChecker.unreadable(path: name, reason: error.reason)))
    }
  }

  /// Checks files in parallel; the report is sorted, so the order of work never shows.
  static func checkAll(_ jobs: [FileJob], options: CheckOptions, excluded: [String], stdin: StandardInput? = nil) -> RunReport {
    let each = checkEach(jobs, options: options, excluded: excluded, stdin: stdin)
    var reports = each.checked.map(\.report)
    RunChecks.finish(&reports)
    reloadSources(&reports, jobs: jobs)
    return RunReport(files: reports, filesChecked: reports.count, filesSkipped: each.skipped)
  }

  /// Every file's own report (before the run-wide checks), with the job that made it; the
  /// skipped files are counted (and listed under --verbose).
  static func checkEach(
    _ jobs: [FileJob], options: CheckOptions, excluded: [String], stdin: StandardInput?
  ) -> (checked: [(job: FileJob, report: FileReport)], skipped: Int) {
    let results = ResultSlots<FileChecker.Outcome>(count: jobs.count)
    let workers = max(1, min(options.jobs, jobs.count))
    // Each worker takes the next file when done with one, so a slow file or a busy core
    // never leaves the other workers idle at the end.
    let counter = JobCounter(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = counter.next() {
        let job = jobs[index]
        let outcome: FileChecker.Outcome
        do throws(FileInput.Failure) {
          let bytes = try FileInput.read(path: job.path, limit: SyntaxLimits.standard.maxFileBytes)
          outcome = FileChecker.check(path: job.display, bytes: bytes, linter: job.linter, mustBeManifest: job.mustBeManifest)
        } catch {
          outcome = .checked(FileChecker.unreadable(path: job.display, reason: error.reason))
        }
        results.set(index, outcome)
      }
    }
    var checked: [(job: FileJob, report: FileReport)] = []
    var skipped: [(String, String)] = excluded.map { ($0, "excluded by the configuration") }
    var outcomes: [(FileJob, FileChecker.Outcome?)] = Array(zip(jobs, results.values))
    if let stdin { outcomes.append((stdin.job, stdin.outcome)) }
    for (job, outcome) in outcomes {
      switch outcome {
      case .checked(let report)?: checked.append((job, report))
      case .skipped(let path, let reason)?: skipped.append((path, reason))
      case nil: break
      }
    }
    if options.verbose {
      for (path, reason) in skipped.sorted(by: { $0.0 < $1.0 }) {
        OutputStream.standardError.write("skipped \(path): \(reason)\n")
      }
    }
    return (checked, skipped.count)
  }

  /// Run-wide findings can land in files whose bytes were let go: read those again.
  static func reloadSources(_ reports: inout [FileReport], jobs: [FileJob]) {
    let jobByDisplay = Dictionary(jobs.map { ($0.display, $0) }, uniquingKeysWith: { first, _ in first })
    for i in reports.indices where reports[i].source == nil && !reports[i].findings.isEmpty {
      guard let job = jobByDisplay[reports[i].path],
        let bytes = try? FileInput.read(path: job.path, limit: SyntaxLimits.standard.maxFileBytes)
      else { continue }
      reports[i].source = bytes
      reports[i].lineIndex = LineIndex(bytes)
    }
  }
}

/// One slot per file, filled from worker threads.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLockLike()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.withLock { slots[index] = value }
  }

  var values: [Value?] { lock.withLock { slots } }
}

/// A pthread mutex (Foundation-free).
/// Hands out job indexes 0..<count, each once, to any number of threads.
final class JobCounter: @unchecked Sendable {
  private let count: Int
  private var taken = 0
  private let lock = NSLockLike()

  init(count: Int) { self.count = count }

  func next() -> Int? {
    lock.withLock {
      guard taken < count else { return nil }
      taken += 1
      return taken - 1
    }
  }
}

final class NSLockLike: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }
  func withLock<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
  fileprivate func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
