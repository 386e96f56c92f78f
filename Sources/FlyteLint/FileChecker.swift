import FlyteManifest
import FlyteSyntax

/// Checks one file's bytes: decides whether it is a manifest (SPEC §2.1) and lints it.
public enum FileChecker {
  public enum Outcome: Sendable {
    case checked(FileReport)
    /// Not a manifest (or unparsable without manifest evidence): skipped silently.
    case skipped(path: String, reason: String)
  }

  public static func check(path: String, bytes: [UInt8], linter: Linter) -> Outcome {
    let file = ManifestFile(path: path, bytes: bytes)
    if !file.tree.errors.isEmpty {
      guard file.showsManifestEvidence else {
        return .skipped(path: path, reason: "does not parse and does not look like a manifest")
      }
    } else if !file.isManifest {
      return .skipped(path: path, reason: "not a task manifest")
    }
    let result = linter.lint(file)
    var report = FileReport(path: path, findings: result.findings, source: bytes, lineIndex: file.lineIndex)
    report.suppressed = result.suppressed
    return .checked(report)
  }

  /// A file that exists but cannot be read: FL001, and the run goes on.
  public static func unreadable(path: String, reason: String) -> FileReport {
    let finding = Finding(
      code: SyntaxErrorRule.description.code, name: SyntaxErrorRule.description.name,
      severity: .error, message: "cannot read the file: \(reason)", range: .empty(at: 0))
    return FileReport(path: path, findings: [finding], source: nil, lineIndex: nil)
  }
}
