import FlyteSyntax

/// Applies fixes to the files of one run until nothing changes (SPEC §8).
///
/// The whole run is the unit, not a file: FL901 (an unused suppression) and the cross-file
/// checks are decided by `RunChecks.finish` over every file, so each pass runs that step again
/// on the current texts. Fixing file A can then make a suppression in file B unused, and
/// B's FL901 fix follows in the next pass.
public struct RunFixer {
  /// One file of the run, as `FileChecker.check` saw it (before `RunChecks.finish`).
  public struct Subject: Sendable {
    public var report: FileReport
    public var linter: Linter
    public var mustBeManifest: Bool

    public init(report: FileReport, linter: Linter, mustBeManifest: Bool = false) {
      self.report = report
      self.linter = linter
      self.mustBeManifest = mustBeManifest
    }
  }

  /// Apply unsafe fixes too.
  public var includeUnsafe: Bool
  /// Tasks defined outside the run, for the run-wide checks (see `RunChecks.finish`).
  public var elsewhere: [String: TaskSummary] = [:]
  public var maxPasses = 10
  /// Asked once per file (by report path) before its first fix: a refusal leaves it alone.
  public var permission: (String) -> FixRefusal?
  /// The file's bytes when its report let them go (only files without findings do).
  public var load: (String) -> [UInt8]?

  public init(
    includeUnsafe: Bool, permission: @escaping (String) -> FixRefusal? = { _ in nil },
    load: @escaping (String) -> [UInt8]? = { _ in nil }
  ) {
    self.includeUnsafe = includeUnsafe
    self.permission = permission
    self.load = load
  }

  /// Whether `fix` is applied in this run.
  public func applies(_ fix: Fix) -> Bool { includeUnsafe || fix.applicability == .safe }

  public func run(_ subjects: [Subject]) -> RunFixOutcome {
    var state = State(subjects: subjects, elsewhere: elsewhere)
    let syntaxError = SyntaxErrorRule.description.code
    for (i, subject) in subjects.enumerated()
    where subject.report.findings.contains(where: { $0.code == syntaxError }) {
      state.refused[i] = .syntaxError
    }
    var settled = false
    for _ in 0..<maxPasses {
      let finished = state.finished()
      var changed = false
      for i in subjects.indices where state.refused[i] == nil {
        let fixes = finished[i].findings.compactMap(\.fix).filter(applies)
        if !fixes.isEmpty { changed = fixFile(i, with: fixes, &state) || changed }
      }
      if !changed {
        settled = true
        break
      }
    }
    return state.outcome(unsettled: settled ? [] : unsettledFiles(state))
  }

  /// One pass over one file; true when the run's state changed.
  private func fixFile(_ i: Int, with fixes: [Fix], _ state: inout State) -> Bool {
    let subject = state.subjects[i]
    let path = subject.report.path
    if state.current[i] == nil {
      guard let bytes = subject.report.source ?? load(path) else { return false }
      if SyntaxTree.parse(bytes, path: path).hasErrors {
        state.refused[i] = .syntaxError
        return false
      }
      if let refusal = permission(path) {
        state.refused[i] = refusal
        return false
      }
      state.current[i] = FileFix(path: path, original: bytes, fixed: bytes, count: 0, passes: [])
    }
    guard var fix = state.current[i] else { return false }
    let pass = FixApplier.apply(fixes, to: fix.fixed)
    guard pass.applied > 0 else { return false }
    // The result must parse and still be a manifest, or the whole file is left alone.
    let tree = SyntaxTree.parse(pass.bytes, path: path)
    if let error = tree.errors.first {
      state.revert(i, because: .brokenResult(error.message))
      return true
    }
    let outcome = FileChecker.check(
      path: path, bytes: pass.bytes, linter: subject.linter, mustBeManifest: subject.mustBeManifest)
    guard case .checked(let report) = outcome else {
      state.revert(i, because: .notAManifest)
      return true
    }
    fix.fixed = pass.bytes
    fix.count += pass.applied
    fix.passes.append(pass.edits)
    state.current[i] = fix
    state.base[i] = report
    return true
  }

  /// Files with fixes left after the last pass.
  private func unsettledFiles(_ state: State) -> [String] {
    state.finished().enumerated().compactMap { i, report in
      guard state.refused[i] == nil else { return nil }
      let fixes = report.findings.compactMap(\.fix).filter(applies)
      let source = state.current[i]?.fixed ?? report.source ?? []
      return FixApplier.apply(fixes, to: source).applied > 0 ? report.path : nil
    }
  }

  /// The run as the passes change it.
  private struct State {
    let subjects: [Subject]
    let elsewhere: [String: TaskSummary]
    /// Each file's report before the run-wide checks: the original, or the fixed text's.
    var base: [FileReport]
    var current: [Int: FileFix] = [:]
    var refused: [Int: FixRefusal] = [:]

    init(subjects: [Subject], elsewhere: [String: TaskSummary]) {
      self.subjects = subjects
      self.elsewhere = elsewhere
      base = subjects.map(\.report)
    }

    /// The reports with the run-wide checks applied to the current texts, in subject order
    /// (the run-wide step sorts by path; a run names each path once).
    func finished() -> [FileReport] {
      var reports = base
      RunChecks.finish(&reports, elsewhere: elsewhere)
      var byPath: [String: [FileReport]] = [:]
      for report in reports.reversed() { byPath[report.path, default: []].append(report) }
      return base.map { byPath[$0.path]?.popLast() ?? $0 }
    }

    mutating func revert(_ i: Int, because refusal: FixRefusal) {
      base[i] = subjects[i].report
      current[i] = nil
      refused[i] = refusal
    }

    func outcome(unsettled: [String]) -> RunFixOutcome {
      var reports = finished()
      for (i, fix) in current where reports[i].source == nil && !reports[i].findings.isEmpty {
        // Run-wide findings in a fixed file: show them against the fixed text.
        reports[i].source = fix.fixed
        reports[i].lineIndex = LineIndex(fix.fixed)
      }
      let fixes = current.keys.sorted().compactMap { current[$0] }.filter { $0.count > 0 }
      let refusals = refused.keys.sorted().compactMap { i in
        refused[i].map { (subjects[i].report.path, $0) }
      }
      return RunFixOutcome(reports: reports, fixes: fixes, refusals: refusals, unsettled: unsettled)
    }
  }
}
