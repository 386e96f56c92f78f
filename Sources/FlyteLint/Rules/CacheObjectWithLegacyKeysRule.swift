import FlyteManifest
import FlyteSyntax

/// FL108: a Cache object together with the legacy cache keys.
public enum CacheObjectWithLegacyKeysRule: Rule {
  public static let description = RuleDescription(
    code: "FL108", name: "cache-object-with-legacy-keys", severity: .error,
    summary: "a Cache object is combined with legacy cache keys",
    rationale: """
      `cache_version`, `cache_serialize` and `cache_ignore_input_vars` are the deprecated \
      spelling of what a Cache object holds (`version`, `serialize`, `ignored_inputs`). flytekit \
      refuses a Cache object together with any of them, even one given as `false` or `[]`; \
      only a key given as `null` counts as not given. Reported once per legacy key.
      """,
    flytekit: "cache_serialize, cache_version, and cache_ignore_input_vars are deprecated. Please use Cache object",
    bad: [
      "tasks:\n  - name: t\n    cache: {version: \"v1\"}\n    «cache_version»: \"v1\"\n",
      "tasks:\n  - name: t\n    «cache_serialize»: false\n    cache:\n      version: \"v1\"\n    «cache_ignore_input_vars»: []\n",
      "defaults:\n  cache: {version: \"v1\"}\ntasks:\n  - name: t\n    «cache_serialize»: true\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: {version: \"v1\", serialize: true}\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\"}\n    cache_version: null\n",
      "tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n    cache_serialize: false\n",
      "defaults:\n  cache: {version: \"v1\"}\ntasks:\n  - name: t\n    cache: true\n    cache_version: \"v2\"\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      guard facts.object != nil, let cache = facts.cache else { continue }
      for name in CacheFacts.legacyKeys {
        guard let field = facts.legacy(name), let key = field.key else { continue }
        let objectField = CacheFacts.objectField[name] ?? name
        var related: [RelatedLocation] = []
        if let cacheKey = cache.key {
          let place = cache.origin == .defaults ? "Cache object set in \"defaults\" here" : "Cache object here"
          related.append(RelatedLocation(range: tree.findingRange(cacheKey), message: place))
        }
        context.report(
          "\"\(name)\" cannot be combined with a Cache object; use its \"\(objectField)\" instead",
          at: key, note: "flytekit: \(description.flytekit ?? "")",
          help: "move the value into `cache: {\(objectField): ...}` and remove \"\(name)\"",
          related: related + context.defaultsNote(field, task: task))
      }
    }
  }
}
