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

  public static let allSet = Set(all)
  public static let metadataSet = Set(metadata)
  /// Keys whose effective value a task resolves (task keys and metadata keys).
  public static let knownTaskOrMetadata = Set(all + metadata).subtracting(["metadata"])

  /// The exact DeckField values, in flytekit's declaration order.
  public static let deckFields: [String] = ["Input", "Output", "Source Code", "Timeline", "Dependencies"]
}

/// The keys a task resolves an effective value for (`TaskKeys.knownTaskOrMetadata`), each with
/// a slot number. Rules ask a task for its fields by name dozens of times per task: a small
/// open-addressing table over the name's bytes finds the slot without `Hasher`.
public enum TaskFieldSlots {
  /// Slot → key name.
  public static let names: [String] = TaskKeys.knownTaskOrMetadata.sorted()
  /// The names' bytes, one buffer: slot `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
  private static let bytes: [UInt8] = names.flatMap(\.utf8)
  private static let offsets: [Int] = names.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.utf8.count) }

  private static let tableSize = 256  // a power of two, well over 4× the key count
  private static let table: [Int16] = {
    var table = [Int16](repeating: -1, count: tableSize)
    for (slot, name) in names.enumerated() {
      let utf8 = Array(name.utf8)
      var position = utf8.withUnsafeBufferPointer { hash($0) } & (tableSize - 1)
      while table[position] >= 0 { position = (position + 1) & (tableSize - 1) }
      table[position] = Int16(slot)
    }
    return table
  }()

  /// The slot of a key name, nil for a name no task field has.
  public static func slot(of name: String) -> Int? {
    var name = name
    return name.withUTF8 { wanted in
      table.withUnsafeBufferPointer { table in
        bytes.withUnsafeBufferPointer { bytes in
          offsets.withUnsafeBufferPointer { offsets in
            var position = hash(wanted) & (tableSize - 1)
            while true {
              let slot = Int(table[position])
              guard slot >= 0 else { return nil }
              let start = offsets[slot]
              let end = offsets[slot + 1]
              if end - start == wanted.count && same(bytes, from: start, wanted) { return slot }
              position = (position + 1) & (tableSize - 1)
            }
          }
        }
      }
    }
  }

  /// True when `bytes[start...]` begins with `wanted` (the caller checked the length).
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
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt32 = 2_166_136_261
    for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
    return Int(h)
  }
}
