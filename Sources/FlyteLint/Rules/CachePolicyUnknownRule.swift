import FlyteManifest
import FlyteSyntax

/// FL110: a cache policy we do not know, or `function_body` without the task's `source`.
public enum CachePolicyUnknownRule: Rule {
  public static let description = RuleDescription(
    code: "FL110", name: "cache-policy-unknown", severity: .error,
    summary: "a cache policy is unknown or cannot compute a version",
    rationale: """
      A Cache object's `policies` compute the version from the task when no version is given. \
      The known policy is `function_body`, which hashes the task's Python code and so needs the \
      task's `source`. Any other name is most likely a typo. When the Cache object is left with \
      no version at all, FL101 reports it instead.
      """,
    fix: .unsafe,
    fixSummary: "renames the policy to the closest known one; unsafe because it changes how the cache version is computed",
    bad: [
      "tasks:\n  - name: t\n    cache: {version: \"v1\", policies: [«function_bdy»]}\n",
      "tasks:\n  - name: t\n    source: \"def t(): ...\"\n    cache:\n      policies: [function_body, «salted»]\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\", policies: «function_body»}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    source: \"def t(): ...\"\n    cache: {policies: [function_body]}\n",
      "tasks:\n  - name: t\n    cache: {policies: [function_bdy]}\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\", policies: []}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      let facts = context.cacheFacts(task)
      guard let object = facts.object, let cache = facts.cache,
        !CacheVersionMissingRule.cacheObjectLacksVersion(object, task: task, tree: tree),
        let policies = tree.value(of: "policies", in: object)
      else { continue }
      let items = tree.isSequence(policies) ? tree.items(of: tree.resolved(policies)) : [policies]
      for item in items {
        guard let name = tree.string(item) else { continue }
        let related = context.defaultsNote(cache, task: task)
        if !CachePolicies.known.contains(name) {
          let suggestion = Suggestion.closest(to: name, in: CachePolicies.known)
          let fix = suggestion.map {
            Fix(.unsafe, "rename to \"\($0)\"", edits: [ScalarEdit.replacing(item, with: $0, in: tree)])
          }
          context.report(
            "unknown cache policy \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
            at: item, help: "known policies: \(CachePolicies.known.joined(separator: ", "))",
            related: related, fix: fix)
        } else if !CachePolicies.isUsable(name, task: task) {
          context.report(
            "cache policy \"\(name)\" needs the task's \"source\" to compute a version", at: item,
            help: "add the task's Python code as `source: |`, or drop the policy and keep \"version\"",
            related: related)
        }
      }
    }
  }
}
