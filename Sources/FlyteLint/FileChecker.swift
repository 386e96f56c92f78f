import FlyteManifest
import FlyteSyntax

/// Checks one file's bytes: decides whether it is a manifest (SPEC §2.1) and lints it.
public enum FileChecker {
  public enum Outcome: Sendable {
    case checked(FileReport)
    /// Not a manifest (or unparsable without manifest evidence): skipped silently.
    case skipped(path: String, reason: String)
  }

  /// `mustBeManifest`: the configuration's `manifests` globs name this file (FL008 if it is
  /// not one).
  public static func check(path: String, bytes: [UInt8], linter: Linter, mustBeManifest: Bool = false) -> Outcome {
    check(ManifestFile(path: path, bytes: bytes), linter: linter, mustBeManifest: mustBeManifest)
  }

  /// The same for a file already built (the language server keeps it for hover and completion).
  public static func check(_ file: ManifestFile, linter: Linter, mustBeManifest: Bool = false) -> Outcome {
    let path = file.path
    let bytes = file.tree.source
    if !file.tree.errors.isEmpty {
      guard file.showsManifestEvidence || mustBeManifest else {
        return .skipped(path: path, reason: "does not parse and does not look like a manifest")
      }
    } else if !file.isManifest {
      guard mustBeManifest, linter.enabledCodes.contains(NotAManifestRule.description.code)
      else { return .skipped(path: path, reason: "not a task manifest") }
      return .checked(notAManifest(file, bytes: bytes, linter: linter))
    }
    let result = linter.lint(file)
    var report = FileReport(path: path, findings: result.findings, source: bytes, lineIndex: file.lineIndex)
    report.suppressed = result.suppressed
    report.suppressions = result.suppressions
    report.severityOverrides = linter.severityOverrides
    report.enabledRules = linter.enabledCodes
    if file.tree.errors.isEmpty {
      if report.enabledRules.contains(DuplicateTaskNameRule.description.code) {
        report.declaredTasks = DuplicateTaskNameRule.declarations(file)
      }
      let facts = result.workflowFacts ?? WorkflowFacts(file)
      report.taskSummaries = facts.summaries
      report.unresolvedUses = facts.unresolved
    }
    if report.findings.isEmpty && report.suppressed.isEmpty && report.unresolvedUses.isEmpty
      && report.suppressions.suppressions.isEmpty
    {
      // Nothing to show: let the bytes go, so a run of thousands of files stays small. A
      // run-wide finding added later (a duplicate name) makes the caller read the file again.
      report.source = nil
      report.lineIndex = nil
    }
    return .checked(report)
  }

  private static func notAManifest(_ file: ManifestFile, bytes: [UInt8], linter: Linter) -> FileReport {
    let d = NotAManifestRule.description
    let tree = file.tree
    // Point at the first top-level key (often a misspelt `tasks`), else the file's start.
    let root = tree.documents.first?.root
    let key = root.flatMap { tree.entries(of: $0).first?.key }
    let range = key.map { tree[$0].contentRange } ?? ByteRange.empty(at: 0)
    let names = root.map { tree.entries(of: $0).map(\.name) } ?? []
    let hint = names.compactMap { Suggestion.closest(to: $0, in: ["tasks", "workflows"]) }.first
    var finding = Finding(
      code: d.code, name: d.name, severity: d.severity,
      message: "the configuration lists this file as a manifest, but it holds no tasks or workflows",
      help: hint.map { "did you mean the top-level key \"\($0)\"?" } ?? "add a top-level \"tasks:\" list, or remove the file from \"manifests\"",
      range: range)
    finding.severity = linter.severityOverrides[d.code] ?? d.severity
    return FileReport(path: file.path, findings: [finding], source: bytes, lineIndex: file.lineIndex)
  }

  /// A file whose check took longer than the run's per-file time limit: FL001, and the run
  /// goes on without it.
  public static func gaveUp(path: String, afterSeconds limit: Double) -> FileReport {
    let seconds = limit == limit.rounded() ? String(Int(limit)) : String(limit)
    let finding = Finding(
      code: SyntaxErrorRule.description.code, name: SyntaxErrorRule.description.name,
      severity: .error, message: "gave up checking the file after \(seconds) s (the per-file time limit)",
      help: "raise the limit with --file-timeout SECONDS (0 turns it off), or split the file",
      range: .empty(at: 0))
    return FileReport(path: path, findings: [finding], source: nil, lineIndex: nil)
  }

  /// A file that exists but cannot be read: FL001, and the run goes on.
  public static func unreadable(path: String, reason: String) -> FileReport {
    let finding = Finding(
      code: SyntaxErrorRule.description.code, name: SyntaxErrorRule.description.name,
      severity: .error, message: "cannot read the file: \(reason)", range: .empty(at: 0))
    return FileReport(path: path, findings: [finding], source: nil, lineIndex: nil)
  }
}
