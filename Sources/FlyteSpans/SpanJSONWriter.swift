extension SpanJSON {
  /// The span as flytectl prints proto3 JSON: fields in .proto order, lowerCamelCase,
  /// default scalars left out, set messages always present (`{}` when empty), tab indent,
  /// `<`, `>` and `&` escaped as Go's encoding/json does; a final newline.
  public static func encode(_ span: Span) -> String {
    var writer = SpanJSONWriter()
    writer.span(span)
    return writer.out + "\n"
  }

  /// The same, wrapped as Flyte Admin's `WorkflowExecutionGetMetricsResponse`.
  public static func encodeResponse(_ span: Span) -> String {
    var writer = SpanJSONWriter()
    writer.open("{")
    writer.key("span")
    writer.span(span)
    writer.close("}")
    return writer.out + "\n"
  }
}

/// Builds tab-indented JSON; one "is this the first member" flag per open container.
struct SpanJSONWriter {
  var out = ""
  var firstFlags: [Bool] = []

  mutating func open(_ bracket: String) {
    out += bracket
    firstFlags.append(true)
  }

  mutating func close(_ bracket: String) {
    let wasEmpty = firstFlags.popLast() ?? true
    if !wasEmpty { out += "\n" + String(repeating: "\t", count: firstFlags.count) }
    out += bracket
  }

  /// Starts a member: the comma, the new line and the indentation.
  mutating func member() {
    let first = firstFlags.last ?? true
    if !firstFlags.isEmpty { firstFlags[firstFlags.count - 1] = false }
    out += (first ? "\n" : ",\n") + String(repeating: "\t", count: firstFlags.count)
  }

  mutating func key(_ name: String) {
    member()
    out += quoted(name) + ": "
  }

  mutating func string(_ name: String, _ value: String) {
    guard !value.isEmpty else { return }
    key(name)
    out += quoted(value)
  }

  private enum Work {
    case span(Span)
    case member
    case close(String)
  }

  /// Writes a span tree with a work stack rather than recursion, so a deep hand-built tree
  /// cannot overflow the call stack.
  mutating func span(_ root: Span) {
    var stack: [Work] = [.span(root)]
    while let work = stack.popLast() {
      switch work {
      case .member: member()
      case .close(let bracket): close(bracket)
      case .span(let span):
        spanFields(span)
        stack.append(.close("}"))
        if !span.spans.isEmpty {
          key("spans")
          open("[")
          stack.append(.close("]"))
          for child in span.spans.reversed() {
            stack.append(.span(child))
            stack.append(.member)
          }
        }
      }
    }
  }

  /// Opens a span's object and writes its timestamps and id, in .proto order.
  private mutating func spanFields(_ span: Span) {
    open("{")
    key("startTime")
    out += quoted(span.startTime.rfc3339)
    key("endTime")
    out += quoted(span.endTime.rfc3339)
    switch span.id {
    case .workflow(let id):
      key("workflowId")
      workflow(id)
    case .node(let id):
      key("nodeId")
      node(id)
    case .task(let id):
      key("taskId")
      task(id)
    case .operation(let id):
      // A set oneof member is printed even when it is the empty string.
      key("operationId")
      out += quoted(id)
    }
  }

  mutating func workflow(_ id: WorkflowExecutionID) {
    open("{")
    string("project", id.project)
    string("domain", id.domain)
    string("name", id.name)
    string("org", id.org)
    close("}")
  }

  mutating func node(_ id: NodeExecutionID) {
    open("{")
    string("nodeId", id.nodeId)
    if let execution = id.executionId {
      key("executionId")
      workflow(execution)
    }
    close("}")
  }

  mutating func task(_ id: TaskExecutionID) {
    open("{")
    if let taskId = id.taskId {
      key("taskId")
      identifier(taskId)
    }
    if let node = id.nodeExecutionId {
      key("nodeExecutionId")
      self.node(node)
    }
    if id.retryAttempt != 0 {
      key("retryAttempt")
      out += String(id.retryAttempt)
    }
    close("}")
  }

  mutating func identifier(_ id: Identifier) {
    open("{")
    if id.resourceType != .unspecified {
      key("resourceType")
      out += quoted(id.resourceType.rawValue)
    }
    string("project", id.project)
    string("domain", id.domain)
    string("name", id.name)
    string("version", id.version)
    string("org", id.org)
    close("}")
  }
}

/// A JSON string as Go's encoding/json writes it.
private func quoted(_ value: String) -> String {
  var out = "\""
  for s in value.unicodeScalars {
    switch s {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "<": out += "\\u003c"
    case ">": out += "\\u003e"
    case "&": out += "\\u0026"
    case "\u{2028}": out += "\\u2028"
    case "\u{2029}": out += "\\u2029"
    default:
      if s.value < 0x20 {
        let hex = String(s.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        out.unicodeScalars.append(s)
      }
    }
  }
  return out + "\""
}
