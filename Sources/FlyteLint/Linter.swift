import FlyteManifest
import FlyteSyntax

/// Runs rules over manifest files.
public struct Linter: Sendable {
  public var rules: [any Rule.Type]
  public var options: LintOptions

  public init(rules: [any Rule.Type] = RuleRegistry.defaultRules, options: LintOptions = LintOptions()) {
    self.rules = rules
    self.options = options
  }

  /// Findings for one file, sorted by position then code. A file that does not parse gets
  /// only its syntax finding: other rules need a whole tree.
  public func lint(_ file: ManifestFile) -> [Finding] {
    var findings: [Finding] = []
    let parsed = file.tree.errors.isEmpty
    for rule in rules where parsed || ObjectIdentifier(rule) == ObjectIdentifier(SyntaxErrorRule.self) {
      var context = RuleContext(file: file, options: options, rule: rule.description)
      rule.check(&context)
      findings += context.findings
    }
    return findings.sorted { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
  }
}

/// Every rule, in code order. Registering a rule is one line here.
public enum RuleRegistry {
  public static let all: [any Rule.Type] = [
    SyntaxErrorRule.self,
    DuplicateKeyRule.self,
    UnknownKeyRule.self,
    InvalidValueTypeRule.self,
    MissingNameRule.self,
    YAML11ScalarRule.self,
    CacheVersionMissingRule.self,
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
  ]

  /// The rules that run when nothing is selected: all but the opt-in ones.
  public static var defaultRules: [any Rule.Type] { all.filter { !$0.description.optIn } }

  /// A rule by code (`FL101`) or name (`cache-version-missing`).
  public static func rule(named query: String) -> (any Rule.Type)? {
    all.first { $0.description.code == query.uppercased() || $0.description.name == query.lowercased() }
  }
}
