/// `flyteidl.core.Span` (metrics.proto): the time an execution entity or one of its
/// operations took, broken down into child spans.
public struct Span: Hashable, Sendable {
  public var startTime: Timestamp
  public var endTime: Timestamp
  public var id: SpanID
  /// Child spans, in the order they are reported.
  public var spans: [Span]

  public init(id: SpanID, startTime: Timestamp, endTime: Timestamp, spans: [Span] = []) {
    self.id = id
    self.startTime = startTime
    self.endTime = endTime
    self.spans = spans
  }
}

/// The `id` oneof of a Span.
public enum SpanID: Hashable, Sendable {
  case workflow(WorkflowExecutionID)
  case node(NodeExecutionID)
  case task(TaskExecutionID)
  /// An operation such as `TASK_RUNTIME` or `NODE_SETUP`.
  case operation(String)
}

/// The operation ids Flyte Admin reports (flyteadmin's metrics manager).
public enum SpanOperation {
  public static let nodeIdle = "NODE_IDLE"
  public static let nodeReset = "NODE_RESET"
  public static let nodeSetup = "NODE_SETUP"
  public static let nodeTeardown = "NODE_TEARDOWN"
  public static let nodeTransition = "NODE_TRANSITION"
  public static let taskRuntime = "TASK_RUNTIME"
  public static let taskSetup = "TASK_SETUP"
  public static let taskTeardown = "TASK_TEARDOWN"
  public static let workflowSetup = "WORKFLOW_SETUP"
  public static let workflowTeardown = "WORKFLOW_TEARDOWN"
}
