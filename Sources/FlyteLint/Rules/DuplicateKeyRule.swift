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
    var bySignature: [UInt64: [NodeID]] = [:]
    for index in tree.nodes.indices where tree.nodes[index].kind == .mapping {
      keys.removeAll(keepingCapacity: true)
      bySignature.removeAll(keepingCapacity: true)
      let children = tree.children(of: NodeID(index))
      for position in stride(from: children.startIndex, to: children.endIndex, by: 2) {
        let key = NodeID(children[position])
        let target = tree.resolved(key)
        guard tree[target].kind == .scalar else { continue }
        let bytes = tree.scalarBytes(target)
        // A signature (length and first bytes) settles nearly every pair without comparing
        // bytes. Most mappings are small, where a scan beats hashing; a big one gets an index
        // by signature so it never costs quadratic time.
        let signature = Self.signature(bytes)
        var first: NodeID?
        if keys.count < 64 {
          for k in keys where k.signature == signature && tree.scalarBytes(tree.resolved(k.node)) == bytes {
            first = k.node
            break
          }
        } else {
          if bySignature.isEmpty { for k in keys { bySignature[k.signature, default: []].append(k.node) } }
          for other in bySignature[signature] ?? [] where tree.scalarBytes(tree.resolved(other)) == bytes {
            first = other
            break
          }
          if first == nil { bySignature[signature, default: []].append(key) }
        }
        if first == nil { keys.append((signature, key)) }
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
