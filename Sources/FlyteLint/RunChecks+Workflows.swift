import FlyteManifest
import FlyteSyntax

extension RunChecks {
  /// Per-file part of FL502/FL505/FL506: uses of tasks defined in the same file.
  static func reportUsesResolvedInFile(_ rule: RuleDescription, _ context: inout RuleContext) {
    guard context.file.documents.contains(where: { !$0.workflows.isEmpty }) else { return }
    let facts = context.facts.workflowFacts
    for use in facts.uses {
      guard let task = facts.summaries[use.task] else { continue }
      for finding in WorkflowFacts.findings(for: use, of: task) where finding.code == rule.code {
        context.report(finding.message, at: finding.range, help: finding.help)
      }
    }
  }

  /// Everything that needs the whole run: FL006 across files, and workflow nodes whose task
  /// lives in another file (FL501 when it lives nowhere). Call once all files are checked;
  /// `elsewhere` holds tasks found in manifests the run did not check.
  public static func finish(_ files: inout [FileReport], elsewhere: [String: TaskSummary] = [:]) {
    duplicateTaskNames(&files)
    var tasks: [String: TaskSummary] = [:]
    for file in files {
      for (name, summary) in file.taskSummaries where tasks[name] == nil { tasks[name] = summary }
    }
    tasks.merge(elsewhere) { checked, _ in checked }
    for i in files.indices where !files[i].unresolvedUses.isEmpty {
      var added: [Finding] = []
      for use in files[i].unresolvedUses {
        if let task = tasks[use.task] {
          added += WorkflowFacts.findings(for: use, of: task)
        } else {
          let d = NodeUnknownTaskRule.description
          let hint = Suggestion.closest(to: use.task, in: Array(tasks.keys)).map { "; did you mean \"\($0)\"?" } ?? ""
          added.append(
            Finding(code: d.code, name: d.name, severity: d.severity,
              message: "no manifest defines task \"\(use.task)\"\(hint)", range: use.taskRange))
        }
      }
      let enabled = files[i].enabledRules
      for var finding in added where enabled.contains(finding.code) {
        finding.severity = files[i].severity(of: finding)
        files[i].findings.append(finding)
      }
    }
    settleSuppressions(&files)
  }

  /// Applies each file's suppressions to the findings the run added, then reports the ones
  /// that silenced nothing (FL901).
  static func settleSuppressions(_ files: inout [FileReport]) {
    let unusedCode = UnusedSuppressionRule.description.code
    for i in files.indices {
      guard !files[i].suppressions.suppressions.isEmpty else {
        files[i].findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
        continue
      }
      let (kept, suppressed) = files[i].suppressions.apply(files[i].findings)
      files[i].findings = kept
      files[i].suppressed += suppressed
      if files[i].enabledRules.contains(unusedCode) {
        for var finding in files[i].suppressions.unusedCodes(enabled: files[i].enabledRules) {
          finding.severity = files[i].severity(of: finding)
          files[i].findings.append(finding)
        }
      }
      files[i].findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
    }
  }
}
