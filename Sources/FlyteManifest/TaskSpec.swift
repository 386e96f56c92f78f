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
///
/// Every rule walks every task: the parts sit in one shared, never-mutated box, so handing a
/// task around is one reference count rather than one per array and dictionary.
public struct TaskSpec: Sendable {
  public enum Format: Sendable { case native, flyteidl }

  /// What a task is made of, while a builder fills it in.
  struct Parts: Sendable {
    var format: Format
    var entry: NodeID
    var name: String?
    var nameNode: NodeID?
    var identity: [String: String] = [:]
    var ownEntries: [MappingEntry] = []
    var metadataEntries: [MappingEntry] = []
    var metadataNode: NodeID?
    /// Effective values by `TaskFieldSlots` slot.
    var slots = [FieldRef?](repeating: nil, count: TaskFieldSlots.names.count)
    var inputs: [Parameter] = []
    var outputs: [Parameter] = []
    var inputsNode: NodeID?

    init(format: Format, entry: NodeID) {
      self.format = format
      self.entry = entry
    }

    /// Sets the effective value of a known key; other names are ignored.
    mutating func set(_ name: String, _ field: FieldRef) {
      if let slot = TaskFieldSlots.slot(of: name) { slots[slot] = field }
    }

    func field(_ name: String) -> FieldRef? { TaskFieldSlots.slot(of: name).flatMap { slots[$0] } }
  }

  private final class Storage: Sendable {
    let parts: Parts
    init(_ parts: Parts) { self.parts = parts }
  }
  private let storage: Storage

  init(_ parts: Parts) { storage = Storage(parts) }

  public var format: Format { storage.parts.format }
  /// The task's mapping node.
  public var entry: NodeID { storage.parts.entry }
  public var name: String? { storage.parts.name }
  public var nameNode: NodeID? { storage.parts.nameNode }
  /// flyteidl identity parts (project, domain, version) when known.
  public var identity: [String: String] { storage.parts.identity }
  /// The entry's own keys, in order (duplicates included).
  public var ownEntries: [MappingEntry] { storage.parts.ownEntries }
  /// The `metadata:` mapping's keys (native `TaskMetadata` form), in order.
  public var metadataEntries: [MappingEntry] { storage.parts.metadataEntries }
  public var metadataNode: NodeID? { storage.parts.metadataNode }
  /// The effective value of each key: own, else `metadata:`, else the manifest's `defaults:`.
  public var fields: [String: FieldRef] {
    var fields: [String: FieldRef] = [:]
    for (slot, field) in storage.parts.slots.enumerated() {
      if let field { fields[TaskFieldSlots.names[slot]] = field }
    }
    return fields
  }
  public var inputs: [Parameter] { storage.parts.inputs }
  public var outputs: [Parameter] { storage.parts.outputs }
  /// The `inputs:` node, when present.
  public var inputsNode: NodeID? { storage.parts.inputsNode }

  public func field(_ name: String) -> FieldRef? { storage.parts.field(name) }

  /// The effective value at a slot of `TaskFieldSlots` (for callers that look the same names
  /// up for every task: resolve the slot once).
  public func field(slot: Int) -> FieldRef? {
    storage.parts.slots.indices.contains(slot) ? storage.parts.slots[slot] : nil
  }

  /// Input names, in order.
  public var inputNames: [String] { inputs.map(\.name) }
}
