import FlyteManifest
import FlyteSyntax

/// FL104: ignored input names while cache is off.
public enum CacheIgnoreWithoutCacheRule: Rule {
  public static let description = RuleDescription(
    code: "FL104", name: "cache-ignore-without-cache", severity: .error,
    summary: "inputs are ignored for caching but cache is not enabled",
    rationale: """
      `cache_ignore_input_vars` names inputs to leave out of the cache key, which only matters \
      for a cached task. With the cache off flytekit refuses a non-empty list (or a single \
      name). In flyteidl: `cacheIgnoreInputVars` without `discoverable: true`.
      """,
    flytekit: "Cache ignore input vars are specified ``cache_ignore_input_vars=['a']`` but ``cache`` is not enabled.",
    bad: [
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache_ignore_input_vars: «[a]»\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: false\n    cache_ignore_input_vars: «a»\n",
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    «cache_ignore_input_vars»:\n      - a\n      - b\n",
      "template:\n  type: python-task\n  interface: {inputs: {variables: {a: {type: {simple: INTEGER}}}}}\n  metadata:\n    cacheIgnoreInputVars: «[a]»\n",
    ],
    good: [
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: {version: \"v1\", ignored_inputs: [a]}\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: false\n    cache_ignore_input_vars: []\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache_ignore_input_vars: \"\"\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: true\n    cache_version: \"v1\"\n    cache_ignore_input_vars: [a]\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      guard facts.state == .off, let list = facts.ignoreLists.first(where: { $0.legacy }),
        firesFor(list, tree: tree)
      else { continue }
      let name = facts.keyName(list.field, fallback: "cache_ignore_input_vars")
      let flytekit = "Cache ignore input vars are specified ``cache_ignore_input_vars="
        + CacheFacts.pythonRepr(list.value, tree: tree) + "`` but ``cache`` is not enabled."
      let help = task.format == .flyteidl
        ? "set \"\(facts.cacheName)\" to true with a \"discoveryVersion\", or remove \"\(name)\""
        : "enable the cache (`cache: {version: \"v1\", ignored_inputs: [...]}`), or remove \"\(name)\""
      context.report(
        "\"\(name)\" lists inputs to ignore but \(facts.cacheOffPhrase)",
        at: CacheFacts.range(of: list.value, key: list.key, tree: tree),
        note: "flytekit: \(flytekit)", help: help, related: context.defaultsNote(list.field, task: task))
    }
  }

  /// flytekit's truthiness: a non-empty list (whatever its items) or a non-empty string.
  static func firesFor(_ list: CacheFacts.IgnoreList, tree: SyntaxTree) -> Bool {
    if list.isSequence { return !tree.items(of: tree.resolved(list.value)).isEmpty }
    return !list.items.isEmpty
  }
}
