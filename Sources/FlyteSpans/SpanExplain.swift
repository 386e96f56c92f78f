extension Span {
  /// The table flytekit's `FlyteExecutionSpan.explain()` prints (with a UTC local zone):
  /// a header, 140 dashes, then one line per operation span, depth first.
  public func explain() -> String {
    var out =
      PythonNumber.leftAligned("operation", width: 25)
      + PythonNumber.leftAligned("start_timestamp", width: 25)
      + PythonNumber.leftAligned("end_timestamp", width: 25)
      + " " + PythonNumber.rightAligned("duration", width: 8) + "    entity\n"
    out += String(repeating: "-", count: 140) + "\n"
    // An explicit stack instead of recursion: hand-built trees may be arbitrarily deep.
    var stack: [(span: Span, indent: Int, identifier: String)] = [(self, -1, "")]
    while let (span, indent, identifier) = stack.popLast() {
      let childIdentifier: String
      switch span.id {
      case .operation(let operation):
        out += Span.explainLine(span, operation: operation, indent: indent, identifier: identifier)
        childIdentifier = identifier + "/" + operation
      case .workflow(let workflow): childIdentifier = "workflow/" + workflow.name
      case .node(let node): childIdentifier = "node/" + node.nodeId
      case .task(let task): childIdentifier = "task/" + String(task.retryAttempt)
      }
      for child in span.spans.reversed() {
        stack.append((child, indent + 1, childIdentifier))
      }
    }
    return out
  }

  private static func explainLine(_ span: Span, operation: String, indent: Int, identifier: String)
    -> String
  {
    let duration = TimeText.pythonDuration(from: span.startTime, to: span.endTime)
    return PythonNumber.leftAligned(operation, width: 25)
      + PythonNumber.leftAligned(TimeText.explainStamp(span.startTime), width: 25)
      + PythonNumber.leftAligned(TimeText.explainStamp(span.endTime), width: 25)
      + " " + PythonNumber.rightAligned(PythonNumber.fixed2(duration), width: 7) + "s    "
      + String(repeating: "  ", count: max(0, indent)) + identifier + "\n"
  }
}
