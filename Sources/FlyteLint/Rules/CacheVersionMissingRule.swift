import FlyteManifest
import FlyteSyntax

/// FL101: cache on with no version and no usable cache policy.
public enum CacheVersionMissingRule: Rule {
  public static let description = RuleDescription(
    code: "FL101", name: "cache-version-missing", severity: .error,
    summary: "cache is enabled but no version is set",
    rationale: """
      Cached outputs are keyed by the version: without one flytekit refuses the task (open-source \
      flytekit installs no default cache policy). In the `metadata:` (TaskMetadata) form the \
      check is TaskMetadata's own, with its own message.
      """,
    flytekit: "If version is not defined then at least one cache policy needs to be set",
    bad: [
      "tasks:\n  - name: t\n    cache: «true»\n",
      "tasks:\n  - name: t\n    cache: «{serialize: true}»\n",
      "tasks:\n  - name: t\n    metadata: {cache: «true»}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\"}\n",
      "tasks:\n  - name: t\n    source: \"def t(): ...\"\n    cache: {policies: function_body}\n",
      "tasks:\n  - name: t\n    cache: false\n",
    ])

  static let taskMetadataText = "Caching is enabled ``cache=True`` but ``cache_version`` is not set."

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      guard let cache = task.field("cache") else { continue }
      let help = "add `cache_version: \"v1\"`, or use `cache: {version: \"v1\"}`"
      if tree.isMapping(cache.value) {
        if cacheObjectLacksVersion(cache.value, task: task, tree: tree) {
          context.report(
            "cache is enabled but the Cache object has no version and no usable cache policy",
            at: cache.value, note: "flytekit: \(description.flytekit ?? "")",
            help: "add `version: \"v1\"` to the Cache object", related: context.defaultsNote(cache, task: task))
        }
        continue
      }
      guard tree.flag(cache.value) == true else { continue }  // `yes` too: what the author meant (FL007 notes the spelling)
      if let version = task.field("cache_version"), !tree.isNull(version.value) { continue }
      let note = cache.origin == .metadata || task.format == .flyteidl
        ? "flytekit: \(taskMetadataText)" : "flytekit: \(description.flytekit ?? "")"
      let message = task.format == .flyteidl
        ? "\"discoverable\" is true but no \"discoveryVersion\" is set"
        : "cache is enabled but no version is set"
      context.report(message, at: cache.value, note: note, help: task.format == .flyteidl ? nil : help,
        related: context.defaultsNote(cache, task: task))
    }
  }

  /// A Cache object needs a version unless a usable policy gives one (`function_body` with the
  /// task's `source`).
  static func cacheObjectLacksVersion(_ cache: NodeID, task: TaskSpec, tree: SyntaxTree) -> Bool {
    if let version = tree.value(of: "version", in: cache), !tree.isNull(version) { return false }
    return !CachePolicies.names(in: cache, tree: tree).contains { CachePolicies.isUsable($0, task: task) }
  }
}

/// Cache policies named in a Cache object (`policies: name` or a list of names).
public enum CachePolicies {
  public static let known = ["function_body"]

  public static func names(in cache: NodeID, tree: SyntaxTree) -> [String] {
    guard let policies = tree.value(of: "policies", in: cache) else { return [] }
    if let single = tree.string(policies) { return [single] }
    if tree.isSequence(policies) { return tree.items(of: tree.resolved(policies)).compactMap { tree.string($0) } }
    return []
  }

  public static func isUsable(_ name: String, task: TaskSpec) -> Bool {
    name == "function_body" && task.field("source") != nil
  }
}
