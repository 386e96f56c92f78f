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
