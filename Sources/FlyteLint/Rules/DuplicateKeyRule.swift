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
    var keys: [(bytes: ArraySlice<UInt8>, node: NodeID)] = []
    for index in tree.nodes.indices where tree.nodes[index].kind == .mapping {
      keys.removeAll(keepingCapacity: true)
      for (key, _) in tree.pairs(of: NodeID(index)) {
        let target = tree.resolved(key)
        guard tree[target].kind == .scalar else { continue }
        let bytes = tree.scalarBytes(target)
        // Mappings are small: comparing bytes pairwise beats hashing strings.
        if let first = keys.first(where: { $0.bytes == bytes }) {
          let name = tree.scalarValue(target)
          context.report(
            "duplicate key \"\(name)\"; only this last value counts", at: key,
            help: "remove one of the two entries",
            related: [RelatedLocation(range: tree.findingRange(first.node), message: "first \"\(name)\" here")])
        } else {
          keys.append((bytes, key))
        }
      }
    }
  }
}
