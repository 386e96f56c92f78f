import FlyteSyntax

/// FL002: a mapping repeats a key.
public enum DuplicateKeyRule: Rule {
  public static let description = RuleDescription(
    code: "FL002", name: "duplicate-key", severity: .error,
    summary: "a mapping repeats a key",
    rationale: """
      YAML loaders (PyYAML, and so flytekit's tooling) silently keep the last value, so the \
      first one is dead text that readers still believe in.
      """,
    bad: ["tasks:\n  - name: t\n    retries: 3\n    «retries»: 5\n"],
    good: ["tasks:\n  - name: t\n    retries: 5\n"])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for index in tree.nodes.indices where tree.nodes[index].kind == .mapping {
      var seen: [String: NodeID] = [:]
      for entry in tree.entries(of: NodeID(index)) {
        guard tree[entry.key].kind == .scalar else { continue }
        if let first = seen[entry.name] {
          context.report(
            "duplicate key \"\(entry.name)\"; only this last value counts", at: entry.key,
            help: "remove one of the two entries",
            related: [RelatedLocation(range: tree.findingRange(first), message: "first \"\(entry.name)\" here")])
        } else {
          seen[entry.name] = entry.key
        }
      }
    }
  }
}
