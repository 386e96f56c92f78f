import FlyteManifest
import FlyteSyntax

/// FL111 (opt-in): the deprecated cache keys instead of a Cache object.
public enum LegacyCacheKeysRule: Rule {
  public static let description = RuleDescription(
    code: "FL111", name: "legacy-cache-keys", severity: .warning, optIn: true,
    summary: "legacy cache keys instead of a Cache object",
    rationale: """
      `cache_version`, `cache_serialize` and `cache_ignore_input_vars` are deprecated in \
      flytekit in favour of `cache: {version, serialize, ignored_inputs}` (flytekit emits no \
      warning for them; only its docs say so). Reported once per task entry (and once for \
      `defaults:`), at the first legacy key. The fix rewrites `cache: true` plus the legacy keys \
      into one Cache object; it is offered only where the result means the same: the legacy keys \
      and `cache: true` all in the task's own block mapping, none of them repeated, and no \
      legacy key in its `metadata:` or in `defaults:` that would take their place. It is unsafe \
      when a comment among the removed lines would go with them.
      """,
    fix: .safe,
    fixSummary: "rewrites `cache: true` and the legacy keys as one Cache object, where that means the same (see Why; unsafe when that deletes a comment)",
    bad: [
      "tasks:\n  - name: t\n    cache: true\n    «cache_version»: \"v1\"\n    cache_serialize: true\n",
      "tasks:\n  - name: t\n    «cache_ignore_input_vars»: [a]\n    cache: false\n",
      "defaults:\n  cache: true\n  «cache_version»: \"v1\"\ntasks:\n  - name: t\n",
    ],
    good: [
      "tasks:\n  - name: t\n    cache: {version: \"v1\", serialize: true}\n",
      "tasks:\n  - name: t\n    cache: true\n    cache_version: null\n",
      "tasks:\n  - name: t\n    metadata: {cache: true, cache_version: \"v1\"}\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\"}\n    cache_serialize: false\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for document in context.file.documents where document.kind == .native {
      let defaults = document.defaultsNode.map { tree.entries(of: $0) } ?? []
      if let node = document.defaultsNode, !defaults.contains(where: { $0.name == "cache" && tree.isMapping($0.value) }) {
        report(tree.entries(of: node), fix: nil, &context)
      }
      for task in document.tasks where context.cacheFacts(task).object == nil {
        let inherited = defaults.contains { CacheFacts.legacyKeys.contains($0.name) && !tree.isNull($0.value) }
          || task.metadataEntries.contains { CacheFacts.legacyKeys.contains($0.name) && !tree.isNull($0.value) }
        report(task.ownEntries, fix: inherited ? nil : rewrite(task, tree: tree), &context)
      }
    }
  }

  private static func report(_ entries: [MappingEntry], fix: Fix?, _ context: inout RuleContext) {
    let tree = context.tree
    let legacy = entries.filter { CacheFacts.legacyKeys.contains($0.name) && !context.tree.isNull($0.value) }
    guard let first = legacy.first else { return }
    var names: [String] = []
    for entry in legacy where !names.contains(entry.name) { names.append(entry.name) }
    let listed = names.map { "\"\($0)\"" }.joined(separator: ", ")
    let fields = names.compactMap { CacheFacts.objectField[$0] }.joined(separator: ", ")
    context.report(
      "legacy cache key\(names.count == 1 ? "" : "s") \(listed); prefer a Cache object",
      at: tree.findingRange(first.key), help: "use `cache: {\(fields)}`", fix: fix)
  }

