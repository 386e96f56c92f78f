import FlyteManifest
import FlyteSyntax

/// FL106: an ignored input name listed twice.
public enum CacheIgnoreDuplicateRule: Rule {
  public static let description = RuleDescription(
    code: "FL106", name: "cache-ignore-duplicate", severity: .warning,
    summary: "an input is ignored for caching twice",
    rationale: """
      Listing a name twice changes nothing (flytekit keeps both and serialises both), so the \
      second one is noise, often left behind by an edit that meant to name another input.
      """,
    fix: .safe,
    fixSummary: "removes the repeated name (unsafe when that deletes a comment on its line)",
    bad: [
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: \"v1\", ignored_inputs: [a, b, «a»]}\n",
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: true\n    cache_version: \"v1\"\n    cache_ignore_input_vars:\n      - a\n      - «a»\n      - «a»\n",
      "template:\n  type: python-task\n  interface: {}\n  metadata:\n    cacheIgnoreInputVars: [\"a\", «\"a\"»]\n",
    ],
    good: [
      "tasks:\n  - name: t\n    inputs: {a: int, b: int}\n    cache: {version: \"v1\", ignored_inputs: [a, b]}\n",
      "tasks:\n  - name: t\n    inputs: {a: int, A: int}\n    cache: {version: \"v1\", ignored_inputs: [a, A]}\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: {version: \"v1\", ignored_inputs: a}\n    cache_ignore_input_vars: [a]\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    // A list from `defaults:` is shared by every task using it: report it once.
    var done: Set<NodeID> = []
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      for list in facts.ignoreLists where list.isSequence && done.insert(tree.resolved(list.value)).inserted {
        let sequence = tree.resolved(list.value)
        let all = tree.items(of: sequence)
        var first: [String: NodeID] = [:]
        for item in list.items {
          guard let earlier = first[item.name] else {
            first[item.name] = item.node
            continue
          }
          let fix = all.firstIndex(of: item.node)
            .flatMap { ScalarEdit.removingItem(at: $0, of: sequence, in: tree) }
            .map { Fix.removing("remove the repeated \"\(item.name)\"", edits: [$0], in: tree) }
          context.report(
            "\"\(item.name)\" is already ignored", at: item.node, help: "remove this entry",
            related: [RelatedLocation(range: tree.findingRange(earlier), message: "first \"\(item.name)\" here")]
              + context.defaultsNote(list.field, task: task),
            fix: fix)
        }
      }
    }
  }
}
