import FlyteSyntax

/// Reads a document's tree into the manifest model: recognises its kind (SPEC §2.1) and builds
/// a `TaskSpec` per task, keeping the nodes every value came from.
struct ManifestBuilder {
  let tree: SyntaxTree

  func document(index: Int, root: NodeID?) -> ManifestDocument {
    var document = ManifestDocument(index: index, kind: .other, root: root)
    guard let root else { return document }
    if isNative(root) {
      document.kind = .native
      buildNative(root, into: &document)
    } else if let templates = flyteidlTemplates(root), !templates.isEmpty {
      document.kind = .flyteidl
      document.tasks = templates.map { FlyteIDLTaskBuilder(tree: tree).task(outer: $0.outer, template: $0.template) }
    }
    return document
  }

  // MARK: detection

  private func isNative(_ root: NodeID) -> Bool {
    guard tree.isMapping(root) else { return false }
    if let tasks = tree.value(of: "tasks", in: root) {
      if tree.isSequence(tasks) && tree.items(of: tree.resolved(tasks)).isEmpty { return true }
      if entriesCarry(tasks, keys: Self.taskKeys) { return true }
    }
    if let workflows = tree.value(of: "workflows", in: root), entriesCarry(workflows, keys: Self.workflowKeys) {
      return true
    }
    return false
  }

  /// A sequence of mappings or a mapping of mappings, some entry carrying one of `keys`.
  private func entriesCarry(_ id: NodeID, keys: NameTable) -> Bool {
    entryNodes(id).contains { entry in
      guard tree.isMapping(entry) else { return false }
      // Key by key, stopping at the first known one (usually the first key of the first task).
      let list = tree.children(of: tree.resolved(entry))
      return stride(from: list.startIndex, to: list.endIndex, by: 2).contains { position in
        let key = tree.resolved(NodeID(list[position]))
        return tree[key].kind == .scalar && keys.contains(tree.scalarValue(key))
      }
    }
  }

  private static let taskKeys = NameTable(TaskKeys.all)
  private static let workflowKeys = NameTable(["nodes"])

  /// The entries of a `tasks:` / `workflows:` value: items of a sequence, values of a mapping.
  private func entryNodes(_ id: NodeID) -> [NodeID] {
    let target = tree.resolved(id)
    if tree.isSequence(target) { return tree.items(of: target) }
    if tree.isMapping(target) { return tree.entries(of: target).map(\.value) }
    return []
  }

  /// flyteidl task shapes: `{id, closure: {compiledTask: {template}}}`, `{template}`, a bare
  /// template, or a list of those.
  private func flyteidlTemplates(_ root: NodeID) -> [(outer: NodeID, template: NodeID)]? {
    let target = tree.resolved(root)
    if tree.isSequence(target) {
      let found = tree.items(of: target).compactMap { flyteidlTemplate($0) }
      return found.isEmpty ? nil : found
    }
    return flyteidlTemplate(target).map { [$0] }
  }

  private func flyteidlTemplate(_ id: NodeID) -> (outer: NodeID, template: NodeID)? {
    guard tree.isMapping(id) else { return nil }
    if let closure = tree.value(of: "closure", in: id), tree.isMapping(closure),
      let compiled = tree.value(of: "compiledTask", in: closure), tree.isMapping(compiled),
      let template = tree.value(of: "template", in: compiled), tree.isMapping(template)
    {
      return (id, template)
    }
    if let template = tree.value(of: "template", in: id), tree.isMapping(template) {
      let names = Set(tree.entries(of: template).map(\.name))
      if names.contains("type") || names.contains("interface") { return (id, template) }
    }
    let names = Set(tree.entries(of: id).map(\.name))
    if let identity = tree.value(of: "id", in: id), tree.isMapping(identity),
      let kind = tree.value(of: "resourceType", in: identity), tree.string(kind) == "TASK"
    {
      return (id, id)
    }
    if names.contains("type") && names.contains("metadata") && names.contains("interface") {
      return (id, id)
    }
    return nil
  }

  // MARK: native

