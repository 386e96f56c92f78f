extension Span {
  /// The YAML flytekit's `FlyteExecutionSpan.dump()` prints: per workflow, node and task
  /// attempt the seconds spent in each operation (`breakdown`, nested ones included), with
  /// PyYAML's layout and sorted keys, then the extra newline of Python's `print`.
  public func dump() -> String {
    let aggregates = SpanAggregate.build(self)
    return YAMLText.dump(aggregates) + "\n"
  }
}

/// The nested dictionaries flytekit's `aggregate_reference_span` builds, flattened into an
/// array (index 0 is the root) so neither building nor printing recurses.
struct SpanAggregate {
  enum Key: Equatable {
    case text(String)
    case attempt(UInt32)
  }

  var key: Key
  var breakdown: [String: Double] = [:]
  /// Children by kind, each a map from key to an index into the aggregate array.
  var tasks: [UInt32: Int] = [:]
  var nodes: [String: Int] = [:]
  var workflows: [String: Int] = [:]

  static func key(of id: SpanID) -> Key {
    switch id {
    case .workflow(let workflow): return .text(workflow.name)
    case .node(let node): return .text(node.nodeId)
    case .task(let task): return .attempt(task.retryAttempt)
    case .operation: return .text("")  // flytekit leaves the id empty for an operation root
    }
  }

  static func build(_ root: Span) -> [SpanAggregate] {
    // Pre-order walk recording every reference span (non-operation) and its parent, then a
    // reverse pass: every child is finished before its parent adds it in.
    var order: [(span: Span, parent: Int)] = []
    var stack: [(Span, Int)] = [(root, -1)]
    while let (span, parent) = stack.popLast() {
      let index = order.count
      order.append((span, parent))
      for child in span.spans.reversed() {
        if case .operation = child.id { continue }
        stack.append((child, index))
      }
    }
    var aggregates = order.map { SpanAggregate(key: key(of: $0.span.id)) }
    var referenceChildren = Array(repeating: [Int](), count: order.count)
    for (index, entry) in order.enumerated() where entry.parent >= 0 {
      referenceChildren[entry.parent].append(index)
    }
    for index in order.indices.reversed() {
      var next = referenceChildren[index].makeIterator()
      var aggregate = aggregates[index]
      for child in order[index].span.spans {
        switch child.id {
        case .operation(let operation):
          let seconds = TimeText.pythonDuration(from: child.startTime, to: child.endTime)
          aggregate.breakdown[operation, default: 0] += seconds
        case .workflow, .node, .task:
          guard let nested = next.next() else { continue }
          switch child.id {
          case .workflow(let workflow): aggregate.workflows[workflow.name] = nested
          case .node(let node): aggregate.nodes[node.nodeId] = nested
          case .task(let task): aggregate.tasks[task.retryAttempt] = nested
          case .operation: break
          }
          // Summed child by child, as flytekit does, so each operation's float sum rounds the
          // same way; the order operations are visited in does not matter.
          for (operation, seconds) in aggregates[nested].breakdown {
            aggregate.breakdown[operation, default: 0] += seconds
          }
        }
      }
      aggregates[index] = aggregate
    }
    return aggregates
  }

}
