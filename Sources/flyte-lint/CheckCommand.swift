import FlyteWorkspace
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
      --file-timeout SECONDS       give up on a file after this long with an FL001 finding
                                   (default 60; 0 turns the limit off)
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
    let valued: Set<String> = [
      "--format", "--output", "--docs-url", "--select", "--ignore", "--max-warnings", "--stdin-filename", "--color",
      "--jobs", "--config", "--file-timeout",
    ]
    let flags = Set(["--strict", "--exit-zero", "--quiet", "--verbose", "--statistics", "--show-files"]).union(FixOptions.flags)
    let args: Arguments
    switch CommandLineTool.parse(raw, options: valued, flags: flags, help: help) {
    case .arguments(let parsed): args = parsed
    case .finished(let status): return status
    }
    let options: CheckOptions
    do {
      options = try CheckOptions(args)
    } catch {
      return CommandLineTool.usageError(error.description, help: help)
    }
    let paths = args.positionals.isEmpty ? ["."] : args.positionals
    let showFiles = args.flags.contains("--show-files")
    // Files are checked as they are found (not for --show-files, which only lists them).
    // More workers than a few per core only queue up on the pipeline's lock.
    let pipeline = showFiles ? nil : CheckPipeline(workers: min(options.jobs, 64), fileTimeout: options.fileTimeout)
    var planner: JobPlanner
    var stdinLinter = options.linter
    do throws(ConfigurationError) {
      planner = JobPlanner(options: options, resolver: try ConfigurationResolver(explicitPath: args.options["--config"]))
      var planningError: ConfigurationError?
      do throws(FileDiscovery.Failure) {
        try FileDiscovery.forEachFile(in: paths.filter { $0 != "-" }) { file in
          do throws(ConfigurationError) {
            if let job = try planner.job(for: file) { pipeline?.add(job) }
            return true
          } catch {
            planningError = error
            return false
          }
        }
      } catch {
        pipeline?.cancel()
        return CommandLineTool.usageError(error.description, help: help)
      }
      if let planningError { throw planningError }
      if paths.contains("-") {
        // stdin is checked as the file it names: that file's configuration applies.
        stdinLinter = try planner.linter(forStdinNamed: options.stdinFilename ?? "<stdin>")
      }
    } catch {
      pipeline?.cancel()
      // Paths relative to the working directory, like every other path we print.
      let cwd = ConfigurationResolver.currentDirectory() + "/"
      var shown = error
      if shown.path.hasPrefix(cwd) { shown.path.removeFirst(cwd.count) }
      OutputStream.standardError.write("error: \(shown.description)\n")
      return .usage
    }
    guard let pipeline else {
      var out = ""
      for job in planner.planned.sorted(by: { $0.display < $1.display }) {
        out += "\(job.display)\(job.mustBeManifest ? "  (must be a manifest: config \"manifests\")" : "")\n"
      }
      for path in planner.excluded.sorted() { out += "\(path)  (excluded by the configuration)\n" }
      OutputStream.standardOutput.write(out)
      return .success
    }
    let stdin = paths.contains("-")
      ? readStandardInput(name: options.stdinFilename ?? "<stdin>", linter: stdinLinter) : nil
    let lookup = repositoryPaths().root.map {
      TaskLookup(root: $0, arguments: paths.filter { $0 != "-" }.map(planner.resolver.absolute), resolver: planner.resolver, options: options)
    }
    let outcomes = pipeline.finish()
    let fixes = FixOptions(args)
    if fixes.fixesFiles {
      let checked = checkedFiles(outcomes, jobs: planner.planned, stdin: stdin, lookup: lookup)
      return runFixes(
        checked, options: options, fixes: fixes, skipped: listSkipped(outcomes, stdin: stdin?.outcome, excluded: planner.excluded, options: options),
        statistics: args.flags.contains("--statistics"))
    }
    let run = collect(
      outcomes, jobs: planner.planned, options: options, excluded: planner.excluded, stdin: stdin?.outcome, lookup: lookup)
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

  /// The run's report from the files' outcomes; sorted, so the order of work never shows.
  static func collect(
    _ outcomes: [FileChecker.Outcome], jobs: [FileJob], options: CheckOptions, excluded: [String],
    stdin: FileChecker.Outcome? = nil, lookup: TaskLookup? = nil
  ) -> RunReport {
    var reports: [FileReport] = []
    for case .checked(let report)? in outcomes.map(Optional.some) + [stdin] { reports.append(report) }
    let skipped = listSkipped(outcomes, stdin: stdin, excluded: excluded, options: options)
    RunChecks.finish(&reports, elsewhere: lookup.map { tasksElsewhere(for: reports, with: $0, jobs: jobs) } ?? [:])
    reloadSources(&reports, jobs: jobs)
    return RunReport(files: reports, filesChecked: reports.count, filesSkipped: skipped)
  }

  /// How many files were skipped (listed on stderr under --verbose).
  static func listSkipped(
    _ outcomes: [FileChecker.Outcome], stdin: FileChecker.Outcome?, excluded: [String], options: CheckOptions
  ) -> Int {
    var skipped: [(String, String)] = excluded.map { ($0, "excluded by the configuration") }
    for case .skipped(let path, let reason)? in outcomes.map(Optional.some) + [stdin] { skipped.append((path, reason)) }
    if options.verbose {
      for (path, reason) in skipped.sorted(by: { $0.0 < $1.0 }) {
        OutputStream.standardError.write("skipped \(path): \(reason)\n")
      }
    }
    return skipped.count
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

extension CheckCommand {
  /// Tasks used by the checked files' workflows, defined in none of them but in another
  /// manifest of the repository.
  static func tasksElsewhere(for reports: [FileReport], with lookup: TaskLookup, jobs: [FileJob]) -> [String: TaskSummary] {
    let defined = Set(reports.flatMap(\.taskSummaries.keys))
    let wanted = Set(reports.flatMap { $0.unresolvedUses.map(\.task) }).subtracting(defined)
    guard !wanted.isEmpty else { return [:] }
    return lookup.summaries(named: wanted, checked: Set(jobs.map { lookup.resolver.absolute($0.path) }))
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
  fileprivate func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
