import FlyteManifest
import FlyteSyntax

/// FL107: every input of the task is ignored for caching.
public enum CacheIgnoreAllInputsRule: Rule {
  public static let description = RuleDescription(
    code: "FL107", name: "cache-ignore-all-inputs", severity: .warning,
    summary: "every input is ignored for caching",
    rationale: """
      With every input left out of the cache key, all calls of the task share one cache entry: \
      the first result is returned for any inputs. If that is really intended, the task does \
      not depend on its inputs; usually one name too many was listed. A task with no inputs is \
      never reported.
      """,
    bad: [
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: \"v1\", ignored_inputs: «[b, a]»}\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: {version: \"v1\", ignored_inputs: «a»}\n",
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: true\n    cache_version: \"v1\"\n    «cache_ignore_input_vars»:\n      - a\n      - b\n",
    ],
    good: [
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: \"v1\", ignored_inputs: [a]}\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\", ignored_inputs: []}\n",
      "tasks:\n  - name: t\n    inputs: {}\n    cache: {version: \"v1\", ignored_inputs: [a]}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      guard let inputs = CacheIgnoreUnknownInputRule.knownInputs(task, tree: tree), !inputs.isEmpty else { continue }
      let facts = context.cacheFacts(task)
      guard let list = facts.effectiveIgnoreList, Set(inputs).isSubset(of: Set(list.items.map(\.name))) else { continue }
      let taskName = task.name.map { "task \"\($0)\"" } ?? "the task"
      context.report(
        "every input of \(taskName) is ignored for caching, so all calls share one cache entry",
        at: CacheFacts.range(of: list.value, key: list.key, tree: tree),
        help: "keep out of the list the inputs that change the result",
        related: context.defaultsNote(list.field, task: task))
    }
  }
}
