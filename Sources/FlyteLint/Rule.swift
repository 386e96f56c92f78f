import FlyteManifest
import FlyteSyntax

/// Everything a rule states about itself: the single source of `flyte-lint rule`, the
/// `rules/` catalog, LSP hover and the example tests.
public struct RuleDescription: Sendable {
  public enum FixSafety: String, Sendable { case safe, unsafe, mixed }

  public var code: String
  public var name: String
  public var severity: Severity
  /// Off unless selected (SPEC's "[off]" rules).
  public var optIn: Bool
  public var summary: String
  public var rationale: String
  /// What flytekit does with the same task.
  public var flytekit: String?
  public var fix: FixSafety?
  /// What the fix does, for the docs ("removes the repeated name").
  public var fixSummary: String?
  /// Manifests that must produce this rule's findings exactly where `«` … `»` mark them.
  public var bad: [String]
  /// Manifests that must produce no finding of this rule.
  public var good: [String]

  public init(
    code: String, name: String, severity: Severity, optIn: Bool = false, summary: String,
    rationale: String, flytekit: String? = nil, fix: FixSafety? = nil, fixSummary: String? = nil,
    bad: [String], good: [String]
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.optIn = optIn
    self.summary = summary
    self.rationale = rationale
    self.flytekit = flytekit
    self.fix = fix
    self.fixSummary = fixSummary
    self.bad = bad
    self.good = good
  }
}

/// A check over one manifest file. One type per rule, each in its own file; registered in
/// `RuleRegistry.all`.
public protocol Rule: Sendable {
  static var description: RuleDescription { get }
  static func check(_ context: inout RuleContext)
}