  /// `cache: true` + legacy keys → `cache: {version: …, serialize: …, ignored_inputs: …}`, or
  /// nil where that is not a plain rewrite of one block mapping.
  static func rewrite(_ task: TaskSpec, tree: SyntaxTree) -> Fix? {
    guard tree.format == .yaml, tree[task.entry].style == .block else { return nil }
    let entries = task.ownEntries
    let caches = entries.indices.filter { entries[$0].name == "cache" }
    guard caches.count == 1, let cacheIndex = caches.first else { return nil }
    let cacheValue = entries[cacheIndex].value
    guard tree[cacheValue].kind == .scalar, tree.properties(of: cacheValue) == nil,
      CacheFacts.bool(cacheValue, tree: tree) == true
    else { return nil }
    var pieces: [String] = []
    var removed: [Int] = []
    for name in CacheFacts.legacyKeys {
      let found = entries.indices.filter { entries[$0].name == name }
      guard found.count <= 1 else { return nil }
      guard let index = found.first else { continue }
      removed.append(index)
      let value = entries[index].value
      if tree.isNull(value) { continue }
      guard let text = flowText(value, tree: tree) else { return nil }
      pieces.append("\(CacheFacts.objectField[name] ?? name): \(text)")
    }
    guard !pieces.isEmpty else { return nil }
    var edits = [TextEdit(range: tree[cacheValue].contentRange, newText: "{" + pieces.joined(separator: ", ") + "}")]
    // Remove each run of consecutive legacy entries in one edit, so edits never overlap.
    removed.sort()
    var runStart = 0
    while runStart < removed.count {
      var runEnd = runStart
      while runEnd + 1 < removed.count && removed[runEnd + 1] == removed[runEnd] + 1 { runEnd += 1 }
      guard let range = deletion(from: removed[runStart], through: removed[runEnd], of: entries, tree: tree) else {
        return nil
      }
      edits.append(TextEdit(range: range, newText: ""))
      runStart = runEnd + 1
    }
    edits.sort { $0.range.start < $1.range.start }
    return Fix.removing("rewrite as a Cache object", edits: edits, in: tree)
  }

  /// Bytes to delete for entries `first...last` of a block mapping: up to the next key, or for
  /// the mapping's last entries, from the end of the entry before them to the end of the line.
  private static func deletion(from first: Int, through last: Int, of entries: [MappingEntry], tree: SyntaxTree) -> ByteRange? {
    let source = tree.source
    if last + 1 < entries.count {
      return ByteRange(tree[entries[first].key].range.lowerBound, tree[entries[last + 1].key].range.lowerBound)
    }
    guard first >= 1 else { return nil }
    let start = tree[entries[first - 1].value].range.upperBound
    guard start > 0, source[start - 1] != UInt8(ascii: "\n"), source[start - 1] != UInt8(ascii: "\r") else { return nil }
    var end = tree[entries[last].value].range.upperBound
    while end < source.count && (source[end] == UInt8(ascii: " ") || source[end] == UInt8(ascii: "\t")) { end += 1 }
    if end < source.count && source[end] == UInt8(ascii: "#") {
      while end < source.count && source[end] != UInt8(ascii: "\n") && source[end] != UInt8(ascii: "\r") { end += 1 }
    }
    guard end == source.count || source[end] == UInt8(ascii: "\n") || source[end] == UInt8(ascii: "\r") else { return nil }
    return ByteRange(start, end)
  }

  /// A value written for a flow mapping: scalars in their own style (quoted when a plain
  /// spelling would not survive flow context), sequences as `[a, b]`; nil for anything else.
  private static func flowText(_ value: NodeID, tree: SyntaxTree) -> String? {
    let node = tree[value]
    guard node.kind != .alias, tree.properties(of: value) == nil else { return nil }
    switch node.kind {
    case .scalar:
      if let text = tree.string(value) { return ScalarEdit.text(text, like: value, in: tree) }
      let written = tree.text(node.contentRange)
      return written.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) ? nil : written
    case .sequence:
      var items: [String] = []
      for item in tree.items(of: value) {
        guard tree[item].kind == .scalar, let text = flowText(item, tree: tree) else { return nil }
        items.append(text)
      }
      return "[" + items.joined(separator: ", ") + "]"
    default:
      return nil
    }
  }
}
