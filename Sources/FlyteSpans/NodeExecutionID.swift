// flyteidl.core identifier (identifier.proto). Proto field names; an empty string or zero
// means "not set", as in proto3.

/// `flyteidl.core.NodeExecutionIdentifier`.
public struct NodeExecutionID: Hashable, Sendable {
  public var nodeId: String
  public var executionId: WorkflowExecutionID?

  public init(nodeId: String = "", executionId: WorkflowExecutionID? = nil) {
    self.nodeId = nodeId
    self.executionId = executionId
  }
}
