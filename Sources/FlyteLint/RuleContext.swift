import FlyteManifest
import FlyteSyntax

/// Limits that configuration can change (SPEC §7).
public struct LintOptions: Sendable {
  /// Bounds for FL204, in seconds.
  public var timeoutMin: Double = 1
  public var timeoutMax: Double = 7 * 24 * 3600
  /// Bound for FL206.
  public var retriesMax: Int = 10

  public init() {}
}

/// Who reports: a rule's code, name and severity.
struct RuleHead: Sendable {
  let code: String
  let name: String
  let severity: Severity

  init(_ description: RuleDescription) {
    code = description.code
    name = description.name
    severity = description.severity
  }
}

/// What a rule sees while it runs, and where it reports.
public struct RuleContext {
  /// The file, read in place from the shared facts: a context per rule copies nothing.
  public var file: ManifestFile { _read { yield facts.file } }
  public let options: LintOptions
  public var tree: SyntaxTree { _read { yield facts.file.tree } }
  private let rule: RuleHead
  public private(set) var findings: [Finding] = []
  /// Derived facts shared with the other rules of this lint.
  let facts: FileFacts

  init(options: LintOptions, rule: RuleHead, facts: FileFacts) {
    self.options = options
    self.rule = rule
    self.facts = facts
  }

  /// The cache settings of a task, read once per lint.
  func cacheFacts(_ task: TaskSpec) -> CacheFacts { facts.cache(of: task) }

  /// Every task of every manifest document of the file.
  public var tasks: [TaskSpec] { _read { yield facts.file.allTasks } }

  public mutating func report(
    _ message: String, at range: ByteRange, note: String? = nil, help: String? = nil,
    related: [RelatedLocation] = [], fix: Fix? = nil
  ) {
    // A value several tasks share (from `defaults:`) is one problem, reported once.
    guard reported.insert(Reported(start: range.start, end: range.end, message: message)).inserted else { return }
    findings.append(
      Finding(
        code: rule.code, name: rule.name, severity: rule.severity, message: message,
        note: note, help: help,
        range: range, related: related, fix: fix))
  }

  private struct Reported: Hashable {
    let start: UInt32
    let end: UInt32
    let message: String
  }
  private var reported = Set<Reported>()

  /// Reports at a node's content range.
  public mutating func report(
    _ message: String, at node: NodeID, note: String? = nil, help: String? = nil,
    related: [RelatedLocation] = [], fix: Fix? = nil
  ) {
    // Findings are one line: a value spanning lines is marked on its first.
    report(message, at: tree.oneLineRange(node), note: note, help: help, related: related, fix: fix)
  }

  /// Related information pointing at a defaults key, for findings on a default's value.
  public func defaultsNote(_ field: FieldRef, task: TaskSpec) -> [RelatedLocation] {
    guard field.origin == .defaults, let key = field.key else { return [] }
    return [RelatedLocation(range: tree.findingRange(key), message: "set in \"defaults\" for task \"\(task.name ?? "?")\"")]
  }
}
