import FlyteSyntax

/// Maps a flyteidl `TaskTemplate` (proto3 JSON, lowerCamelCase) onto a `TaskSpec` (SPEC §4).
struct FlyteIDLTaskBuilder {
  let tree: SyntaxTree

  /// flyteidl `TaskMetadata` field → native key.
  static let metadataFields: [(camel: String, native: String)] = [
    ("discoverable", "cache"), ("discoveryVersion", "cache_version"),
    ("cacheSerializable", "cache_serialize"), ("cacheIgnoreInputVars", "cache_ignore_input_vars"),
    ("timeout", "timeout"), ("interruptible", "interruptible"),
    ("deprecatedErrorMessage", "deprecated"), ("podTemplateName", "pod_template_name"),
    ("generatesDeck", "generates_deck"),
  ]

  func task(outer: NodeID, template: NodeID) -> TaskSpec {
    var task = TaskSpec.Parts(format: .flyteidl, entry: template)
    task.ownEntries = tree.entries(of: template)
    let identity = tree.value(of: "id", in: template) ?? tree.value(of: "id", in: outer)
    if let identity, tree.isMapping(identity) {
      for part in ["project", "domain", "name", "version"] {
        if let node = tree.value(of: part, in: identity), let text = tree.string(node) {
          task.identity[part] = text
          if part == "name" {
            task.name = text
            task.nameNode = node
          }
        }
      }
    }
    if let metadata = tree.value(of: "metadata", in: template), tree.isMapping(metadata) {
      task.metadataNode = metadata
      task.metadataEntries = tree.entries(of: metadata)
      for (camel, native) in Self.metadataFields {
        if let entry = task.metadataEntries.last(where: { $0.name == camel }) {
          task.set(native, FieldRef(key: entry.key, value: entry.value, origin: .metadata))
        }
      }
      if let retries = task.metadataEntries.last(where: { $0.name == "retries" }) {
        if let inner = tree.entries(of: retries.value).last(where: { $0.name == "retries" }) {
          task.set("retries", FieldRef(key: inner.key, value: inner.value, origin: .metadata))
        }
      }
    }
    if let interface = tree.value(of: "interface", in: template), tree.isMapping(interface) {
      task.inputs = variables(interface, "inputs")
      task.outputs = variables(interface, "outputs")
      if let inputs = tree.value(of: "inputs", in: interface) {
        task.inputsNode = tree.value(of: "variables", in: inputs)
      }
    }
    return TaskSpec(task)
  }

  private func variables(_ interface: NodeID, _ side: String) -> [Parameter] {
    guard let block = tree.value(of: side, in: interface),
      let variables = tree.value(of: "variables", in: block)
    else { return [] }
    return tree.entries(of: variables).map { entry in
      var parameter = Parameter(name: entry.name, key: entry.key)
      parameter.typeNode = tree.value(of: "type", in: entry.value)
      return parameter
    }
  }
}