  private func buildNative(_ root: NodeID, into document: inout ManifestDocument) {
    var defaults: [MappingEntry] = []
    if let node = tree.value(of: "defaults", in: root), tree.isMapping(node) {
      document.defaultsNode = node
      defaults = tree.entries(of: node)
    }
    if let node = tree.value(of: "types", in: root), tree.isMapping(node) { document.typesNode = node }
    if let tasks = tree.value(of: "tasks", in: root) {
      let target = tree.resolved(tasks)
      if tree.isMapping(target) {
        for entry in tree.entries(of: target) {
          guard tree.isMapping(entry.value) else {
            document.malformedEntries.append(entry.value)
            continue
          }
          // A task keyed by its name in a `tasks:` mapping.
          document.tasks.append(nativeTask(tree.resolved(entry.value), defaults: defaults, mappingKey: entry))
        }
      } else if tree.isSequence(target) {
        for item in tree.items(of: target) {
          if tree.isMapping(item) {
            document.tasks.append(nativeTask(tree.resolved(item), defaults: defaults))
          } else {
            document.malformedEntries.append(item)
          }
        }
      }
    }
    if let workflows = tree.value(of: "workflows", in: root) {
      for entry in entryNodes(workflows) where tree.isMapping(entry) {
        let target = tree.resolved(entry)
        var workflow = WorkflowSpec(entry: target)
        if let name = tree.value(of: "name", in: target) {
          workflow.name = tree.string(name)
          workflow.nameNode = name
        }
        if let inputs = tree.value(of: "inputs", in: target), tree.isMapping(inputs) {
          workflow.inputs = parameters(inputs)
        }
        if let nodes = tree.value(of: "nodes", in: target) {
          workflow.nodes = entryNodes(nodes).filter { tree.isMapping($0) }.map { workflowNode(tree.resolved($0)) }
        }
        if let outputs = tree.value(of: "outputs", in: target) { workflow.outputs = bindings(outputs) }
        document.workflows.append(workflow)
      }
    }
  }

  private func nativeTask(_ entry: NodeID, defaults: [MappingEntry], mappingKey: MappingEntry? = nil) -> TaskSpec {
    var task = TaskSpec.Parts(format: .native, entry: entry)
    task.ownEntries = tree.entries(of: entry)
    if let name = task.ownEntries.last(where: { $0.name == "name" }) {
      task.nameNode = name.value
      task.name = tree.string(name.value)
    }
    if let metadata = task.ownEntries.last(where: { $0.name == "metadata" }), tree.isMapping(metadata.value) {
      task.metadataNode = metadata.value
      task.metadataEntries = tree.entries(of: metadata.value)
    }
    // Lowest precedence first, so later assignments win: defaults, then metadata, then own
    // keys; within each, the last of repeated keys.
    for entry in defaults where entry.name != "name" {
      task.set(entry.name, FieldRef(key: entry.key, value: entry.value, origin: .defaults))
    }
    for entry in task.metadataEntries where TaskKeys.metadataSet.contains(entry.name) {
      task.set(entry.name, FieldRef(key: entry.key, value: entry.value, origin: .metadata))
    }
    for entry in task.ownEntries where entry.name != "metadata" {
      task.set(entry.name, FieldRef(key: entry.key, value: entry.value, origin: .task))
    }
    if let inputs = task.field("inputs"), tree.isMapping(inputs.value) {
      task.inputsNode = inputs.value
      task.inputs = parameters(inputs.value)
    }
    if let outputs = task.field("outputs"), tree.isMapping(outputs.value) {
      task.outputs = parameters(outputs.value)
    }
    if task.name == nil, let mappingKey {
      task.name = mappingKey.name
      task.nameNode = mappingKey.key
    }
    return TaskSpec(task)
  }

  private func workflowNode(_ entry: NodeID) -> WorkflowNode {
    var node = WorkflowNode(entry: entry)
    if let id = tree.value(of: "id", in: entry) {
      node.idNode = id
      node.id = tree.string(id)
    }
    if let task = tree.value(of: "task", in: entry) {
      node.taskNode = task
      node.task = tree.string(task)
    }
    if let inputs = tree.value(of: "inputs", in: entry) { node.bindings = bindings(inputs) }
    return node
  }

  /// `name: value` or `name: {from: SOURCE.OUTPUT}`.
  private func bindings(_ mapping: NodeID) -> [Binding] {
    tree.entries(of: mapping).map { entry in
      var binding = Binding(name: entry.name, key: entry.key, value: entry.value)
      if tree.isMapping(entry.value), let from = tree.value(of: "from", in: entry.value) {
        binding.fromNode = from
        if let text = tree.string(from), let dot = text.firstIndex(of: ".") {
          binding.source = String(text[..<dot])
          binding.output = String(text[text.index(after: dot)...])
        } else {
          binding.source = tree.string(from)
        }
      }
      return binding
    }
  }

  /// `name: type` or `name: {type, default, description}`.
  private func parameters(_ mapping: NodeID) -> [Parameter] {
    tree.entries(of: mapping).map { entry in
      var parameter = Parameter(name: entry.name, key: entry.key)
      if tree.isMapping(entry.value) {
        if let type = tree.value(of: "type", in: entry.value) {
          parameter.typeNode = type
          parameter.type = tree.string(type)
        }
        parameter.defaultNode = tree.value(of: "default", in: entry.value)
      } else if !tree.isNull(entry.value) {
        parameter.typeNode = entry.value
        parameter.type = tree.string(entry.value)
      }
      return parameter
    }
  }
}
