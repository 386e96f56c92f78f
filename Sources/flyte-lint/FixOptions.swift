import FlyteLint

/// `--fix`, `--unsafe-fixes` and `--diff` (SPEC §8).
struct FixOptions {
  static let flags: Set<String> = ["--fix", "--unsafe-fixes", "--diff"]

  /// Apply the fixes and write the files.
  var fix: Bool
  /// Unsafe fixes too (with `--fix`/`--diff`); alone, they are counted as available.
  var unsafe: Bool
  /// Show the fixes as a diff and write nothing.
  var diff: Bool

  init(_ args: Arguments) {
    fix = args.flags.contains("--fix")
    unsafe = args.flags.contains("--unsafe-fixes")
    diff = args.flags.contains("--diff")
  }

  /// Fixes are worked out (`--fix` writes them, `--diff` shows them).
  var fixesFiles: Bool { fix || diff }

  /// After a plain check's summary: how many findings `--fix` would fix, e.g.
  /// "3 findings fixable with --fix (1 more with --fix --unsafe-fixes)". Empty when none, or
  /// under --quiet.
  func availability(_ run: RunReport, options: CheckOptions) -> String {
    guard !options.quiet else { return "" }
    let counts = FixCounts(run)
    if unsafe || counts.safe == 0 {
      let total = counts.safe + counts.unsafe
      return total == 0 ? "" : "\(plural(total, "finding")) fixable with --fix --unsafe-fixes\n"
    }
    let more = counts.unsafe > 0 ? " (\(counts.unsafe) more with --fix --unsafe-fixes)" : ""
    return "\(plural(counts.safe, "finding")) fixable with --fix\(more)\n"
  }

  /// After `--fix`: "Fixed 3 findings (2 files)", and what unsafe fixes remain.
  func fixedLine(_ outcome: RunFixOutcome, remaining run: RunReport) -> String {
    let applied = outcome.fixCount
    var line =
      applied == 0
      ? "No fixes applied"
      : "Fixed \(plural(applied, "finding")) (\(plural(outcome.fixes.count, "file")))"
    let hidden = unsafe ? 0 : FixCounts(run).unsafe
    if hidden > 0 { line += "; \(hidden) more fixable with --unsafe-fixes" }
    return line + "\n"
  }

  /// After `--diff`: "Would fix 3 findings (2 files)".
  func wouldFixLine(_ outcome: RunFixOutcome) -> String {
    outcome.fixCount == 0
      ? "No fixes to apply\n"
      : "Would fix \(plural(outcome.fixCount, "finding")) (\(plural(outcome.fixes.count, "file")))\n"
  }
}

/// Findings offering a fix, by applicability.
struct FixCounts {
  var safe = 0
  var unsafe = 0

  init(_ run: RunReport) {
    for file in run.files {
      for fix in file.findings.compactMap(\.fix) {
        if fix.applicability == .safe { safe += 1 } else { unsafe += 1 }
      }
    }
  }
}

extension CheckOptions {
  /// The fix lines join the summary, which belongs to the text formats only (SPEC §1): when
  /// no such report goes to the terminal, `--fix` says what it did on stderr.
  var showsFixSummary: Bool { !quiet && (outputs.first { $0.path == nil }?.format.isText ?? false) }
}

private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
