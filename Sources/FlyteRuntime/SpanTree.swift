import FlyteSpans

/// The run as a flyteidl Span tree (SPEC §9.4): workflow → node → task attempt → operations.
/// A task attempt's TASK_SETUP runs until its user code starts (loading, download, input
/// translation), TASK_RUNTIME is the user code, TASK_TEARDOWN the rest (output translation,
/// upload). Skipped nodes have no span; a cache hit has only its node operations.
public enum SpanTree {
  public static func build(_ run: RunRecord) -> Span {
    let execution = WorkflowExecutionID(
      project: run.project, domain: run.domain, name: run.executionID)
    var children = [
      operation(SpanOperation.workflowSetup, run.start, run.start + run.platform.workflowSetup)
    ]
    for node in run.nodes where node.status != .skipped {
      children.append(nodeSpan(node, run: run, execution: execution))
    }
    children.append(
      operation(
        SpanOperation.workflowTeardown, run.end - run.platform.workflowTeardown, run.end))
    return Span(
      id: .workflow(execution), startTime: time(run.start), endTime: time(run.end), spans: children)
  }

  static func nodeSpan(_ node: NodeRecord, run: RunRecord, execution: WorkflowExecutionID) -> Span {
    let nodeID = NodeExecutionID(nodeId: node.id, executionId: execution)
    var children = [
      operation(SpanOperation.nodeSetup, node.start, node.start + run.platform.nodeSetup)
    ]
    for attempt in node.attempts {
      let task = Identifier(
        resourceType: .task, project: run.project, domain: run.domain, name: node.task)
      let id = TaskExecutionID(
        taskId: task, nodeExecutionId: nodeID, retryAttempt: UInt32(clamping: attempt.number))
      children.append(
        Span(
          id: .task(id), startTime: time(attempt.start), endTime: time(attempt.end),
          spans: operations(attempt)))
    }
    children.append(
      operation(SpanOperation.nodeTeardown, node.end - run.platform.nodeTeardown, node.end))
    return Span(
      id: .node(nodeID), startTime: time(node.start), endTime: time(node.end), spans: children)
  }

  static func operations(_ attempt: AttemptRecord) -> [Span] {
    guard let user = attempt.timeline.first(where: { $0.name == Phase.userCode }) else {
      return [operation(SpanOperation.taskSetup, attempt.start, attempt.end)]
    }
    var spans = [
      operation(SpanOperation.taskSetup, attempt.start, user.start),
      operation(SpanOperation.taskRuntime, user.start, user.finish),
    ]
    if attempt.end > user.finish {
      spans.append(operation(SpanOperation.taskTeardown, user.finish, attempt.end))
    }
    return spans
  }

  static func operation(_ name: String, _ start: Int64, _ end: Int64) -> Span {
    Span(id: .operation(name), startTime: time(start), endTime: time(end))
  }

  static func time(_ nanos: Int64) -> Timestamp { Nanos.protoTime(nanos) }
}
