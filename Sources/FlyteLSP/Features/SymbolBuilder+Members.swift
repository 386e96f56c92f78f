import FlyteManifest
import FlyteSyntax

extension SymbolBuilder {
  // MARK: tasks

  func taskSymbol(_ task: TaskSpec, range: ByteRange, key: NodeID?) -> SymbolItem {
    let keyName = key.map { tree.scalarValue(tree.resolved($0)) }
    var children = parameterSymbols(task.inputs, in: parameterMapping(task, "inputs"), kind: .input)
    children += parameterSymbols(task.outputs, in: parameterMapping(task, "outputs"), kind: .output)
    return SymbolItem(
      name: Self.nonEmpty(task.name ?? keyName, "(unnamed task)"), detail: taskDetail(task),
      kind: .task,
      range: range, selectionRange: selection([task.nameNode, key], within: range),
      children: children.filter { range.covers($0.range) })
  }

  /// The mapping that holds a task's inputs or outputs, as the model read them.
  private func parameterMapping(_ task: TaskSpec, _ side: String) -> NodeID? {
    switch task.format {
    case .native:
      return task.field(side)?.value
    case .flyteidl:
      return tree.value(of: "interface", in: task.entry)
        .flatMap { tree.value(of: side, in: $0) }
        .flatMap { tree.value(of: "variables", in: $0) }
    }
  }

  private func parameterSymbols(
    _ parameters: [Parameter], in mapping: NodeID?, kind: SymbolItem.Kind
  ) -> [SymbolItem] {
    guard let mapping else { return [] }
    var values: [NodeID: NodeID] = [:]
    for entry in tree.entries(of: mapping) { values[entry.key] = entry.value }
    return parameters.compactMap { parameter in
      guard let value = values[parameter.key] else { return nil }
      var detail = parameter.type
      if detail == nil, tree.isMapping(value), let type = parameter.typeNode {
        detail = LiteralTypeReader.read(type, in: tree).type?.description
      }
      return SymbolItem(
        name: Self.nonEmpty(parameter.name, "(unnamed)"), detail: detail, kind: kind,
        range: entryRange(value, KeyedEntry(key: parameter.key, value: value)),
        selectionRange: tree[parameter.key].contentRange)
    }
  }

  /// `version v2 · cache v1 · retries 3 · timeout 5m`: the effective values that matter most
  /// when picking a task from a list; nil when none is set.
  private func taskDetail(_ task: TaskSpec) -> String? {
    var parts: [String] = []
    if task.format == .flyteidl, let version = task.identity["version"] {
      parts.append("version \(version)")
    }
    if let cache = task.field("cache") {
      if tree.isMapping(cache.value) {
        let version = tree.value(of: "version", in: cache.value).flatMap { scalarText($0) }
        parts.append(version.map { "cache \($0)" } ?? "cache")
      } else if case .bool(true) = tree.scalar(cache.value) {
        let version = task.field("cache_version").flatMap { scalarText($0.value) }
        parts.append(version.map { "cache \($0)" } ?? "cache")
      }
    }
    if let retries = task.field("retries"), case .int(let count) = tree.scalar(retries.value) {
      parts.append("retries \(count)")
    }
    if let timeout = task.field("timeout") {
      let reading =
        task.format == .native
        ? DurationParser.timeout(timeout.value, in: tree)
        : DurationParser.flyteIDLTimeout(timeout.value, in: tree)
      if let duration = reading?.parse.value, !duration.isZero {
        parts.append("timeout \(duration)")
      }
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  // MARK: workflows

  func workflowSymbol(_ workflow: WorkflowSpec, keyed: KeyedEntry?) -> SymbolItem {
    let range = entryRange(workflow.entry, keyed)
    let keyName = keyed.map { tree.scalarValue(tree.resolved($0.key)) }
    let inputs = tree.value(of: "inputs", in: workflow.entry)
    var children = parameterSymbols(workflow.inputs, in: inputs, kind: .input)
    let nodeKeys = keyedEntries(of: tree.value(of: "nodes", in: workflow.entry))
    children += workflow.nodes.map { nodeSymbol($0, keyed: nodeKeys[$0.entry]) }
    children += workflow.outputs.map { output in
      let source = output.fromNode.flatMap { scalarText($0) }
      return SymbolItem(
        name: Self.nonEmpty(output.name, "(unnamed)"), detail: source, kind: .output,
        range: entryRange(output.value, KeyedEntry(key: output.key, value: output.value)),
        selectionRange: tree[output.key].contentRange)
    }
    let count = workflow.nodes.count
    return SymbolItem(
      name: Self.nonEmpty(workflow.name ?? keyName, "(unnamed workflow)"),
      detail: count == 1 ? "1 node" : "\(count) nodes", kind: .workflow, range: range,
      selectionRange: selection([workflow.nameNode, keyed?.key], within: range),
      children: children.filter { range.covers($0.range) }.sorted {
        $0.range.start < $1.range.start
      })
  }

  private func nodeSymbol(_ node: WorkflowNode, keyed: KeyedEntry?) -> SymbolItem {
    let range = entryRange(node.entry, keyed)
    let keyName = keyed.map { tree.scalarValue(tree.resolved($0.key)) }
    return SymbolItem(
      name: Self.nonEmpty(
        node.id ?? node.idNode.flatMap { scalarText($0) } ?? keyName ?? node.task, "(node)"),
      detail: node.task, kind: .node,
      range: range,
      selectionRange: selection([node.idNode, keyed?.key, node.taskNode], within: range))
  }
}
