import FlyteLint
import FlyteSyntax

extension LanguageServer {
  /// `textDocument/codeAction`: each fix of a finding in the range as a quick fix (safe ones
  /// preferred), "Disable FLxxx for this line", and the document's fix-all.
  func codeActions(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let document = try openDocument(params)
    guard let range = LSPRange(params?["range"]) else { throw .missing("range") }
    let only = params?["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
    let lower = document.lineIndex.offset(of: range.start, encoding)
    let upper = document.lineIndex.offset(of: range.end, encoding)
    let analysis = analysis(of: document)
    // The client's diagnostics name findings too (editors send those on the cursor's line).
    let named = Set((params?["context"]?["diagnostics"]?.arrayValue ?? []).compactMap { d -> String? in
      guard let code = d["code"]?.stringValue, let range = LSPRange(d["range"]) else { return nil }
      return "\(code)@\(range.start.line):\(range.start.character)-\(range.end.line):\(range.end.character)"
    })
    func isNamed(_ finding: Finding) -> Bool {
      let r = document.lineIndex.lspRange(finding.range, encoding)
      return named.contains("\(finding.code)@\(r.start.line):\(r.start.character)-\(r.end.line):\(r.end.character)")
    }
    var actions: [JSONValue] = []
    if Self.allows(CodeActionKind.quickFix, only) {
      for finding in analysis.findings where Self.touches(finding.range, lower, upper) || isNamed(finding) {
        actions += quickFixes(for: finding, analysis, document)
      }
    }
    if Self.allows(CodeActionKind.fixAll, only), let edit = fixAllEdit(analysis, document) {
      actions.append(
        .object([
          ("title", .string("Fix all safe flyte-lint problems")), ("kind", .string(CodeActionKind.fixAll)),
          ("edit", workspaceEdit([edit], document)),
        ]))
    }
    return .array(actions)
  }

  private func quickFixes(for finding: Finding, _ analysis: DocumentAnalysis, _ document: Document) -> [JSONValue] {
    let diagnostics: JSONValue = .array([diagnostic(finding, in: document)])
    var actions: [JSONValue] = []
    if let fix = finding.fix, !fix.edits.isEmpty {
      let unsafe = fix.applicability == .unsafe ? " (unsafe: review the change)" : ""
      actions.append(
        .object([
          ("title", .string("\(fix.message)\(unsafe)")), ("kind", .string(CodeActionKind.quickFix)),
          ("diagnostics", diagnostics), ("isPreferred", .bool(fix.applicability == .safe)),
          ("edit", workspaceEdit(fix.edits, document)),
        ]))
    }
    let line = document.lineIndex.lineNumber(at: finding.range.lowerBound)
    if let edit = SuppressionEdit.disable(finding.code, line: line, in: analysis.file) {
      actions.append(
        .object([
          ("title", .string("Disable \(finding.code) for this line")), ("kind", .string(CodeActionKind.quickFix)),
          ("diagnostics", diagnostics), ("edit", workspaceEdit([edit], document)),
        ]))
    }
    return actions
  }

  /// Every safe fix, applied to a fixed point as `check --fix` would, as one edit.
  private func fixAllEdit(_ analysis: DocumentAnalysis, _ document: Document) -> TextEdit? {
    guard let report = analysis.fileReport, analysis.findings.contains(where: { $0.fix?.applicability == .safe }) else {
      return nil
    }
    let text = document.text
    var fixer = RunFixer(includeUnsafe: false, load: { _ in text })
    fixer.elsewhere = analysis.elsewhere
    let outcome = fixer.run([RunFixer.Subject(report: report, linter: analysis.setup.linter, mustBeManifest: analysis.setup.mustBeManifest)])
    guard let fixed = outcome.fixes.first?.fixed else { return nil }
    return MinimalEdit.between(text, fixed)
  }

  func workspaceEdit(_ edits: [TextEdit], _ document: Document) -> JSONValue {
    let items: [JSONValue] = edits.map { edit in
      .object([("range", document.lineIndex.lspRange(edit.range, encoding).json), ("newText", .string(edit.newText))])
    }
    return .object([("changes", .object([(document.uri, .array(items))]))])
  }

  /// True when `kind` is one of `only`, or below one (`source` allows `source.fixAll.x`).
  static func allows(_ kind: String, _ only: [String]?) -> Bool {
    guard let only else { return true }
    return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
  }

  /// A finding touches the range when they overlap, or when either is empty and sits in or at
  /// the edge of the other (a cursor on a key).
  static func touches(_ finding: ByteRange, _ lower: Int, _ upper: Int) -> Bool {
    finding.lowerBound <= upper && lower <= finding.upperBound
  }
}
