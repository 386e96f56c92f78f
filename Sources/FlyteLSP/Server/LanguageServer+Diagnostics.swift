import FlyteLint
import FlyteSyntax

extension LanguageServer {
  /// Pushes diagnostics for the documents changed since the last push, skipping any whose
  /// newer text is already waiting in the queue.
  func publishStaleDiagnostics() {
    let pending = stale
    stale.removeAll()
    guard !clientPullsDiagnostics else { return }
    for uri in pending {
      guard let document = documents[uri], !queue.hasPendingChange(to: uri) else { continue }
      let items = diagnostics(for: document)
      channel.notify(
        "textDocument/publishDiagnostics",
        .object([("uri", .string(uri)), ("version", .int(document.version)), ("diagnostics", .array(items))]))
    }
  }

  /// `textDocument/diagnostic`: the full list, or "unchanged" when the client's copy is
  /// from the same version.
  func pullDiagnostics(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let document = try openDocument(params)
    let current = analysis(of: document)
    let resultID = String(current.serial)
    if params?["previousResultId"]?.stringValue == resultID {
      return .object([("kind", .string("unchanged")), ("resultId", .string(resultID))])
    }
    let items = current.findings.map { diagnostic($0, in: document) }
    return .object([("kind", .string("full")), ("resultId", .string(resultID)), ("items", .array(items))])
  }

  func diagnostics(for document: Document) -> [JSONValue] {
    let analysis = analysis(of: document)
    return analysis.findings.map { diagnostic($0, in: document) }
  }

  func diagnostic(_ finding: Finding, in document: Document) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("range", document.lineIndex.lspRange(finding.range, encoding).json),
      ("severity", .int(Self.severity(finding.severity))),
      ("code", .string(finding.code)),
      ("codeDescription", .object([("href", .string(docsURL + finding.code + ".md"))])),
      ("source", .string(ToolInfo.name)),
      ("message", .string(Self.message(finding))),
    ]
    let related = finding.related.map { relatedInformation($0, in: document) }
    if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
    let tags = Self.tags(finding.code)
    if !tags.isEmpty { members.append(("tags", .array(tags.map { .int($0) }))) }
    return .object(members)
  }

  /// The message with flytekit's own words and the help, one per line.
  static func message(_ finding: Finding) -> String {
    var text = finding.message
    if let note = finding.note { text += "\n\(note.hasPrefix("flytekit") ? "" : "flytekit: ")\(note)" }
    if let help = finding.help { text += "\nhelp: \(help)" }
    return text
  }

  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: return 1
    case .warning: return 2
    case .info: return 3
    }
  }

  /// `Unnecessary` (1) fades an unused suppression; `Deprecated` (2) strikes out deprecated use.
  static func tags(_ code: String) -> [Int] {
    switch code {
    case UnusedSuppressionRule.description.code: return [1]
    case DisableDeckDeprecatedRule.description.code, DeprecatedTaskUsedRule.description.code: return [2]
    default: return []
    }
  }

  private func relatedInformation(_ related: RelatedLocation, in document: Document) -> JSONValue {
    let location: JSONValue
    if let path = related.path, path != document.lintPath {
      // Another file: its line and column are known, in Unicode scalars (exact for ASCII).
      let start = related.start ?? SourcePosition(line: 1, column: 1)
      let end = related.end ?? start
      let range = LSPRange(
        start: LSPPosition(line: start.line - 1, character: start.column - 1),
        end: LSPPosition(line: end.line - 1, character: end.column - 1))
      location = .object([("uri", .string(DocumentURI.uri(ofPath: path))), ("range", range.json)])
    } else {
      location = .object([("uri", .string(document.uri)), ("range", document.lineIndex.lspRange(related.range, encoding).json)])
    }
    return .object([("location", location), ("message", .string(related.message))])
  }
}
