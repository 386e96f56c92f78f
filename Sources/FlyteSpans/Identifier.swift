// flyteidl.core identifier (identifier.proto). Proto field names; an empty string or zero
// means "not set", as in proto3.

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
