extension SyntaxTree {
  /// The tree printed back to bytes: documents and nodes in order, with the trivia (comments,
  /// whitespace, indicators) between them. Equals ``source`` whenever the node ranges are
  /// well nested, which is what the round-trip tests check. Iterative: no recursion per level.
  public func printed() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(source.count)
    var cursor = 0
    func emit(upTo offset: Int) {
      let end = min(offset, source.count)
      if end > cursor {
        out.append(contentsOf: source[cursor..<end])
        cursor = end
      }
    }
    func emitSpan(_ range: ByteRange) {
      // A range that starts before the cursor overlaps what was printed: print it again so the
      // round trip shows the defect instead of hiding it.
      if range.lowerBound < cursor {
        out.append(contentsOf: source[range.lowerBound..<min(cursor, range.upperBound)])
      }
      emit(upTo: range.upperBound)
    }
    var stack: [(node: Int32, next: Int)] = []
    for document in documents {
      emit(upTo: document.range.lowerBound)
      if let root = document.root {
        emit(upTo: nodes[root.index].range.lowerBound)
        stack.append((root.raw, 0))
      }
      while let top = stack.last {
        let node = nodes[Int(top.node)]
        let isCollection = node.kind == .mapping || node.kind == .sequence
        if isCollection && top.next < Int(node.b) {
          stack[stack.count - 1].next += 1
          let child = children[Int(node.a) + top.next]
          let childNode = nodes[Int(child)]
          if childNode.range.lowerBound < cursor {
            emitSpan(childNode.range)
            continue
          }
          emit(upTo: childNode.range.lowerBound)
          stack.append((child, 0))
          continue
        }
        emit(upTo: node.range.upperBound)
        stack.removeLast()
      }
      emit(upTo: document.range.upperBound)
    }
    emit(upTo: source.count)
    return out
  }
}
