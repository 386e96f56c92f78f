import FlyteManifest
import FlyteSyntax

/// FL105: an ignored input name that is not one of the task's inputs.
public enum CacheIgnoreUnknownInputRule: Rule {
  public static let description = RuleDescription(
    code: "FL105", name: "cache-ignore-unknown-input", severity: .error,
    summary: "an input ignored for caching is not an input of the task",
    rationale: """
      flytekit never checks ignored names against the task's inputs: an unknown (usually \
      misspelt) name matches nothing, every input is hashed, and the cache misses exactly where \
      the author meant it to hit. Neither does the platform. We are stricter and point at the \
      name, with the closest input as a suggestion. When the cache is off, FL104 reports the \
      list instead.
      """,
    fix: .unsafe,
    fixSummary: "renames the name to the closest input; unsafe because it changes which input the cache key leaves out",
    bad: [
      "tasks:\n  - name: t\n    inputs: {data: str, debug_mode: bool}\n    cache: true\n    cache_version: \"v1\"\n    cache_ignore_input_vars: [«debug_mod»]\n",
      "tasks:\n  - name: t\n    inputs: {data: str}\n    cache:\n      version: \"v1\"\n      ignored_inputs: «nope»\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\", ignored_inputs: [«x»]}\n",
      "template:\n  type: python-task\n  interface: {inputs: {variables: {a: {type: {simple: INTEGER}}}}}\n  metadata:\n    discoverable: true\n    discoveryVersion: v1\n    cacheIgnoreInputVars: [«b»]\n",
    ],
    good: [
      "tasks:\n  - name: t\n    inputs: {data: str, debug_mode: bool}\n    cache: {version: \"v1\", ignored_inputs: [debug_mode]}\n",
      "tasks:\n  - name: t\n    inputs: {data: str}\n    cache_ignore_input_vars: [debug_mode]\n",
      "tasks:\n  - name: t\n    inputs: {Data: str}\n    cache: {version: \"v1\", ignored_inputs: Data}\n",
      "template:\n  type: python-task\n  metadata:\n    discoverable: true\n    discoveryVersion: v1\n    cacheIgnoreInputVars: [b]\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      guard let inputs = knownInputs(task, tree: tree) else { continue }
      let facts = context.cacheFacts(task)
      for list in facts.ignoreLists {
        if list.legacy && facts.state == .off && CacheIgnoreWithoutCacheRule.firesFor(list, tree: tree) { continue }
        var seen: Set<String> = []
        for item in list.items where seen.insert(item.name).inserted && !inputs.contains(item.name) {
          let suggestion = Suggestion.closest(to: item.name, in: inputs)
          let taskName = task.name.map { "task \"\($0)\"" } ?? "the task"
          var message = "\"\(item.name)\" is not an input of \(taskName)"
          if inputs.isEmpty {
            message = "\"\(item.name)\" is not an input: \(taskName) has no inputs"
          } else if let suggestion {
            message += "; did you mean \"\(suggestion)\"?"
          }
          let fix = suggestion.map {
            Fix(.unsafe, "rename to \"\($0)\"", edits: [ScalarEdit.replacing(item.node, with: $0, in: tree)])
          }
          context.report(
            message, at: item.node,
            help: inputs.isEmpty || suggestion != nil ? nil : "inputs: \(inputs.joined(separator: ", "))",
            related: context.defaultsNote(list.field, task: task), fix: fix)
        }
      }
    }
  }

  /// The task's input names, or nil when its interface is not known (a flyteidl template
  /// without `interface`, or an `inputs:` that is not a mapping).
  static func knownInputs(_ task: TaskSpec, tree: SyntaxTree) -> [String]? {
    switch task.format {
    case .flyteidl:
      guard let interface = task.ownEntries.last(where: { $0.name == "interface" }), tree.isMapping(interface.value) else {
        return nil
      }
    case .native:
      if let inputs = task.field("inputs"), !tree.isMapping(inputs.value), !tree.isNull(inputs.value) { return nil }
    }
    return task.inputNames
  }
}
