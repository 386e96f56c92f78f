import FlyteManifest
import FlyteSyntax

/// FL103: `cache_serialize: true` while cache is off.
public enum CacheSerializeWithoutCacheRule: Rule {
  public static let description = RuleDescription(
    code: "FL103", name: "cache-serialize-without-cache", severity: .error,
    summary: "cache serialization is on but cache is not enabled",
    rationale: """
      Serializing cache access only makes sense for a cached task: concurrent runs with the same \
      inputs wait for the first one to fill the cache. Without a cache there is nothing to \
      serialize, and flytekit refuses the task. In flyteidl: `cacheSerializable: true` without \
      `discoverable: true`.
      """,
    flytekit: "Cache serialize is enabled ``cache_serialize=True`` but ``cache`` is not enabled.",
    bad: [
      "tasks:\n  - name: t\n    cache_serialize: «true»\n",
      "tasks:\n  - name: t\n    cache: false\n    metadata: {cache_serialize: «true»}\n",
      "defaults:\n  cache_serialize: «true»\ntasks:\n  - name: t\n    cache: null\n",
      "template:\n  type: python-task\n  interface: {}\n  metadata: {discoverable: false, cacheSerializable: «true»}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n    cache_serialize: true\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\", serialize: true}\n",
      "tasks:\n  - name: t\n    cache: false\n    cache_serialize: false\n",
      "template:\n  type: python-task\n  interface: {}\n  metadata: {discoverable: true, discoveryVersion: v1, cacheSerializable: true}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      guard facts.state == .off, let field = facts.legacy("cache_serialize"),
        CacheFacts.bool(field.value, tree: tree) == true
      else { continue }
      let name = facts.keyName(field, fallback: "cache_serialize")
      let help = task.format == .flyteidl
        ? "set \"\(facts.cacheName)\" to true with a \"discoveryVersion\", or remove \"\(name)\""
        : "enable the cache (`cache: {version: \"v1\", serialize: true}`), or remove \"\(name)\""
      context.report(
        "\"\(name)\" is true but \(facts.cacheOffPhrase)", at: field.value,
        note: "flytekit: \(description.flytekit ?? "")", help: help,
        related: context.defaultsNote(field, task: task))
    }
  }
}
