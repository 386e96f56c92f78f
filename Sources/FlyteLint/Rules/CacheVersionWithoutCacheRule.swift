import FlyteManifest
import FlyteSyntax

/// FL109: a cache version while cache is off.
public enum CacheVersionWithoutCacheRule: Rule {
  public static let description = RuleDescription(
    code: "FL109", name: "cache-version-without-cache", severity: .warning,
    summary: "a cache version is set but cache is not enabled",
    rationale: """
      A version only keys cached outputs; with the cache off it has no effect. flytekit accepts \
      it and serialises it (`discoveryVersion` with `discoverable: false`), so the author may \
      believe the task is cached when it is not. An empty version (`""`, flytekit's default) is \
      not reported.
      """,
    bad: [
      "tasks:\n  - name: t\n    cache_version: «\"v1\"»\n",
      "tasks:\n  - name: t\n    cache: false\n    metadata: {cache_version: «v2»}\n",
      "defaults:\n  cache_version: «\"v1\"»\ntasks:\n  - name: t\n",
      "template:\n  type: python-task\n  interface: {}\n  metadata: {discoverable: false, discoveryVersion: «\"v1\"»}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n",
      "tasks:\n  - name: t\n    cache: false\n    cache_version: \"\"\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\"}\n",
      "defaults:\n  cache_version: \"v1\"\ntasks:\n  - name: t\n    metadata: {cache: true}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      guard facts.state == .off, let field = facts.legacy("cache_version"), tree.string(field.value) != "" else { continue }
      let name = facts.keyName(field, fallback: "cache_version")
      let shown = tree.string(field.value).map { " \"\($0)\"" } ?? ""
      let help = task.format == .flyteidl
        ? "set \"\(facts.cacheName)\" to true, or remove \"\(name)\""
        : "enable the cache with `cache: {version: ...}`, or remove \"\(name)\""
      context.report(
        "\"\(name)\"\(shown) has no effect: \(facts.cacheOffPhrase)",
        at: CacheFacts.range(of: field.value, key: field.key, tree: tree), help: help,
        related: context.defaultsNote(field, task: task))
    }
  }
}
