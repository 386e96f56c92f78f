import FlyteManifest
import FlyteSyntax

/// A task's effective cache configuration: the `cache` bool or Cache object and the legacy
/// keys, as flytekit's `@task` reconciles them (flytekit-semantics §1b).
public struct CacheSettings: Sendable, Equatable {
  public var version: String
  public var serialize: Bool
  public var ignoredInputs: [String]

  /// nil when caching is off. A `function_body` policy without a version gets our own version
  /// (SPEC §9.3): sha256 of the normalised source followed by the salt.
  static func read(_ task: TaskSpec, in tree: SyntaxTree) -> CacheSettings? {
    guard let cache = task.field("cache") else { return nil }
    let value = cache.value
    if tree.isMapping(value) {
      var settings = CacheSettings(version: "", serialize: false, ignoredInputs: [])
      if let v = tree.value(of: "version", in: value).flatMap(tree.string) { settings.version = v }
      settings.serialize = tree.value(of: "serialize", in: value).flatMap(tree.flag) ?? false
      settings.ignoredInputs =
        tree.value(of: "ignored_inputs", in: value).map { names($0, tree) } ?? []
      if settings.version.isEmpty, let policies = tree.value(of: "policies", in: value),
        names(policies, tree).contains("function_body")
      {
        let salt = tree.value(of: "salt", in: value).flatMap(tree.string) ?? ""
        let source = task.field("source").flatMap { tree.string($0.value) } ?? ""
        settings.version = functionBodyVersion(source: source, salt: salt)
      }
      return settings
    }
    guard tree.flag(value) == true else { return nil }
    return CacheSettings(
      version: task.field("cache_version").flatMap { tree.string($0.value) } ?? "",
      serialize: task.field("cache_serialize").flatMap { tree.flag($0.value) } ?? false,
      ignoredInputs: task.field("cache_ignore_input_vars").map { names($0.value, tree) } ?? [])
  }

  /// A list of names, or one name.
  static func names(_ node: NodeID, _ tree: SyntaxTree) -> [String] {
    if let one = tree.string(node) { return [one] }
    return tree.items(of: tree.resolved(node)).compactMap(tree.string)
  }

  /// Our `function_body` version: comment lines, trailing spaces and blank lines removed, then
  /// the salt appended. (flytekit hashes Python's AST dump instead: the two versions differ.)
  public static func functionBodyVersion(source: String, salt: String) -> String {
    var kept: [Substring] = []
    for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = rawLine
      while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      kept.append(line)
    }
    return SHA256.hex(kept.joined(separator: "\n") + salt)
  }

  /// `<task>-<version>-<sha256 of the canonical JSON of the inputs minus ignored ones>`.
  public func key(task: String, inputs: SimValues) -> String {
    let hashed = inputs.filter { !ignoredInputs.contains($0.name) }
    return "\(task)-\(version)-\(SHA256.hex(hashed.canonicalJSON))"
  }
}
