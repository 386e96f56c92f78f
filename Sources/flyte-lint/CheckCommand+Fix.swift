import FlyteLint
import FlyteSyntax

extension CheckCommand {
  /// `check --fix` and `check --diff` (SPEC §8): fix the run to a fixed point, then write the
  /// files and report what remains, or print the changes as a diff and write nothing.
  static func runFixes(
    _ jobs: [FileJob], stdin: StandardInput?, options: CheckOptions, fixes: FixOptions,
    excluded: [String],
    statistics showStatistics: Bool
  ) -> ExitStatus {
    let each = checkEach(jobs, options: options, excluded: excluded, stdin: stdin)
    let subjects = each.checked.map {
      RunFixer.Subject(
        report: $0.report, linter: $0.job.linter, mustBeManifest: $0.job.mustBeManifest)
    }
    let paths = Dictionary(
      each.checked.map { ($0.job.display, $0.job.path) }, uniquingKeysWith: { first, _ in first })
    var session = FixSession(
      subjects: subjects, unsafe: fixes.unsafe, paths: paths, stdinPath: stdin?.job.display)
    if fixes.diff { return showDiff(session.preview(), fixes: fixes, quiet: options.quiet) }

    let outcome = session.fixAndWrite()
    var reports = outcome.reports
    reloadSources(&reports, jobs: jobs)
    let run = RunReport(files: reports, filesChecked: reports.count, filesSkipped: each.skipped)
    let fixedLine = fixes.fixedLine(outcome, remaining: run)
    // Without a text report on the terminal, the fix line goes to stderr with the problems.
    let notes = problems(outcome) + (options.showsFixSummary || options.quiet ? "" : fixedLine)
    if let stdin {
      // The fixed text is what stdout carries (an editor or a pipe replaces its buffer with
      // it), so the terminal report goes to stderr.
      OutputStream.standardOutput.write(
        outcome.fixes.first { $0.path == stdin.job.display }?.fixed ?? stdin.bytes ?? [])
    }
    let written = writeReports(
      run, options: options, statistics: showStatistics, trailer: options.quiet ? "" : fixedLine,
      terminal: stdin == nil ? .standardOutput : .standardError)
    OutputStream.standardError.write(notes)
    guard written else { return .usage }
    // A file that could not be fixed fails the run whatever its findings' severity.
    return outcome.refusals.isEmpty ? options.exitStatus(run) : .findings
  }

  /// `--diff`: the changes as a unified diff on stdout; exit 1 when there are any (or a file
  /// could not be considered), as `ruff --diff` does.
  private static func showDiff(_ outcome: RunFixOutcome, fixes: FixOptions, quiet: Bool)
    -> ExitStatus
  {
    var diff = ""
    for fix in outcome.fixes.sorted(by: { $0.path < $1.path }) {
      diff += UnifiedDiff.render(old: fix.original, new: fix.fixed, path: fix.path)
    }
    OutputStream.standardOutput.write(diff)
    OutputStream.standardError.write(problems(outcome) + (quiet ? "" : fixes.wouldFixLine(outcome)))
    return outcome.fixes.isEmpty && outcome.refusals.isEmpty ? .success : .findings
  }

  /// One line per file left alone or still changing, for stderr.
  private static func problems(_ outcome: RunFixOutcome) -> String {
    var out = ""
    for (path, refusal) in outcome.refusals.sorted(by: { $0.path < $1.path }) {
      out += "error: \(path): not fixed: \(refusal.reason)\n"
    }
    for path in outcome.unsettled.sorted() {
      out +=
        "warning: \(path): fixes were still changing the file after 10 passes; the last result is kept\n"
    }
    return out
  }
}
