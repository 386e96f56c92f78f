import FlyteManifest
import FlyteSyntax

/// A workflow on the virtual clock (SPEC §9.6): a node starts when the nodes it reads from
/// have ended, so independent nodes overlap; nodes run in order of start time (declaration
/// order on ties). The first failure fails the workflow at its end time: nodes that had not
/// started by then, or that need a failed node's output, are reported as skipped.
struct WorkflowRun {
  var workflow: WorkflowSpec
  var file: ManifestFile
  var options: SimulationOptions
  var executionID: String
  /// The workflow's `simulate.platform` over the defaults.
  var platform: PlatformOverheads

  var tree: SyntaxTree { file.tree }

  var name: String { workflow.name ?? "workflow" }

  func run(inputs: [String: NodeInput]) -> RunRecord {
    let models = taskModels()
    let store = options.cacheDirectory.map(CacheStore.init(directory:))
    var records: [String: NodeRecord] = [:]
    var metrics: [MetricRecord] = []
    var logs: [LogRecord] = []
    var failure: (at: Int64, error: AttemptError?)?
    /// cache key → virtual time its entry is written (for keys written during this run).
    var writtenAt: [String: Int64] = [:]
    var pending = Array(workflow.nodes.indices)
    while true {
      // The ready node that starts first.
      var best: (index: Int, start: Int64)?
      for index in pending {
        guard let start = readyTime(workflow.nodes[index], records) else { continue }
        if best == nil || start < (best?.start ?? 0) { best = (index, start) }
      }
      guard let chosen = best else { break }
      pending.removeAll { $0 == chosen.index }
      let node = workflow.nodes[chosen.index]
      let id = node.id ?? "n\(chosen.index)"
      if let failure, chosen.start >= failure.at { continue }
      guard let taskName = node.task, let model = models[taskName] else { continue }
      var context = nodeContext(node, id: id, task: model)
      var start = chosen.start
      var executor = NodeExecutor(task: model, tree: tree, context: context, cache: store)
      executor.platform = platform
      if let settings = context.cache {
        let key = settings.key(task: model.name, inputs: nodeValues(node, inputs, records, model))
        if let written = writtenAt[key], written > start {
          // cache_serialize: wait for the running node with the same key, then hit its entry.
          if settings.serialize { start = written } else { executor.pendingKeys = [key] }
        }
        context.cache = settings
      }
      let result = executor.run(inputs: nodeInputs(node, inputs, records, model), start: start)
      records[id] = result.node
      metrics += result.metrics
      logs += result.logs
      if result.node.status == .succeeded, result.node.cache != .hit, let key = result.node.cacheKey
      {
        writtenAt[key] = result.node.end
      }
      if result.node.status != .succeeded, failure == nil || result.node.end < (failure?.at ?? 0) {
        failure = (result.node.end, result.node.error)
      }
    }
    return record(records: records, metrics: metrics, logs: logs, failure: failure, inputs: inputs)
  }

  private func record(
    records: [String: NodeRecord], metrics: [MetricRecord], logs: [LogRecord],
    failure: (at: Int64, error: AttemptError?)?, inputs: [String: NodeInput]
  ) -> RunRecord {
    var nodes: [NodeRecord] = []
    var notes: [String] = []
    for (index, node) in workflow.nodes.enumerated() {
      let id = node.id ?? "n\(index)"
      if let record = records[id] {
        nodes.append(record)
        continue
      }
      nodes.append(
        NodeRecord(
          id: id, task: node.task ?? "", status: .skipped, start: options.start, end: options.start,
          retries: 0,
          timeout: nil, interruptible: false, cache: .disabled, cacheKey: nil, inputs: [],
          outputs: [], attempts: [],
          error: nil, notes: []))
    }
    let end = (nodes.map(\.end).max() ?? options.start) + platform.workflowTeardown
    var outputs: [OutputRecord] = []
    if failure == nil {
      for binding in workflow.outputs {
        if let value = bound(binding, inputs, records) {
          outputs.append(OutputRecord(name: binding.name, value: value.value, metadata: nil))
        }
      }
    }
    if nodes.contains(where: { $0.status == .skipped }) {
      notes.append("skipped nodes did not start: the workflow had failed")
    }
    return RunRecord(
      executionID: executionID, project: options.project, domain: options.domain, kind: .workflow,
      name: name,
      start: options.start, end: end, status: failure == nil ? .succeeded : .failed,
      error: failure?.error ?? nil,
      nodes: nodes, outputs: outputs, metrics: metrics.sorted { $0.time < $1.time },
      logs: logs.sorted { $0.time < $1.time }, notes: notes, platform: platform)
  }

