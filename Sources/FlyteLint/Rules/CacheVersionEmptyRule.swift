import FlyteManifest
import FlyteSyntax

/// FL102: cache on and the version is `""` or only whitespace.
public enum CacheVersionEmptyRule: Rule {
  public static let description = RuleDescription(
    code: "FL102", name: "cache-version-empty", severity: .error,
    summary: "cache is enabled but the version is empty or only whitespace",
    rationale: """
      The cache version keys every cached output. flytekit treats `""` as no version at all and \
      refuses the task (also for `Cache(version="")`, which gets past the Cache object's own \
      check and fails in TaskMetadata). A version of only spaces gets through flytekit, but the \
      platform refuses to run it: `task cannot have an empty discoveryVersion`. flyteidl \
      templates with `discoverable: true` and an empty `discoveryVersion` are checked as well.
      """,
    flytekit: "Caching is enabled ``cache=True`` but ``cache_version`` is not set.",
    bad: [
      "tasks:\n  - name: t\n    cache: true\n    cache_version: «\"\"»\n",
      "tasks:\n  - name: t\n    cache: {version: «\"  \"»}\n",
      "tasks:\n  - name: t\n    metadata:\n      cache: true\n      cache_version: «''»\n",
      "template:\n  type: python-task\n  interface: {}\n  metadata:\n    discoverable: true\n    discoveryVersion: «\" \"»\n",
      "defaults:\n  cache_version: «\"\"»\ntasks:\n  - name: t\n    cache: true\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n",
      "tasks:\n  - name: t\n    cache: false\n    cache_version: \"\"\n",
      "tasks:\n  - name: t\n    cache: {version: \" v1 \"}\n",
      "template:\n  type: python-task\n  interface: {}\n  metadata:\n    discoverable: false\n    discoveryVersion: \"\"\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      guard facts.state == .on else { continue }
      let version: (key: NodeID?, value: NodeID, field: FieldRef)
      if let object = facts.object, let cache = facts.cache {
        guard let entry = tree.entries(of: object).last(where: { $0.name == "version" }) else { continue }
        version = (entry.key, entry.value, cache)
      } else {
        guard let field = facts.legacy("cache_version") else { continue }
        version = (field.key, field.value, field)
      }
      guard let text = tree.string(version.value) else { continue }
      let name = version.key.map { tree.scalarValue($0) } ?? "cache_version"
      let related = context.defaultsNote(version.field, task: task)
      let range = CacheFacts.range(of: version.value, key: version.key, tree: tree)
      let on = task.format == .flyteidl ? "\"\(facts.cacheName)\" is true" : "cache is enabled"
      if text.isEmpty {
        context.report(
          "\(on) but \"\(name)\" is empty", at: range, note: "flytekit: \(description.flytekit ?? "")",
          help: "set a version, e.g. \"v1\"", related: related)
      } else if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
        context.report(
          "\(on) but \"\(name)\" is only whitespace; flytekit accepts it, then the platform fails the run: "
            + "task cannot have an empty discoveryVersion",
          at: range, help: "set a version, e.g. \"v1\"", related: related)
      }
    }
  }
}
