import FlyteManifest
import FlyteSyntax

/// flytekit's text for a cache key holding another type than ours: the `@task` decorator
/// passes such a value to TaskMetadata, which judges it only by its truthiness (SPEC §5, the
/// Cache order: version, then serialize, then ignored inputs).
extension InvalidValueTypeRule {
  static func cacheTruthinessNote(_ name: String, _ value: NodeID, task: TaskSpec, tree: SyntaxTree) -> String? {
    guard let truthy = pythonTruthiness(value, tree: tree) else { return nil }
    guard name == "cache" else {
      // `cache_serialize: "yes"`, `cache_ignore_input_vars: 5` while the cache is off.
      guard truthy, CacheFacts(task: task, tree: tree).state == .off else { return nil }
      return cacheOffText(name, value, tree: tree)
    }
    if truthy {
      // `cache: "yes"`, `cache: 1`: cache on, so TaskMetadata wants a version.
      let version = task.field("cache_version").map { tree.resolved($0.value) }
      guard version.map({ tree.isNull($0) || tree.string($0) == "" }) ?? true else { return nil }
      return "flytekit: \(CacheVersionMissingRule.taskMetadataText)"
    }
    // `cache: 0`, `cache: ""`: cache off.
    for key in ["cache_serialize", "cache_ignore_input_vars"] {
      guard let field = task.field(key), pythonTruthiness(field.value, tree: tree) == true else { continue }
      return cacheOffText(key, field.value, tree: tree)
    }
    return nil
  }

  /// TaskMetadata's text for `cache_serialize` or `cache_ignore_input_vars` set while the cache is off.
  private static func cacheOffText(_ name: String, _ value: NodeID, tree: SyntaxTree) -> String? {
    if name == "cache_serialize" {
      return CacheSerializeWithoutCacheRule.description.flytekit.map { "flytekit: \($0)" }
    }
    return "flytekit: Cache ignore input vars are specified ``cache_ignore_input_vars="
      + CacheFacts.pythonRepr(value, tree: tree) + "`` but ``cache`` is not enabled."
  }

  /// Python's `bool()` of a scalar or a list, when clear.
  static func pythonTruthiness(_ id: NodeID, tree: SyntaxTree) -> Bool? {
    let node = tree.resolved(id)
    if tree.isSequence(node) { return !tree.items(of: node).isEmpty }
    switch tree.scalar(node) {
    case .string(let text): return !text.isEmpty
    case .bool(let value): return value
    case .null: return false
    // `0`, `-0`, `0x0`, `0o0`: no digit other than zero.
    case .int(let text): return text.contains { "123456789abcdefABCDEF".contains($0) }
    case .float(let text): return Double(text).map { $0 != 0 }
    case .infinity, .nan: return true
    default: return nil
    }
  }
}