  /// When every node this one reads from has succeeded: the latest end; nil while one has not
  /// run (or failed: then the node never starts).
  private func readyTime(_ node: WorkflowNode, _ records: [String: NodeRecord]) -> Int64? {
    var start = options.start + platform.workflowSetup
    for binding in node.bindings {
      guard let source = binding.source, source != "inputs" else { continue }
      guard let upstream = records[source], upstream.status == .succeeded else { return nil }
      start = max(start, upstream.end)
    }
    return start
  }

  private func bound(
    _ binding: Binding, _ inputs: [String: NodeInput], _ records: [String: NodeRecord]
  ) -> NodeInput? {
    guard let source = binding.source else { return NodeInput(binding.value, in: tree) }
    guard let output = binding.output else { return nil }
    if source == "inputs" { return inputs[output] }
    guard let value = records[source]?.outputs.first(where: { $0.name == output })?.value else {
      return nil
    }
    // Outputs produced in this run were checked against the producing task's types; a value
    // the manifest wrote is re-checked against the consumer by its node.
    if let node = upstreamNode(source, output) { return NodeInput(node, in: tree) }
    return NodeInput(value: value)
  }

  /// The manifest node a task's `simulate.outputs` wrote for this output, when it produced it.
  private func upstreamNode(_ nodeID: String, _ output: String) -> NodeID? {
    guard let node = workflow.nodes.first(where: { $0.id == nodeID }), let taskName = node.task,
      let task = file.allTasks.first(where: { $0.name == taskName })
    else { return nil }
    return SimulateBlock(task.field("simulate")?.value, in: tree).outputs[output]
  }

  private func nodeInputs(
    _ node: WorkflowNode, _ inputs: [String: NodeInput], _ records: [String: NodeRecord],
    _ model: TaskModel
  ) -> [String: NodeInput] {
    var values: [String: NodeInput] = [:]
    for binding in node.bindings { values[binding.name] = bound(binding, inputs, records) }
    return values
  }

  private func nodeValues(
    _ node: WorkflowNode, _ inputs: [String: NodeInput], _ records: [String: NodeRecord],
    _ model: TaskModel
  ) -> SimValues {
    let given = nodeInputs(node, inputs, records, model)
    return NodeExecutor.effectiveInputs(task: model, tree: tree, given: given).map {
      (name: $0.key, value: $0.value.value)
    }
  }

  /// Node overrides (SPEC §9.6): retries wins only when non-zero (propeller's
  /// computeRetryStrategy), timeout, interruptible and cache replace the task's.
  private func nodeContext(_ node: WorkflowNode, id: String, task: TaskModel) -> NodeContext {
    var context = NodeContext(
      id: id, executionID: executionID, project: options.project, domain: options.domain,
      workflow: name,
      retries: task.retries, timeout: task.timeoutNanos, interruptible: task.interruptible,
      cache: task.cache)
    let entry = node.entry
    if let value = tree.value(of: "retries", in: entry), case .int(let text)? = tree.scalar(value),
      let n = Int(text), n > 0
    {
      context.retries = n
    }
    if let value = tree.value(of: "timeout", in: entry),
      let parsed = DurationParser.timeout(value, in: tree)?.parse.value
    {
      let nanos = Nanos.of(parsed)
      context.timeout = nanos > 0 ? nanos : nil
    }
    if let value = tree.value(of: "interruptible", in: entry), let flag = tree.flag(value) {
      context.interruptible = flag
    }
    if let value = tree.value(of: "cache", in: entry), let flag = tree.flag(value), !flag {
      context.cache = nil
    }
    return context
  }

  private func taskModels() -> [String: TaskModel] {
    var models: [String: TaskModel] = [:]
    for document in file.documents {
      let types = TypeEnvironment(tree: tree, document: document)
      for task in document.tasks {
        guard let name = task.name, models[name] == nil else { continue }
        models[name] = TaskModel(task, tree: tree, types: types)
      }
    }
    return models
  }
}
