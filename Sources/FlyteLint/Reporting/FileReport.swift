import FlyteManifest
import FlyteSyntax

/// The outcome of checking one file, ready for any report format.
public struct FileReport: Sendable {
  /// Path as shown to people: relative to the working directory, with `/`.
  public var path: String
  public var findings: [Finding]
  /// Findings silenced by suppression comments (json report only).
  public var suppressed: [SuppressedFinding] = []
  /// Task identities this file declares, for run-wide FL006 (empty when FL006 is off).
  public var declaredTasks: [TaskDeclaration] = []
  /// Severities the file's configuration changed.
  public var severityOverrides: [String: Severity] = [:]

  /// Tasks this file defines and workflow nodes whose task it does not (for the run checks).
  public var taskSummaries: [String: TaskSummary] = [:]
  public var unresolvedUses: [TaskUse] = []
  /// Codes of the rules that ran on this file.
  public var enabledRules: Set<String> = []
  /// Suppression comments, applied again to findings the run-wide checks add.
  public var suppressions = SuppressionState([])

  func severity(of rule: RuleDescription) -> Severity { severityOverrides[rule.code] ?? rule.severity }
  func severity(of finding: Finding) -> Severity { severityOverrides[finding.code] ?? finding.severity }
  /// Source and line index for snippets and line/column; nil when the file could not be read.
  public var source: [UInt8]?
  public var lineIndex: LineIndex?

  public init(path: String, findings: [Finding], source: [UInt8]?, lineIndex: LineIndex?) {
    self.path = path
    self.findings = findings
    self.source = source
    self.lineIndex = lineIndex
  }

  public func position(_ offset: UInt32) -> SourcePosition {
    lineIndex?.position(at: Int(offset)) ?? SourcePosition(line: 1, column: 1)
  }
}

/// Everything one `check` run produced.
public struct RunReport: Sendable {
  public var files: [FileReport]
  public var filesChecked: Int
  public var filesSkipped: Int

  public init(files: [FileReport], filesChecked: Int, filesSkipped: Int) {
    self.files = files.sorted { $0.path < $1.path }
    self.filesChecked = filesChecked
    self.filesSkipped = filesSkipped
  }

  public func count(_ severity: Severity) -> Int {
    files.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
  }

  public var filesWithFindings: Int { files.filter { !$0.findings.isEmpty }.count }

  /// `3 errors, 1 warning in 2 files (14 files checked, 9 skipped)`.
  public var summary: String {
    let errors = count(.error)
    let warnings = count(.warning)
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    let checked = "(\(plural(filesChecked, "file")) checked, \(filesSkipped) skipped)"
    if errors == 0 && warnings == 0 { return "no problems found \(checked)" }
    return "\(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(filesWithFindings, "file")) \(checked)"
  }
}
