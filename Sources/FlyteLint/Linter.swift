import FlyteManifest
import FlyteSyntax

/// Runs rules over manifest files.
public struct Linter: Sendable {
  public var rules: [any Rule.Type] { didSet { enabledCodes = Set(rules.map { $0.description.code }) } }
  /// Codes of `rules`, for quick membership tests.
  public private(set) var enabledCodes: Set<String>
  public var options: LintOptions
  /// Severities changed by configuration, by code.
  public var severityOverrides: [String: Severity] = [:]

  public init(rules: [any Rule.Type] = RuleRegistry.defaultRules, options: LintOptions = LintOptions()) {
    self.rules = rules
    self.options = options
    enabledCodes = Set(rules.map { $0.description.code })
  }

  /// Findings for one file, sorted by position then code. A file that does not parse gets
  /// only its syntax finding: other rules need a whole tree.
  public func lint(_ file: ManifestFile) -> LintResult {
    var findings: [Finding] = []
    let parsed = file.tree.errors.isEmpty
    let facts = FileFacts(file: file)
    for rule in rules where parsed || ObjectIdentifier(rule) == ObjectIdentifier(SyntaxErrorRule.self) {
      var context = RuleContext(file: file, options: options, rule: rule.description, facts: facts)
      rule.check(&context)
      findings += context.findings
    }
    for i in findings.indices {
      if let severity = severityOverrides[findings[i].code] { findings[i].severity = severity }
    }
    var result = LintResult(findings: findings, suppressed: [])
    if parsed && file.tree.format == .yaml { applySuppressions(file, &result) }
    result.findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
    return result
  }

  private func enabled(_ code: String) -> Bool { enabledCodes.contains(code) }

  /// Moves suppressed findings aside, then reports suppressions that named no rule (FL902)
  /// or silenced nothing (FL901).
  private func applySuppressions(_ file: ManifestFile, _ result: inout LintResult) {
    let suppressions = Suppression.all(in: file)
    guard !suppressions.isEmpty else { return }
    var used = Set<[Int]>()
    var kept: [Finding] = []
    for finding in result.findings {
      let line = file.lineIndex.lineNumber(at: Int(finding.range.start))
      var match: (Int, Int)?
      for (i, suppression) in suppressions.enumerated() where suppression.covers(line: line) {
        if let j = suppression.codes.firstIndex(where: { $0.code == finding.code }) {
          match = (i, j)
          break
        }
      }
      if let (i, j) = match {
        used.insert([i, j])
        result.suppressed.append(SuppressedFinding(finding: finding, justification: suppressions[i].justification))
      } else {
        kept.append(finding)
      }
    }
    for (i, suppression) in suppressions.enumerated() {
      for (j, code) in suppression.codes.enumerated() {
        guard let resolved = code.code else {
          if enabled(InvalidSuppressionRule.description.code) {
            let names = RuleRegistry.all.flatMap { [$0.description.code, $0.description.name] }
            let hint = Suggestion.closest(to: code.text, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
            kept.append(finding(InvalidSuppressionRule.description, "unknown rule \"\(code.text)\" in a suppression comment\(hint)", code.range))
          }
          continue
        }
        guard enabled(resolved), !used.contains([i, j]), enabled(UnusedSuppressionRule.description.code) else { continue }
        var unused = finding(UnusedSuppressionRule.description, "suppression of \"\(code.text)\" is unused: nothing here triggers it", code.range)
        unused.fix = Fix(.safe, "remove the unused suppression", edits: [removal(of: j, in: suppression, source: file.tree.source)])
        kept.append(unused)
      }
    }
    result.findings = kept
  }

  private func finding(_ d: RuleDescription, _ message: String, _ range: ByteRange) -> Finding {
    Finding(code: d.code, name: d.name, severity: d.severity, message: message, range: range)
  }

  /// The edit that drops code `j` from a suppression: the whole comment when it is the only
  /// code, else the code and one neighbouring comma.
  private func removal(of j: Int, in suppression: Suppression, source: [UInt8]) -> TextEdit {
    if suppression.codes.count == 1 {
      var start = suppression.comment.lowerBound
      while start > 0 && (source[start - 1] == UInt8(ascii: " ") || source[start - 1] == UInt8(ascii: "\t")) { start -= 1 }
      return TextEdit(range: ByteRange(start, suppression.comment.upperBound), newText: "")
    }
    let code = suppression.codes[j].range
    if j + 1 < suppression.codes.count {
      return TextEdit(range: ByteRange(code.lowerBound, suppression.codes[j + 1].range.lowerBound), newText: "")
    }
    return TextEdit(range: ByteRange(suppression.codes[j - 1].range.upperBound, code.upperBound), newText: "")
  }
}

/// What linting one file produced.
public struct LintResult: Sendable {
  public var findings: [Finding]
  /// Findings silenced by suppression comments: reported in json, never counted.
  public var suppressed: [SuppressedFinding]
}

public struct SuppressedFinding: Sendable {
  public var finding: Finding
  public var justification: String?
}

/// Every rule, in code order. Registering a rule is one line here.
public enum RuleRegistry {
  public static let all: [any Rule.Type] = [
    SyntaxErrorRule.self,
    DuplicateKeyRule.self,
    UnknownKeyRule.self,
    InvalidValueTypeRule.self,
    MissingNameRule.self,
    DuplicateTaskNameRule.self,
    YAML11ScalarRule.self,
    NotAManifestRule.self,
    ConflictingMetadataRule.self,
    CacheVersionMissingRule.self,
    CacheVersionEmptyRule.self,
    CacheSerializeWithoutCacheRule.self,
    CacheIgnoreWithoutCacheRule.self,
    CacheIgnoreUnknownInputRule.self,
    CacheIgnoreDuplicateRule.self,
    CacheIgnoreAllInputsRule.self,
    CacheObjectWithLegacyKeysRule.self,
    CacheVersionWithoutCacheRule.self,
    CachePolicyUnknownRule.self,
    LegacyCacheKeysRule.self,
    TimeoutInvalidRule.self,
    TimeoutNegativeRule.self,
    TimeoutZeroRule.self,
    TimeoutOutOfBoundsRule.self,
    RetriesOutOfRangeRule.self,
    RetriesTooManyRule.self,
    DeckFlagsConflictRule.self,
    DisableDeckDeprecatedRule.self,
    DeckFieldInvalidRule.self,
    DeckFieldsIgnoredRule.self,
    DeckFieldDuplicateRule.self,
    DeckFieldsEmptyRule.self,
    InputTypeMissingRule.self,
    TypeInvalidRule.self,
    TypePickledRule.self,
    DefaultTypeMismatchRule.self,
    SimulateInputsMismatchRule.self,
    NodeUnknownTaskRule.self,
    BindingUnknownSourceRule.self,
    BindingTypeMismatchRule.self,
    WorkflowCycleRule.self,
    InputUnboundRule.self,
    DeprecatedTaskUsedRule.self,
    TemplateIncompleteRule.self,
    UnusedSuppressionRule.self,
    InvalidSuppressionRule.self,
  ]

  /// The rules that run when nothing is selected: all but the opt-in ones.
  public static var defaultRules: [any Rule.Type] { all.filter { !$0.description.optIn } }

  /// A rule by code (`FL101`) or name (`cache-version-missing`).
  public static func rule(named query: String) -> (any Rule.Type)? {
    all.first { $0.description.code == query.uppercased() || $0.description.name == query.lowercased() }
  }
}
