import FlyteSyntax

/// A task's effective value for one key: the nodes it came from.
public struct FieldRef: Sendable {
  /// The key node (nil when the value has no key of its own, e.g. a flyteidl default).
  public var key: NodeID?
  public var value: NodeID
  public var origin: FieldOrigin
}

/// One input or output of a task's interface.
public struct Parameter: Sendable {
  public var name: String
  public var key: NodeID
  /// The type expression (a string), when given.
  public var type: String?
  /// The node holding the type (the value, or the `type:` of the long form).
  public var typeNode: NodeID?
  /// The `default:` node of the long form.
  public var defaultNode: NodeID?
}

/// A task as the rules see it, whichever format it was written in. Keys use the native
/// snake_case names (`cache_version`, …); flyteidl fields are mapped onto them.
public struct TaskSpec: Sendable {
  public enum Format: Sendable { case native, flyteidl }

  public var format: Format
  /// The task's mapping node.
  public var entry: NodeID
  public var name: String?
  public var nameNode: NodeID?
  /// flyteidl identity parts (project, domain, version) when known.
  public var identity: [String: String] = [:]
  /// The entry's own keys, in order (duplicates included).
  public var ownEntries: [MappingEntry] = []
  /// The `metadata:` mapping's keys (native `TaskMetadata` form), in order.
  public var metadataEntries: [MappingEntry] = []
  public var metadataNode: NodeID?
  /// The effective value of each key: own, else `metadata:`, else the manifest's `defaults:`.
  public var fields: [String: FieldRef] = [:]
  public var inputs: [Parameter] = []
  public var outputs: [Parameter] = []
  /// The `inputs:` node, when present.
  public var inputsNode: NodeID?

  public init(format: Format, entry: NodeID) {
    self.format = format
    self.entry = entry
  }

  public func field(_ name: String) -> FieldRef? { fields[name] }

  /// Input names, in order.
  public var inputNames: [String] { inputs.map(\.name) }
}
