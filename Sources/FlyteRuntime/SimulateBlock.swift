import FlyteManifest
import FlyteSyntax

/// One scripted attempt of a `simulate.attempts` list.
public struct ScriptedAttempt: Sendable {
  public var outcome: Outcome
  public var message: String
  /// nil: the block's `duration`.
  public var durationNanos: Int64?
}

/// One `simulate.metrics` entry (a statsd call made by the user code).
public struct ScriptedMetric: Sendable {
  public enum Kind: String, Sendable { case incr, decr, gauge, timer }
  public var kind: Kind
  public var name: String
  /// Count for incr/decr, value for gauge, milliseconds for timer (as text, as emitted).
  public var value: String
  public var tags: [(String, String)]
}

/// One `simulate.logs` entry.
public struct ScriptedLog: Sendable {
  public var level: String
  public var message: String
}

/// The `simulate` block of a task or workflow (SPEC §9.1), read leniently: the linter has
/// already refused a manifest whose block is wrong (FL405), so odd values fall back to defaults.
public struct SimulateBlock: Sendable {
  public var inputs: [String: NodeID] = [:]
  public var durationNanos: Int64 = 1_000_000_000
  public var attempts: [ScriptedAttempt] = []
  public var outputs: [String: NodeID] = [:]
  public var metrics: [ScriptedMetric] = []
  public var logs: [ScriptedLog] = []
  /// output name → metadata mapping node.
  public var outputMetadata: [String: NodeID] = [:]

  public init() {}

  public init(_ node: NodeID?, in tree: SyntaxTree) {
    guard let node, tree.isMapping(node) else { return }
    if let value = tree.value(of: "inputs", in: node) { inputs = Self.members(value, tree) }
    if let value = tree.value(of: "outputs", in: node) { outputs = Self.members(value, tree) }
    if let value = tree.value(of: "output_metadata", in: node) {
      outputMetadata = Self.members(value, tree)
    }
    if let value = tree.value(of: "duration", in: node), let nanos = Self.nanos(value, tree) {
      durationNanos = nanos
    }
    for item in tree.value(of: "attempts", in: node).map(tree.items(of:)) ?? [] {
      let outcome =
        tree.value(of: "outcome", in: item).flatMap(tree.string).flatMap(Outcome.init(rawValue:))
        ?? .success
      let message =
        tree.value(of: "message", in: item).flatMap(tree.string) ?? Self.defaultMessage(outcome)
      let duration = tree.value(of: "duration", in: item).flatMap { Self.nanos($0, tree) }
      attempts.append(ScriptedAttempt(outcome: outcome, message: message, durationNanos: duration))
    }
    for item in tree.value(of: "metrics", in: node).map(tree.items(of:)) ?? [] {
      if let metric = Self.metric(item, tree) { metrics.append(metric) }
    }
    for item in tree.value(of: "logs", in: node).map(tree.items(of:)) ?? [] {
      let level = tree.value(of: "level", in: item).flatMap(tree.string) ?? "info"
      let message = tree.value(of: "message", in: item).map { SimValue($0, in: tree).display } ?? ""
      logs.append(ScriptedLog(level: level.lowercased(), message: message))
    }
  }

  /// The scripted attempt `index` (the last one repeats; none scripted means success).
  public func attempt(_ index: Int) -> ScriptedAttempt {
    guard let last = attempts.last else {
      return ScriptedAttempt(outcome: .success, message: "", durationNanos: nil)
    }
    return index < attempts.count ? attempts[index] : last
  }

  static func defaultMessage(_ outcome: Outcome) -> String {
    switch outcome {
    case .success: return ""
    case .preempted: return "pod was preempted"
    default: return "simulated \(outcome.rawValue)"
    }
  }

  static func members(_ node: NodeID, _ tree: SyntaxTree) -> [String: NodeID] {
    var result: [String: NodeID] = [:]
    for entry in tree.entries(of: node) { result[entry.name] = entry.value }
    return result
  }

  /// A duration value: int seconds or any duration text the timeout accepts.
  static func nanos(_ node: NodeID, _ tree: SyntaxTree) -> Int64? {
    guard let value = DurationParser.timeout(node, in: tree)?.parse.value, !value.isNegative else {
      return nil
    }
    return Nanos.of(value)
  }

  private static func metric(_ item: NodeID, _ tree: SyntaxTree) -> ScriptedMetric? {
    var tags: [(String, String)] = []
    if let tagNode = tree.value(of: "tags", in: item) {
      tags = tree.entries(of: tagNode).map { ($0.name, SimValue($0.value, in: tree).display) }
    }
    for kind in [ScriptedMetric.Kind.incr, .decr, .gauge, .timer] {
      guard let nameNode = tree.value(of: kind.rawValue, in: item), let name = tree.string(nameNode)
      else { continue }
      var value = "1"
      switch kind {
      case .incr, .decr:
        if let count = tree.value(of: "count", in: item) {
          value = SimValue(count, in: tree).canonicalJSON
        }
      case .gauge:
        if let given = tree.value(of: "value", in: item) {
          value = SimValue(given, in: tree).canonicalJSON
        }
      case .timer:
        let length = tree.value(of: "duration", in: item).flatMap { Self.nanos($0, tree) } ?? 0
        value = Nanos.millisecondsText(length)
      }
      return ScriptedMetric(kind: kind, name: name, value: value, tags: tags)
    }
    return nil
  }
}
