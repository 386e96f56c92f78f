// flyteidl.core identifier (identifier.proto). Proto field names; an empty string or zero
// means "not set", as in proto3.

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
