import FlyteSyntax

/// Typed access to the parsed tree, with the JSON path of every value for error messages.
struct SpanJSONReader {
  let tree: SyntaxTree

  /// An object's fields by name, snake_case names folded to lowerCamelCase; JSON `null`
  /// means "not set" in proto3 JSON, so such fields are left out.
  func fields(_ id: NodeID, path: String) throws(SpanJSONError) -> [String: NodeID] {
    guard tree[id].kind == .mapping else {
      throw SpanJSONError(path: path, message: "expected a JSON object")
    }
    var result: [String: NodeID] = [:]
    for pair in tree.pairs(of: id) {
      let name = camelCase(tree.scalarValue(pair.key))
      if tree.resolvesToNull(pair.value) { continue }
      if result[name] != nil {
        throw SpanJSONError(path: path, message: "field \"\(name)\" is given twice")
      }
      result[name] = pair.value
    }
    return result
  }

  func span(_ id: NodeID, path: String) throws(SpanJSONError) -> Span {
    let f = try fields(id, path: path)
    guard let startNode = f["startTime"] else {
      throw SpanJSONError(path: path, message: "missing startTime")
    }
    guard let endNode = f["endTime"] else {
      throw SpanJSONError(path: path, message: "missing endTime")
    }
    let start = try timestamp(startNode, path: path + ".startTime")
    let end = try timestamp(endNode, path: path + ".endTime")
    let present = ["workflowId", "nodeId", "taskId", "operationId"].filter { f[$0] != nil }
    guard present.count <= 1 else {
      throw SpanJSONError(
        path: path,
        message: "only one id may be set (oneof), found \(present.joined(separator: ", "))")
    }
    let spanID: SpanID
    switch present.first {
    case "workflowId"?:
      spanID = .workflow(try workflow(f["workflowId"], path: path + ".workflowId"))
    case "nodeId"?: spanID = .node(try node(f["nodeId"], path: path + ".nodeId"))
    case "taskId"?: spanID = .task(try task(f["taskId"], path: path + ".taskId"))
    case "operationId"?:
      spanID = .operation(try string(f["operationId"], path: path + ".operationId"))
    default:
      throw SpanJSONError(
        path: path, message: "missing id: expected one of workflowId, nodeId, taskId, operationId")
    }
    var children: [Span] = []
    if let list = f["spans"] {
      guard tree[list].kind == .sequence else {
        throw SpanJSONError(path: path + ".spans", message: "expected a JSON array of spans")
      }
      for (offset, item) in tree.items(of: list).enumerated() {
        children.append(try span(item, path: path + ".spans[\(offset)]"))
      }
    }
    return Span(id: spanID, startTime: start, endTime: end, spans: children)
  }

  func timestamp(_ id: NodeID, path: String) throws(SpanJSONError) -> Timestamp {
    let text = try string(id, path: path)
    guard let value = Timestamp(rfc3339: text) else {
      throw SpanJSONError(
        path: path, message: "\"\(text)\" is not an RFC 3339 timestamp (e.g. 2024-01-01T00:00:00Z)")
    }
    return value
  }

  func workflow(_ id: NodeID?, path: String) throws(SpanJSONError) -> WorkflowExecutionID {
    guard let id else { return WorkflowExecutionID() }
    let f = try fields(id, path: path)
    return WorkflowExecutionID(
      project: try string(f["project"], path: path + ".project"),
      domain: try string(f["domain"], path: path + ".domain"),
      name: try string(f["name"], path: path + ".name"),
      org: try string(f["org"], path: path + ".org"))
  }

  func node(_ id: NodeID?, path: String) throws(SpanJSONError) -> NodeExecutionID {
    guard let id else { return NodeExecutionID() }
    let f = try fields(id, path: path)
    let execution =
      f["executionId"] == nil ? nil : try workflow(f["executionId"], path: path + ".executionId")
    return NodeExecutionID(
      nodeId: try string(f["nodeId"], path: path + ".nodeId"), executionId: execution)
  }

  func task(_ id: NodeID?, path: String) throws(SpanJSONError) -> TaskExecutionID {
    guard let id else { return TaskExecutionID() }
    let f = try fields(id, path: path)
    let taskID = f["taskId"] == nil ? nil : try identifier(f["taskId"], path: path + ".taskId")
    let nodeID =
      f["nodeExecutionId"] == nil
      ? nil : try node(f["nodeExecutionId"], path: path + ".nodeExecutionId")
    return TaskExecutionID(
      taskId: taskID, nodeExecutionId: nodeID,
      retryAttempt: try uint32(f["retryAttempt"], path: path + ".retryAttempt"))
  }

  func identifier(_ id: NodeID?, path: String) throws(SpanJSONError) -> Identifier {
    guard let id else { return Identifier() }
    let f = try fields(id, path: path)
    return Identifier(
      resourceType: try resourceType(f["resourceType"], path: path + ".resourceType"),
      project: try string(f["project"], path: path + ".project"),
      domain: try string(f["domain"], path: path + ".domain"),
      name: try string(f["name"], path: path + ".name"),
      version: try string(f["version"], path: path + ".version"),
      org: try string(f["org"], path: path + ".org"))
  }

  func resourceType(_ id: NodeID?, path: String) throws(SpanJSONError) -> ResourceType {
    guard let id else { return .unspecified }
    switch tree.resolvedScalar(id) {
    case .string(let name):
      if let type = ResourceType(rawValue: name) { return type }
    case .int(let text):
      // proto3 JSON also allows an enum's number.
      if let number = Int(text), number >= 0, number < ResourceType.allCases.count {
        return ResourceType.allCases[number]
      }
    default: break
    }
    throw SpanJSONError(
      path: path,
      message: "expected one of \(ResourceType.allCases.map(\.rawValue).joined(separator: ", "))")
  }

  func string(_ id: NodeID?, path: String) throws(SpanJSONError) -> String {
    guard let id else { return "" }
    guard case .string(let value) = tree.resolvedScalar(id), tree[id].kind == .scalar else {
      throw SpanJSONError(path: path, message: "expected a JSON string")
    }
    return value
  }

  /// A uint32: a JSON number or, as proto3 JSON allows, a decimal string.
  func uint32(_ id: NodeID?, path: String) throws(SpanJSONError) -> UInt32 {
    guard let id else { return 0 }
    var text: String?
    switch tree.resolvedScalar(id) {
    case .int(let t): text = t
    case .string(let t): text = t
    case .float(let t):
      // `3.0` is an integral number and proto3 JSON accepts it.
      if let value = Double(t), value == value.rounded(), value >= 0, value <= Double(UInt32.max) {
        return UInt32(value)
      }
    default: break
    }
    guard let text, let value = UInt32(text) else {
      throw SpanJSONError(path: path, message: "expected an unsigned 32-bit integer")
    }
    return value
  }

  /// `retry_attempt` → `retryAttempt`.
  func camelCase(_ name: String) -> String {
    guard name.contains("_") else { return name }
    var out = ""
    var upper = false
    for c in name {
      if c == "_" {
        upper = true
      } else {
        out += upper ? c.uppercased() : String(c)
        upper = false
      }
    }
    return out
  }
}
