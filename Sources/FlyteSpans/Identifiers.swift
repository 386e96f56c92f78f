// flyteidl.core identifiers (identifier.proto), the members of a Span's `id` oneof.
// Field names follow the proto; an empty string or zero means "not set", as in proto3.

/// `flyteidl.core.ResourceType`.
public enum ResourceType: String, Hashable, Sendable, CaseIterable {
  case unspecified = "UNSPECIFIED"
  case task = "TASK"
  case workflow = "WORKFLOW"
  case launchPlan = "LAUNCH_PLAN"
  case dataset = "DATASET"
}

/// `flyteidl.core.Identifier`.
public struct Identifier: Hashable, Sendable {
  public var resourceType: ResourceType
  public var project: String
  public var domain: String
  public var name: String
  public var version: String
  public var org: String

  public init(
    resourceType: ResourceType = .unspecified, project: String = "", domain: String = "",
    name: String = "", version: String = "", org: String = ""
  ) {
    self.resourceType = resourceType
    self.project = project
    self.domain = domain
    self.name = name
    self.version = version
    self.org = org
  }
}

/// `flyteidl.core.WorkflowExecutionIdentifier`.
public struct WorkflowExecutionID: Hashable, Sendable {
  public var project: String
  public var domain: String
  public var name: String
  public var org: String

  public init(project: String = "", domain: String = "", name: String = "", org: String = "") {
    self.project = project
    self.domain = domain
    self.name = name
    self.org = org
  }
}

/// `flyteidl.core.NodeExecutionIdentifier`.
public struct NodeExecutionID: Hashable, Sendable {
  public var nodeId: String
  public var executionId: WorkflowExecutionID?

  public init(nodeId: String = "", executionId: WorkflowExecutionID? = nil) {
    self.nodeId = nodeId
    self.executionId = executionId
  }
}

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
