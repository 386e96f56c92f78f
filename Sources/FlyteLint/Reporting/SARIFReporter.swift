import FlyteSyntax

/// SARIF 2.1.0 (SPEC §6) the way GitHub code scanning reads it: every rule with its help,
/// results with full regions relative to the repository root (`%SRCROOT%`), line-shift-stable
/// fingerprints, fixes, and suppressed findings as results with an in-source suppression and
/// its reason (SARIF viewers hide them; GitHub does not read the mark, so docs/ci.md leaves them
/// out of uploads).
public struct SARIFReporter {
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  /// The `uriBaseId` every relative artifact URI is resolved against.
  public static let rootBaseID = "%SRCROOT%"

  public var paths: RepositoryPaths
  /// Rule documentation links (`helpUri`): `{code}` in it is replaced by the rule's code,
  /// otherwise `CODE.md` is appended (the layout of the `rules/` folder). nil: no links.
  public var docsURL: String?
  /// The rules `tool.driver.rules` lists; a result's `ruleIndex` points into it.
  public var rules: [RuleDescription]

  public init(
    paths: RepositoryPaths, docsURL: String? = nil,
    rules: [RuleDescription] = RuleRegistry.all.map { $0.description }
  ) {
    self.paths = paths
    self.docsURL = docsURL
    self.rules = rules
  }

  public func render(_ run: RunReport) -> String {
    var results: [JSONValue] = []
    let ruleIndex = Dictionary(
      rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    for file in run.files {
      // Suppressed and reported findings share the file's occurrence counts, so removing a
      // suppression comment keeps the finding's fingerprint (and its alert).
      let all =
        file.findings.map { ($0, nil as SuppressedFinding?) }
        + file.suppressed.map { ($0.finding, $0) }
      var fingerprints = LineFingerprint()
      // One artifact location per file, shared by its results and fixes.
      let artifact = artifactLocation(file.path)
      for (finding, suppression) in all.sorted(by: {
        ($0.0.range.start, $0.0.code) < ($1.0.range.start, $1.0.code)
      }) {
        let fingerprint = fingerprints.next(finding, in: file)
        results.append(
          result(
            finding, in: file, artifact: artifact, ruleIndex: ruleIndex[finding.code],
            fingerprint: fingerprint, suppression: suppression))
      }
    }
    let driver = JSONValue.object([
      ("name", .string(ToolInfo.name)),
      ("version", .string(ToolInfo.version)),
      ("semanticVersion", .string(ToolInfo.version)),
      ("informationUri", .string(ToolInfo.informationURI)),
      ("rules", .array(rules.map(descriptor))),
    ])
    let sarifRun = JSONValue.object(dropping: [
      ("tool", .object([("driver", driver)])),
      (
        "originalUriBaseIds",
        rootURI.map { .object([(Self.rootBaseID, .object([("uri", .string($0))]))]) }
      ),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(results)),
    ])
    return JSONValue.object([
      ("$schema", .string(Self.schemaURI)),
      ("version", .string("2.1.0")),
      ("runs", .array([sarifRun])),
    ]).rendered()
  }

  private func result(
    _ finding: Finding, in file: FileReport, artifact: JSONValue, ruleIndex: Int?,
    fingerprint: String, suppression: SuppressedFinding?
  ) -> JSONValue {
    var text = finding.message
    if let note = finding.note { text += "\nnote: \(note)" }
    if let help = finding.help { text += "\nhelp: \(help)" }
    let location = physicalLocation(artifact, region(finding.range, in: file))
    let related = relatedLocations(finding, in: file, artifact: artifact)
    return .object(dropping: [
      ("ruleId", .string(finding.code)),
      ("ruleIndex", ruleIndex.map { .int($0) }),
      ("level", .string(Self.level(finding.severity))),
      ("message", .text(text)),
      ("locations", .array([.object([("physicalLocation", location)])])),
      ("relatedLocations", related.isEmpty ? nil : .array(related)),
      ("partialFingerprints", .object([("primaryLocationLineHash", .string(fingerprint))])),
      ("fixes", finding.fix.map { .array([fix($0, in: file, artifact: artifact)]) }),
      // Every result says whether it is suppressed (SARIF §3.27.23: all or none carry the
      // property), since every finding went through the suppression comments.
      ("suppressions", .array(suppression.map { [Self.inSource($0)] } ?? [])),
    ])
  }

  private func relatedLocations(_ finding: Finding, in file: FileReport, artifact: JSONValue)
    -> [JSONValue]
  {
    finding.related.enumerated().map { i, r in
      let region = region(r.range, in: file, r.start, r.end)
      return .object([
        ("id", .int(i + 1)),
        ("physicalLocation", physicalLocation(r.path.map(artifactLocation) ?? artifact, region)),
        ("message", .text(r.message)),
      ])
    }
  }

  private static func inSource(_ suppression: SuppressedFinding) -> JSONValue {
    .object(dropping: [
      ("kind", .string("inSource")),
      ("justification", suppression.justification.map { .string($0) }),
    ])
  }

  private func fix(_ fix: Fix, in file: FileReport, artifact: JSONValue) -> JSONValue {
    let replacements = fix.edits.map { edit in
      JSONValue.object(dropping: [
        ("deletedRegion", region(edit.range, in: file)),
        ("insertedContent", edit.newText.isEmpty ? nil : .text(edit.newText)),
      ])
    }
    return .object([
      ("description", .text(fix.message)),
      (
        "artifactChanges",
        .array([.object([("artifactLocation", artifact), ("replacements", .array(replacements))])])
      ),
      ("properties", .object([("applicability", .string(fix.applicability.rawValue))])),
    ])
  }

  /// SARIF's levels: `info` findings are notes.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }
}
