/// The `id` oneof of a Span.
public enum SpanID: Hashable, Sendable {
  case workflow(WorkflowExecutionID)
  case node(NodeExecutionID)
  case task(TaskExecutionID)
  /// An operation such as `TASK_RUNTIME` or `NODE_SETUP`.
  case operation(String)
}
