import FlyteManifest
import FlyteSyntax

/// Runs rules over manifest files.
public struct Linter: Sendable {
  public var rules: [any Rule.Type] {
    didSet {
      enabledCodes = Set(rules.map { $0.description.code })
      heads = rules.map { RuleHead($0.description) }
    }
  }
  /// Each rule's code, name and severity, read once: a context per rule per file copies these
  /// rather than the whole description.
  private var heads: [RuleHead]
  /// Codes of `rules`, for quick membership tests.
  public private(set) var enabledCodes: Set<String>
  public var options: LintOptions
  /// Severities changed by configuration, by code.
  public var severityOverrides: [String: Severity] = [:]

  public init(rules: [any Rule.Type] = RuleRegistry.defaultRules, options: LintOptions = LintOptions()) {
    self.rules = rules
    self.options = options
    enabledCodes = Set(rules.map { $0.description.code })
    heads = rules.map { RuleHead($0.description) }
  }

  /// Findings for one file, sorted by position then code. A file that does not parse gets
  /// only its syntax finding: other rules need a whole tree.
  public func lint(_ file: ManifestFile) -> LintResult {
    var findings: [Finding] = []
    let parsed = file.tree.errors.isEmpty
    let facts = FileFacts(file: file)
    for (rule, head) in zip(rules, heads) where parsed || ObjectIdentifier(rule) == ObjectIdentifier(SyntaxErrorRule.self) {
      var context = RuleContext(options: options, rule: head, facts: facts)
      rule.check(&context)
      findings += context.findings
    }
    for i in findings.indices {
      if let severity = severityOverrides[findings[i].code] { findings[i].severity = severity }
    }
    var result = LintResult(findings: findings, suppressed: [])
    if parsed && file.tree.format == .yaml { applySuppressions(file, &result) }
    // The run-wide checks need the file's task summaries and workflow uses: hand over the
    // facts the rules already built rather than building them again.
    if parsed { result.workflowFacts = facts.workflowFacts }
    result.findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
    return result
  }

  private func enabled(_ code: String) -> Bool { enabledCodes.contains(code) }

  /// Moves suppressed findings aside and reports codes naming no rule (FL902). Unused
  /// suppressions (FL901) are judged by `RunChecks.finish`, once run-wide findings are in.
  private func applySuppressions(_ file: ManifestFile, _ result: inout LintResult) {
    var state = SuppressionState(Suppression.all(in: file))
    guard !state.suppressions.isEmpty else { return }
    let (kept, suppressed) = state.apply(result.findings)
    result.findings = kept
    result.suppressed = suppressed
    if enabled(InvalidSuppressionRule.description.code) {
      result.findings += state.invalidCodes().map { finding in
        var f = finding
        f.severity = severityOverrides[f.code] ?? f.severity
        return f
      }
    }
    result.suppressions = state
  }
}

/// What linting one file produced.
public struct LintResult: Sendable {
  public var findings: [Finding]
  /// Findings silenced by suppression comments: reported in json, never counted.
  public var suppressed: [SuppressedFinding]
  /// The file's suppression comments and what they silenced so far.
  public var suppressions = SuppressionState([])
  /// Task summaries and workflow uses, for the run-wide checks (nil when the file did not parse).
  public var workflowFacts: WorkflowFacts?
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
