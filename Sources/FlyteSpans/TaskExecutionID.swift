// flyteidl.core identifier (identifier.proto). Proto field names; an empty string or zero
// means "not set", as in proto3.

/// `flyteidl.core.TaskExecutionIdentifier`.
public struct TaskExecutionID: Hashable, Sendable {
  public var taskId: Identifier?
  public var nodeExecutionId: NodeExecutionID?
  public var retryAttempt: UInt32

  public init(
    taskId: Identifier? = nil, nodeExecutionId: NodeExecutionID? = nil, retryAttempt: UInt32 = 0
  ) {
    self.taskId = taskId
    self.nodeExecutionId = nodeExecutionId
    self.retryAttempt = retryAttempt
  }
}
