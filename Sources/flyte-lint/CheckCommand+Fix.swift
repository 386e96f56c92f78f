import FlyteWorkspace
import FlyteLint
import FlyteSyntax

extension CheckCommand {
  /// The files of a run as the fixer takes them: each checked file's own report with the job
  /// that made it, and the tasks the run-wide checks find in unchecked manifests.
  struct CheckedRun {
    var subjects: [RunFixer.Subject] = []
    /// Real paths by report path.
    var paths: [String: String] = [:]
    var jobs: [FileJob] = []
    var stdin: StandardInput?
    var elsewhere: [String: TaskSummary] = [:]
  }

  /// Pairs the pipeline's outcomes (in job order) with their jobs.
  static func checkedFiles(
    _ outcomes: [FileChecker.Outcome], jobs: [FileJob], stdin: StandardInput?, lookup: TaskLookup?
  ) -> CheckedRun {
    var run = CheckedRun(jobs: jobs, stdin: stdin)
    var pairs = Array(zip(jobs, outcomes))
    if let stdin { pairs.append((stdin.job, stdin.outcome)) }
    for case (let job, .checked(let report)) in pairs {
      run.subjects.append(
        RunFixer.Subject(report: report, linter: job.linter, mustBeManifest: job.mustBeManifest))
      run.paths[report.path] = run.paths[report.path] ?? job.path
    }
    if let lookup {
      run.elsewhere = tasksElsewhere(for: run.subjects.map(\.report), with: lookup, jobs: jobs)
    }
    return run
  }

  /// `check --fix` and `check --diff` (SPEC §8): fix the run to a fixed point, then write the
  /// files and report what remains, or print the changes as a diff and write nothing.
  static func runFixes(
    _ checked: CheckedRun, options: CheckOptions, fixes: FixOptions, skipped: Int,
    statistics showStatistics: Bool
  ) -> ExitStatus {
    let stdin = checked.stdin
    var session = FixSession(
      subjects: checked.subjects, unsafe: fixes.unsafe, paths: checked.paths,
      stdinPath: stdin?.job.display,
      elsewhere: checked.elsewhere)
    if fixes.diff { return showDiff(session.preview(), fixes: fixes, quiet: options.quiet) }

    let outcome = session.fixAndWrite()
    var reports = outcome.reports
    reloadSources(&reports, jobs: checked.jobs)
    let run = RunReport(files: reports, filesChecked: reports.count, filesSkipped: skipped)
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
