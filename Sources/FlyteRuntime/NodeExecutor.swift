import FlyteSyntax

/// Runs one node: cache lookup, then attempts until success or a failure propeller does not
/// retry, applying the execution deadline (timeout per attempt) and the active deadline
/// (2 × timeout across attempts).
struct NodeExecutor {
  /// Guards against `retries: 4294967295` with a failure that repeats: a model, not a soak test.
  static let attemptLimit = 1_000

  var task: TaskModel
  var tree: SyntaxTree
  var context: NodeContext
  var cache: CacheStore?
  var platform: PlatformOverheads = .defaults
  /// Keys that nodes still running at this node's start will write: not visible yet.
  var pendingKeys: Set<String> = []

  /// What running the node produced besides its record.
  struct Result {
    var node: NodeRecord
    var metrics: [MetricRecord] = []
    var logs: [LogRecord] = []
  }

  func run(inputs: [String: NodeInput], start: Int64) -> Result {
    let values = Self.effectiveInputs(task: task, tree: tree, given: inputs)
    var record = NodeRecord(
      id: context.id, task: task.name, status: .succeeded, start: start, end: start,
      retries: context.retries,
      timeout: context.timeout, interruptible: context.interruptible, cache: .disabled,
      cacheKey: nil,
      inputs: values.map { (name: $0.key, value: $0.value.value) }.sorted { $0.name < $1.name },
      outputs: [], attempts: [], error: nil, notes: [], decks: task.decks)
    if let settings = context.cache {
      let key = settings.key(task: task.name, inputs: record.inputs)
      record.cacheKey = key
      if let cache {
        if !pendingKeys.contains(key), let hit = cache.lookup(key) {
          record.cache = .hit
          record.end = start + platform.nodeSetup + platform.nodeTeardown
          record.outputs = hit.map { OutputRecord(name: $0.name, value: $0.value, metadata: nil) }
          return Result(node: record)
        }
        record.cache = .miss
      } else {
        record.cache = .bypassed
      }
    }
    var result = attempts(
      record: record, inputs: values, start: start + platform.nodeSetup)
    result.node.end += platform.nodeTeardown
    if result.node.status == .succeeded, let cache, let key = result.node.cacheKey {
      do {
        try cache.store(key, outputs: result.node.outputs.map { (name: $0.name, value: $0.value) })
      } catch {
        result.node.notes.append("cache entry not written: \(error)")
      }
    }
    return result
  }

  /// Given inputs plus defaults, as `dispatch_execute` sees them.
  static func effectiveInputs(task: TaskModel, tree: SyntaxTree, given: [String: NodeInput])
    -> [String: NodeInput]
  {
    var values = given
    for parameter in task.inputs where values[parameter.name] == nil {
      if let node = parameter.defaultNode { values[parameter.name] = NodeInput(node, in: tree) }
    }
    return values
  }

  private func attempts(record start: NodeRecord, inputs: [String: NodeInput], start t0: Int64)
    -> Result
  {
    var result = Result(node: start)
    let policy = RetryPolicy(maxAttempts: context.retries + 1)
    let activeDeadline = context.timeout.map { t0 + 2 * $0 }
    var systemFailures = 0
    var t = t0
    for number in 0..<Self.attemptLimit {
      if let activeDeadline, t >= activeDeadline {
        return finish(&result, timedOut: t)
      }
      let interruptible = RetryPolicy.interruptible(
        context.interruptible, systemFailures: systemFailures)
      let prefix = "s3://flyte-sim/\(context.executionID)/\(context.id)/\(number)"
      var script = AttemptScript(
        task: task, tree: tree, inputs: inputs, scripted: task.simulate.attempt(number),
        interruptible: interruptible, start: t, uris: (prefix + "/inputs.pb", prefix))
      var attempt = AttemptRecord(
        number: number, start: t, end: script.end, outcome: script.outcome, error: script.error,
        interruptible: interruptible, note: script.note, timeline: script.entries)
      var activeExpired = false
      if let timeout = context.timeout {
        let cut = min(t + timeout, activeDeadline ?? Int64.max)
        if script.end > cut {
          activeExpired = cut == activeDeadline
          attempt.end = cut
          attempt.timeline = script.entries.filter { $0.finish <= cut }
          script.outputs = []
          if let userStart = script.userCodeStart, userStart >= cut { script.userCodeStart = nil }
          if activeExpired {
            attempt.outcome = "timed_out"
            attempt.error = AttemptError(
              code: "TimedOut",
              message: "task active timeout [\(Nanos.goDuration(2 * timeout))] expired",
              kind: .user,
              recoverable: false)
          } else {
            attempt.outcome = "timeout_expired"
            attempt.error = AttemptError(
              code: "TimeoutExpired",
              message: "task execution timeout [\(Nanos.goDuration(timeout))] expired",
              kind: .user, recoverable: true)
          }
        }
      }
      if let userStart = script.userCodeStart { emit(&result, at: userStart, attempt: number) }
      result.node.attempts.append(attempt)
      t = attempt.end
      result.node.end = t
      if let note = attempt.note { result.node.notes.append("attempt \(number): \(note)") }
      guard let error = attempt.error else {
        result.node.outputs = script.outputs
        return result
      }
      if activeExpired {
        result.node.status = .timedOut
        result.node.error = error
        return result
      }
      switch policy.decide(error, attempt: number, systemFailures: systemFailures) {
      case .retry:
        if error.kind == .system { systemFailures += 1 }
      case .fail(let final):
        result.node.status = .failed
        result.node.error = final
        return result
      }
    }
    result.node.status = .failed
    result.node.error = AttemptError(
      code: "SimulationLimit", message: "stopped after \(Self.attemptLimit) attempts", kind: .user,
      recoverable: false)
    return result
  }

  private func finish(_ result: inout Result, timedOut at: Int64) -> Result {
    let timeout = context.timeout ?? 0
    result.node.status = .timedOut
    result.node.end = at
    result.node.error = AttemptError(
      code: "TimedOut", message: "task active timeout [\(Nanos.goDuration(2 * timeout))] expired",
      kind: .user,
      recoverable: false)
    return result
  }

  /// The statsd calls and log lines of the user code, stamped when the user code starts.
  private func emit(_ result: inout Result, at time: Int64, attempt: Int) {
    let stats = StatsNaming(
      project: context.project, domain: context.domain, task: task.name, workflow: context.workflow)
    for metric in task.simulate.metrics {
      result.metrics.append(
        MetricRecord(
          kind: metric.kind, name: stats.name(metric.name, userTags: metric.tags),
          metric: metric.name,
          value: metric.value, time: time, node: context.id, attempt: attempt))
    }
    for log in task.simulate.logs {
      result.logs.append(
        LogRecord(
          time: time, level: log.level, message: log.message, task: task.name, node: context.id,
          attempt: attempt))
    }
  }
}
