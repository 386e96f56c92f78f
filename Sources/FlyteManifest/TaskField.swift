/// Where a task's effective value came from (SPEC §3: a task's own keys, its `metadata:`
/// mapping, or the manifest's `defaults:`).
public enum FieldOrigin: Sendable, Equatable {
  case task, metadata, defaults
}

/// Keys of a native task entry (the `@task` keyword arguments) and of its `metadata:` form.
public enum TaskKeys {
  /// Keys that rules validate deeply.
  public static let validated: [String] = [
    "name", "inputs", "outputs", "cache", "cache_version", "cache_serialize",
    "cache_ignore_input_vars", "retries", "timeout", "interruptible", "deprecated",
    "pod_template_name", "enable_deck", "disable_deck", "deck_fields", "metadata",
  ]
  /// Other `@task` keyword arguments: accepted, checked only shallowly.
  public static let passthrough: [String] = [
    "task_config", "container_image", "environment", "requests", "limits", "resources",
    "secret_requests", "execution_mode", "node_dependency_hints", "task_resolver", "docs",
    "pod_template", "accelerator", "pickle_untyped", "shared_memory", "labels", "annotations",
  ]
  /// flyte-lint's own keys.
  public static let own: [String] = ["source", "dependencies", "simulate"]

  public static let all: [String] = validated + passthrough + own

  /// Keys of the `metadata:` (TaskMetadata) form.
  public static let metadata: [String] = [
    "cache", "cache_serialize", "cache_version", "cache_ignore_input_vars", "interruptible",
    "deprecated", "retries", "timeout", "pod_template_name", "generates_deck", "is_eager",
    "labels", "annotations",
  ]

  /// Keys of a Cache object.
  public static let cacheObject: [String] = ["version", "serialize", "ignored_inputs", "salt", "policies"]

  /// Top-level keys of a native manifest.
  public static let topLevel: [String] = ["version", "defaults", "tasks", "workflows", "types"]

  public static let metadataSet = Set(metadata)
  /// Keys whose effective value a task resolves (task keys and metadata keys).
  public static let knownTaskOrMetadata = Set(all + metadata).subtracting(["metadata"])

  /// The exact DeckField values, in flytekit's declaration order.
  public static let deckFields: [String] = ["Input", "Output", "Source Code", "Timeline", "Dependencies"]
}

/// The keys a task resolves an effective value for (`TaskKeys.knownTaskOrMetadata`), each with
/// a slot number.
public enum TaskFieldSlots {
  /// Slot → key name.
  public static let names: [String] = TaskKeys.knownTaskOrMetadata.sorted()
  private static let table = NameTable(names)

  /// The slot of a key name, nil for a name no task field has.
  public static func slot(of name: String) -> Int? { table.index(of: name) }
}

/// A fixed set of short names (keys), looked up by their bytes. Rules ask for keys by name
/// dozens of times per task: a small open-addressing table over FNV-1a finds one without
/// `Hasher`, several times faster than `Set<String>` for these names.
public struct NameTable: Sendable {
  public let names: [String]
  /// Per slot (a power of two, at least 4× the name count): the name's index, its bytes'
  /// offset in `bytes` and their count, packed as index << 32 | offset << 8 | count; 0 when
  /// empty (indexes are stored plus one).
  private let slots: [UInt64]
  private let bytes: [UInt8]

  public init(_ names: [String]) {
    self.names = names
    var size = 16
    while size < names.count * 4 { size *= 2 }
    var slots = [UInt64](repeating: 0, count: size)
    var bytes: [UInt8] = []
    for (index, name) in names.enumerated() {
      let utf8 = Array(name.utf8)
      var position = utf8.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
      while slots[position] != 0 { position = (position + 1) & (size - 1) }
      slots[position] = UInt64(index + 1) << 32 | UInt64(bytes.count) << 8 | UInt64(min(utf8.count, 255))
      bytes += utf8
    }
    self.slots = slots
    self.bytes = bytes
  }

  /// The index of `name` in `names`; nil when absent. (A repeated name: its first index.)
  public func index(of name: String) -> Int? {
    var name = name
    return name.withUTF8 { wanted in
      slots.withUnsafeBufferPointer { slots in
        bytes.withUnsafeBufferPointer { bytes in
          let mask = slots.count - 1
          var position = Self.hash(wanted) & mask
          while true {
            let slot = slots[position]
            guard slot != 0 else { return nil }
            let count = Int(slot & 0xFF)
            let offset = Int(slot >> 8 & 0xFF_FFFF)
            if count == wanted.count && Self.same(bytes, from: offset, wanted) { return Int(slot >> 32) - 1 }
            position = (position + 1) & mask
          }
        }
      }
    }
  }

  public func contains(_ name: String) -> Bool { index(of: name) != nil }

  @inline(__always)
  private static func same(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < wanted.count {
      if bytes[start + i] != wanted[i] { return false }
      i += 1
    }
    return true
  }

  /// FNV-1a over the bytes.
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt32 = 2_166_136_261
    for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
    return Int(h)
  }
}
