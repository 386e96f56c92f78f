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
