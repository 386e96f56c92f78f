import FlyteSyntax

/// `--task`: Flyte runs a single task as a one-node workflow that copies the task's retries
/// and interruptible flag but not its timeout (SPEC §9.1).
struct TaskRun {
  var task: TaskModel
  var tree: SyntaxTree
  var options: SimulationOptions
  var executionID: String
  /// The task's `simulate` node (for `platform`).
  var simulateBlock: NodeID?

  func run(inputs: [String: NodeInput]) -> RunRecord {
    let context = NodeContext(
      id: "n0", executionID: executionID, project: options.project, domain: options.domain,
      workflow: task.name,
      retries: task.retries, timeout: nil, interruptible: task.interruptible, cache: task.cache)
    var executor = NodeExecutor(
      task: task, tree: tree, context: context,
      cache: options.cacheDirectory.map(CacheStore.init(directory:)))
    let platform = PlatformOverheads(simulate: simulateBlock, in: tree)
    executor.platform = platform
    let result = executor.run(
      inputs: inputs, start: options.start + platform.workflowSetup)
    var notes: [String] = []
    if let timeout = task.timeoutNanos {
      notes.append(
        "single-task execution: the task's timeout (\(Nanos.goDuration(timeout))) does not apply; run it inside a workflow to see it act"
      )
    }
    return RunRecord(
      executionID: executionID, project: options.project, domain: options.domain, kind: .task,
      name: task.name,
      start: options.start, end: result.node.end + platform.workflowTeardown,
      status: result.node.status == .succeeded ? .succeeded : .failed,
      error: result.node.error, nodes: [result.node], outputs: result.node.outputs,
      metrics: result.metrics,
      logs: result.logs, notes: notes, platform: platform)
  }
}
