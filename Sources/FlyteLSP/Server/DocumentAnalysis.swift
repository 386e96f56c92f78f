import FlyteLint
import FlyteManifest

/// What linting one version of a document produced; kept until the next change.
struct DocumentAnalysis {
  let version: Int
  /// Unique per analysis: the pull model's `resultId`.
  let serial: Int
  let file: ManifestFile
  let setup: LintSetup
  /// The findings after the workspace-wide checks; nil when the document is not a manifest or
  /// its configuration excludes it (it then gets no diagnostics).
  let report: FileReport?
  /// The report before those checks, which the fixer starts from.
  let fileReport: FileReport?
  /// Tasks from elsewhere in the workspace that the document's workflows use.
  let elsewhere: [String: TaskSummary]

  var findings: [Finding] { report?.findings ?? [] }
}

extension LanguageServer {
  /// The current analysis of an open document, linting it when its text changed since.
  func analysis(of document: Document) -> DocumentAnalysis {
    if let cached = analyses[document.uri], cached.version == document.version { return cached }
    let (setup, problem) = workspace.setup(for: document.filePath)
    if let problem { showMessage(.error, "flyte-lint configuration: \(problem) (linting with the defaults)") }
    let file = ManifestFile(path: document.lintPath, bytes: document.text)
    if file.tree.errors.isEmpty { lastParsed[document.uri] = file }
    var report: FileReport?
    var fileReport: FileReport?
    var elsewhere: [String: TaskSummary] = [:]
    if !setup.excluded, case .checked(let checked) = FileChecker.check(file, linter: setup.linter, mustBeManifest: setup.mustBeManifest) {
      fileReport = checked
      elsewhere = tasksElsewhere(for: checked, uri: document.uri)
      var reports = [checked]
      RunChecks.finish(&reports, elsewhere: elsewhere)
      report = reports.first
    }
    analysisSerial += 1
    let result = DocumentAnalysis(version: document.version, serial: analysisSerial, file: file, setup: setup, report: report, fileReport: fileReport, elsewhere: elsewhere)
    analyses[document.uri] = result
    return result
  }

  /// Summaries of the tasks the document uses but does not define: from the other open
  /// documents first (their unsaved text), then the workspace's files. Names found nowhere
  /// stay missing (FL501), and every other known name is passed for its "did you mean".
  private func tasksElsewhere(for report: FileReport, uri: String) -> [String: TaskSummary] {
    guard !report.unresolvedUses.isEmpty else { return [:] }
    workspace.ensureIndex()
    let openPaths = Set(documents.values.compactMap(\.filePath))
    var found: [String: TaskSummary] = [:]
    var missing = Set<String>()
    for use in report.unresolvedUses where found[use.task] == nil && !missing.contains(use.task) {
      let fromOpen = documents.values.lazy.filter { $0.uri != uri }
        .compactMap { self.analyses[$0.uri]?.fileReport?.taskSummaries[use.task] }.first
      if let summary = fromOpen ?? workspace.index.summary(of: use.task, skipping: openPaths.contains) {
        found[use.task] = summary
      } else {
        missing.insert(use.task)
      }
    }
    guard !missing.isEmpty else { return found }
    // For the suggestions only: no use names them, so none of them resolves anything.
    for name in workspace.index.allNames where !missing.contains(name) && found[name] == nil {
      found[name] = workspace.index.summary(of: name) { _ in false }
    }
    return found
  }
}
