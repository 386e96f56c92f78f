import FlyteLint
import FlyteManifest

/// Where a key sits in a manifest: the same name means different things in different places
/// (`version` at the top level is the format version, in a Cache object the cache version).
public enum KeyPlace: Sendable, Hashable, CaseIterable {
  case topLevel
  /// A task entry, or the top-level `defaults:` mapping (which holds task keys).
  case task
  /// A task's `metadata:` (TaskMetadata) mapping.
  case metadata
  /// A Cache object (`cache: {version: …}`).
  case cacheObject
  /// A workflow entry (SPEC §9.6).
  case workflow
  /// A node of a workflow.
  case workflowNode
  /// The long form of an input or output (`{type, default, description}`).
  case parameter

  /// The keys documented for this place.
  public var keys: [String] {
    switch self {
    case .topLevel: return TaskKeys.topLevel
    case .task: return TaskKeys.all
    case .metadata: return TaskKeys.metadata
    case .cacheObject: return TaskKeys.cacheObject
    case .workflow: return KeyDocumentation.workflowKeys
    case .workflowNode: return KeyDocumentation.nodeKeys
    case .parameter: return KeyDocumentation.parameterKeys
    }
  }
}

/// The facts about one key that hover and completion show.
public struct KeyDoc: Sendable, Equatable {
  /// One line: what the key means.
  public var meaning: String
  /// The types or values it accepts.
  public var accepts: String
  /// What flytekit does when the key is absent (nil where flytekit has no such argument).
  public var flytekitDefault: String?
  /// Codes of the rules that judge it.
  public var rules: [String]

  init(
    _ meaning: String, accepts: String, default flytekitDefault: String? = nil, rules: [String] = []
  ) {
    self.meaning = meaning
    self.accepts = accepts
    self.flytekitDefault = flytekitDefault
    self.rules = rules
  }
}

/// Markdown documentation of every key a manifest can hold, taken from SPEC §3, §9.6 and the
/// flytekit 1.16 defaults. The tables live in `KeyDocumentation+Tables.swift`.
public enum KeyDocumentation {
  /// Keys of a workflow entry (SPEC §9.6; read by `ManifestBuilder` and the simulator).
  public static let workflowKeys = ["name", "inputs", "nodes", "outputs", "simulate"]
  /// Keys of a workflow node, overrides included.
  public static let nodeKeys = [
    "id", "task", "inputs", "retries", "timeout", "interruptible", "cache",
  ]
  /// Keys of an input's or output's long form.
  public static let parameterKeys = ["type", "default", "description"]

  /// The facts about `key` in `place`; nil for a key that place does not have.
  public static func doc(for key: String, in place: KeyPlace) -> KeyDoc? {
    switch place {
    case .topLevel: return topLevelDocs[key]
    case .task: return taskDocs[key]
    case .metadata: return metadataDoc(key)
    case .cacheObject: return cacheObjectDocs[key]
    case .workflow: return workflowDocs[key]
    case .workflowNode: return nodeDocs[key]
    case .parameter: return parameterDocs[key]
    }
  }

  /// The hover/completion Markdown of `key` in `place`.
  public static func markdown(for key: String, in place: KeyPlace) -> String? {
    doc(for: key, in: place).map { render(key: key, $0) }
  }

  /// Renders one key's facts: a heading line, then meaning, values, default and rules.
  public static func render(key: String, _ doc: KeyDoc) -> String {
    var out = "**`\(key)`** — \(doc.meaning)\n\n"
    out += "- Accepts: \(doc.accepts)\n"
    if let flytekitDefault = doc.flytekitDefault {
      out += "- flytekit default: \(flytekitDefault)\n"
    }
    if !doc.rules.isEmpty {
      let named = doc.rules.map { code in
        RuleRegistry.rule(named: code).map { "`\(code)` \($0.description.name)" } ?? "`\(code)`"
      }
      out += "- Checked by: \(named.joined(separator: ", "))\n"
    }
    return out
  }

  /// What one DeckField value shows (the exact strings of `TaskKeys.deckFields`).
  public static func deckField(_ value: String) -> String? {
    guard let text = deckFieldDocs[value] else { return nil }
    return "**DeckField `\(value)`** — \(text)\n\n"
      + "flytekit's default `deck_fields` is all five (Source Code, Dependencies, Timeline, Input, Output); "
      + "decks are produced only when `enable_deck: true`.\n"
  }

  /// flyteidl (lowerCamelCase) names of task metadata, mapped to the native key they stand for
  /// (SPEC §4).
  public static let flyteidlNames: [String: String] = [
    "discoverable": "cache", "discoveryVersion": "cache_version",
    "cacheSerializable": "cache_serialize",
    "cacheIgnoreInputVars": "cache_ignore_input_vars", "retries": "retries", "timeout": "timeout",
    "interruptible": "interruptible", "deprecatedErrorMessage": "deprecated",
    "podTemplateName": "pod_template_name", "generatesDeck": "generates_deck",
    "isEager": "is_eager",
  ]

  /// A `metadata:` key: its own entry when TaskMetadata gives it another meaning, else the task
  /// key's facts (the two forms set the same field).
  private static func metadataDoc(_ key: String) -> KeyDoc? {
    guard TaskKeys.metadataSet.contains(key) else { return nil }
    if let own = metadataOnlyDocs[key] { return own }
    guard var doc = taskDocs[key] else { return nil }
    doc.meaning += " (TaskMetadata form; setting it here and at task level too is FL009)"
    if !doc.rules.contains("FL009") { doc.rules.append("FL009") }
    return doc
  }
}
