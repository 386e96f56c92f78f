import FlyteSyntax

/// Reads Span JSON in proto3 JSON form: a bare `Span`, or Flyte Admin's
/// `WorkflowExecutionGetMetricsResponse` (`{"span": {...}}`). Field names are accepted in
/// lowerCamelCase and in the proto's snake_case (proto3 JSON parsers take both); unknown
/// fields are ignored so newer Admin versions still read.
public enum SpanJSON {
  public static func decode(_ bytes: [UInt8]) throws(SpanJSONError) -> Span {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw SpanJSONError(path: "", message: "empty input: expected a Span JSON object")
    }
    // The parser caps nesting (SyntaxLimits.maxDepth), which bounds the recursion below.
    let tree = SyntaxTree.parseJSON(bytes)
    if let error = tree.errors.first {
      let position = LineIndex(bytes).position(at: error.range.lowerBound)
      throw SpanJSONError(
        path: "",
        message:
          "invalid JSON at line \(position.line), column \(position.column): \(error.message)")
    }
    guard let root = tree.documents.first?.root else {
      throw SpanJSONError(path: "", message: "empty input: expected a Span JSON object")
    }
    let reader = SpanJSONReader(tree: tree)
    guard tree[root].kind == .mapping else {
      throw SpanJSONError(path: "$", message: "expected a JSON object (a Span or {\"span\": ...})")
    }
    let fields = try reader.fields(root, path: "$")
    // A response wraps the span; a bare span has no `span` field.
    if let wrapped = fields["span"], fields.keys.allSatisfy({ !spanFieldNames.contains($0) }) {
      return try reader.span(wrapped, path: "$.span")
    }
    return try reader.span(root, path: "$")
  }

  public static func decode(_ text: String) throws(SpanJSONError) -> Span {
    try decode(Array(text.utf8))
  }

  static let spanFieldNames: Set<String> = [
    "startTime", "start_time", "endTime", "end_time", "workflowId", "workflow_id", "nodeId",
    "node_id",
    "taskId", "task_id", "operationId", "operation_id", "spans",
  ]
}
