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
    var byKey: [ArraySlice<UInt8>: NodeID] = [:]
    for index in tree.nodes.indices where tree.nodes[index].kind == .mapping {
      keys.removeAll(keepingCapacity: true)
      byKey.removeAll(keepingCapacity: true)
      let children = tree.children(of: NodeID(index))
      for position in stride(from: children.startIndex, to: children.endIndex, by: 2) {
        let key = NodeID(children[position])
        let target = tree.resolved(key)
        guard tree[target].kind == .scalar else { continue }
        let bytes = tree.scalarBytes(target)
        // Most mappings are small, where comparing bytes pairwise beats hashing; a big one gets
        // an index so it never costs quadratic time.
        let first: (bytes: ArraySlice<UInt8>, node: NodeID)?
        if keys.count < 16 {
          first = keys.first(where: { $0.bytes == bytes })
        } else {
          if byKey.isEmpty { for k in keys { byKey[k.bytes] = k.node } }
          first = byKey[bytes].map { (bytes, $0) }
          if first == nil { byKey[bytes] = key }
        }
        if let first {
          let name = tree.scalarValue(target)
          context.report(
            "duplicate key \"\(name)\"; only the last of its values counts", at: key,
            help: "remove one of the two entries",
            related: [RelatedLocation(range: tree.findingRange(first.node), message: "first \"\(name)\" here")])
        } else {
          keys.append((bytes, key))
        }
      }
    }
  }
}
