import FlyteSyntax

extension FuzzHarness {
  /// The YAML parser: never crashes, ranges lie within the input and nest, and the tree
  /// prints back to the input byte for byte (with or without errors: the printer emits every
  /// byte once, in order, whenever ranges nest, which is what SPEC §3 promises).
  public static func yaml(_ input: [UInt8]) -> String? {
    treeProblem(SyntaxTree.parseYAML(input), input)
  }

  /// The JSON parser, with the same properties.
  public static func json(_ input: [UInt8]) -> String? {
    treeProblem(SyntaxTree.parseJSON(input), input)
  }

  /// The first broken invariant of a parse of `input`, or nil.
  static func treeProblem(_ tree: SyntaxTree, _ input: [UInt8]) -> String? {
    let n = input.count
    func inside(_ r: ByteRange) -> Bool { r.lowerBound <= r.upperBound && r.upperBound <= n }
    if tree.source != input { return "the tree's source is not the input" }
    if let error = tree.errors.first(where: { !inside($0.range) }) {
      return "error \(error) outside the \(n)-byte input"
    }
    var previous = 0
    for comment in tree.comments {
      if !inside(comment) || comment.lowerBound < previous {
        return "comment \(comment) outside the input or out of order"
      }
      previous = comment.upperBound
    }
    let count = tree.nodes.count
    for (i, node) in tree.nodes.enumerated() {
      let r = node.range
      if !inside(r) { return "node \(i) \(r) outside the \(n)-byte input" }
      let c = node.contentRange
      if c.lowerBound < r.lowerBound || c.upperBound != r.upperBound {
        return "node \(i) content \(c) outside its range \(r)"
      }
      switch node.kind {
      case .alias:
        if let target = tree.aliasTarget(NodeID(i)), target.index >= count {
          return "alias \(i) targets a missing node"
        }
      case .mapping, .sequence:
        let kids = tree.children(of: NodeID(i))
        if node.kind == .mapping && kids.count % 2 != 0 {
          return "mapping \(i) has \(kids.count) children"
        }
        var cursor = r.lowerBound
        for kid in kids {
          guard kid >= 0 && Int(kid) < count else { return "node \(i) has a missing child \(kid)" }
          let k = tree.nodes[Int(kid)].range
          if k.lowerBound < cursor || k.upperBound > r.upperBound {
            return "child \(kid) \(k) of node \(i) \(r) not nested in order"
          }
          cursor = max(cursor, k.upperBound)
        }
      case .scalar:
        break
      }
    }
    var documentCursor = 0
    for (d, document) in tree.documents.enumerated() {
      let r = document.range
      if !inside(r) || r.lowerBound < documentCursor {
        return "document \(d) \(r) outside the input or overlapping"
      }
      documentCursor = r.upperBound
      if let root = document.root {
        guard root.index < count else { return "document \(d) has a missing root" }
        let rr = tree[root].range
        if rr.lowerBound < r.lowerBound || rr.upperBound > r.upperBound {
          return "root \(rr) outside document \(d) \(r)"
        }
      }
    }
    if tree.printed() != input { return "printed() does not reproduce the input" }
    let index = LineIndex(input)
    for error in tree.errors {
      let position = index.position(at: error.range.lowerBound)
      if position.line < 1 || position.column < 1 {
        return "error \(error) at position \(position)"
      }
    }
    if tree.errors.isEmpty && tree.dumpJSONLines().count != tree.documents.count {
      return "the dump has not one line per document"
    }
    return nil
  }
}
