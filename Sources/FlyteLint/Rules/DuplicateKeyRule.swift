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
    var keys: [(signature: UInt64, node: NodeID)] = []
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
        // Most mappings are small, where comparing keys pairwise beats hashing (a signature of
        // length and first bytes settles nearly every pair); a big one gets an index so it
        // never costs quadratic time.
        let first: NodeID?
        if keys.count < 16 {
          let signature = Self.signature(bytes)
          first = keys.first(where: {
            $0.signature == signature && tree.scalarBytes(tree.resolved($0.node)) == bytes
          })?.node
          if first == nil { keys.append((signature, key)) }
        } else {
          if byKey.isEmpty { for k in keys { byKey[tree.scalarBytes(tree.resolved(k.node))] = k.node } }
          first = byKey[bytes]
          if first == nil { byKey[bytes] = key }
        }
        if let first {
          let name = tree.scalarValue(target)
          context.report(
            "duplicate key \"\(name)\"; only the last of its values counts", at: key,
            help: "remove one of the two entries",
            related: [RelatedLocation(range: tree.findingRange(first), message: "first \"\(name)\" here")])
        }
      }
    }
  }

  /// The length and first seven bytes of a key: equal keys have equal signatures.
  private static func signature(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var signature = UInt64(truncatingIfNeeded: bytes.count) << 56
    var shift: UInt64 = 0
    for byte in bytes.prefix(7) {
      signature |= UInt64(byte) << shift
      shift += 8
    }
    return signature
  }
}
