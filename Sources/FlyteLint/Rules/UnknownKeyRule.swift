import FlyteManifest
import FlyteSyntax

/// FL003: a key flytekit does not know, with the closest known key as a suggestion.
public enum UnknownKeyRule: Rule {
  public static let description = RuleDescription(
    code: "FL003", name: "unknown-key", severity: .error,
    summary: "a key flytekit does not know",
    rationale: """
      `@task` rejects keyword arguments it does not know, and a misspelt key (`cache_versions`) \
      would otherwise be dropped silently by any loader. Checked at the top level, in task \
      entries, in `defaults:`, in `metadata:` and in Cache objects.
      """,
    flytekit: "Unrecognized argument(s) for task: dict_keys(['cache_versions'])", fix: .unsafe,
    fixSummary: "renames the key to the suggested known key; unsafe because the renamed key takes effect and can change what the task does",
    bad: [
      "tasks:\n  - name: t\n    cache: true\n    «cache_versions»: \"v1\"\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\", «serialise»: true}\n",
      "defaults:\n  cache: {version: v1, «versions»: x}\ntasks:\n  - name: t\n",
    ],
    good: ["tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n"])

  /// The known keys of each place, in their documented order (for "known keys: …").
  static let topLevel = NameTable(TaskKeys.topLevel)
  static let defaults = NameTable(TaskKeys.all.filter { $0 != "name" })
  static let task = NameTable(TaskKeys.all)
  static let metadata = NameTable(TaskKeys.metadata)
  static let cacheObject = NameTable(TaskKeys.cacheObject)

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    // A key misspelt once is often misspelt in every task: search its suggestion once.
    var suggestions: [String: String?] = [:]
    for document in context.file.documents where document.kind == .native {
      if let root = document.root {
        check(tree.entries(of: root), known: Self.topLevel, what: { "unknown top-level key \"\($0)\"" }, &suggestions, &context)
      }
      if let defaults = document.defaultsNode {
        let entries = tree.entries(of: defaults)
        check(entries, known: Self.defaults, what: { "unknown key \"\($0)\" in \"defaults\"" }, &suggestions, &context)
        if let cache = entries.last(where: { $0.name == "cache" }), tree.isMapping(cache.value) {
          check(tree.entries(of: cache.value), known: Self.cacheObject, what: { "unknown Cache field \"\($0)\"" }, &suggestions, &context)
        }
      }
      for task in document.tasks {
        let unknown = task.ownEntries.filter { !Self.task.contains($0.name) }.map(\.name)
        let note = unknown.isEmpty ? nil : "flytekit: Unrecognized argument(s) for task: dict_keys([\(unknown.map { "'\($0)'" }.joined(separator: ", "))])"
        check(task.ownEntries, known: Self.task, what: { "unknown task key \"\($0)\"" }, note: note, &suggestions, &context)
        check(task.metadataEntries, known: Self.metadata, what: { "unknown key \"\($0)\" in \"metadata\"" }, &suggestions, &context)
        if let cache = task.ownEntries.last(where: { $0.name == "cache" }), tree.isMapping(cache.value) {
          check(tree.entries(of: cache.value), known: Self.cacheObject, what: { "unknown Cache field \"\($0)\"" }, &suggestions, &context)
        }
      }
    }
  }

  private static func check(
    _ entries: [MappingEntry], known: NameTable, what: (String) -> String, note: String? = nil,
    _ suggestions: inout [String: String?], _ context: inout RuleContext
  ) {
    // Most keys are known: a set lookup first, the suggestion search only for the rest.
    var present: Set<String>?
    for entry in entries where !known.contains(entry.name) {
      // Keyed by the message, which names the place: a name has other neighbours elsewhere.
      let problem = what(entry.name)
      let suggestion = suggestions[problem] ?? Suggestion.closest(to: entry.name, in: known.names)
      suggestions[problem] = suggestion
      let message = problem + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
      // No rename onto a key the mapping already has: that makes a duplicate key (found by
      // fuzzing: `tas:s` renamed to `tasks` beside `tasks` left no manifest).
      if present == nil { present = Set(entries.map(\.name)) }
      let fix = suggestion.flatMap { present?.contains($0) == true ? nil : $0 }.map {
        Fix(.unsafe, "rename to \"\($0)\"", edits: [ScalarEdit.replacing(entry.key, with: $0, in: context.tree)])
      }
      context.report(message, at: entry.key, note: note, help: suggestion == nil ? "known keys: \(known.names.joined(separator: ", "))" : nil, fix: fix)
    }
  }
}
