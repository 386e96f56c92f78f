import FlyteSpans

/// The span tree of flytekit-semantics.md §1f, whose explain and dump output was verified
/// against flytekit 1.16.31 (TZ=UTC).
enum VerifiedExample {
  static let base: Int64 = 1_704_067_200  // 2024-01-01T00:00:00Z

  static func at(_ seconds: Int64, _ nanos: Int32 = 0) -> Timestamp {
    Timestamp(seconds: base + seconds, nanos: nanos)
  }

  static func operation(_ name: String, _ start: Timestamp, _ end: Timestamp) -> Span {
    Span(id: .operation(name), startTime: start, endTime: end)
  }

  static let execution = WorkflowExecutionID(
    project: "flytesnacks", domain: "development", name: "f6a3b2c1")

  static var tree: Span {
    let node = NodeExecutionID(nodeId: "n0", executionId: execution)
    let task = TaskExecutionID(
      taskId: Identifier(
        resourceType: .task, project: "flytesnacks", domain: "development", name: "my.task",
        version: "v1"),
      nodeExecutionId: node, retryAttempt: 0)
    let taskSpan = Span(
      id: .task(task), startTime: at(2), endTime: at(9),
      spans: [
        operation("TASK_SETUP", at(2), at(3, 500_000_000)),
        operation("TASK_RUNTIME", at(3, 500_000_000), at(8)),
        operation("TASK_TEARDOWN", at(8), at(9)),
      ])
    let nodeSpan = Span(
      id: .node(node), startTime: at(1), endTime: at(10),
      spans: [
        operation("NODE_SETUP", at(1), at(2)), taskSpan, operation("NODE_TEARDOWN", at(9), at(10)),
      ])
    return Span(
      id: .workflow(execution), startTime: at(0), endTime: at(11),
      spans: [
        operation("WORKFLOW_SETUP", at(0), at(1)), nodeSpan,
        operation("WORKFLOW_TEARDOWN", at(10), at(11)),
      ])
  }

  static let explain = """
    operation                start_timestamp          end_timestamp             duration    entity
    --------------------------------------------------------------------------------------------------------------------------------------------
    WORKFLOW_SETUP           01-01 00:00:00.000000    01-01 00:00:01.000000        1.00s    workflow/f6a3b2c1
    NODE_SETUP               01-01 00:00:01.000000    01-01 00:00:02.000000        1.00s      node/n0
    TASK_SETUP               01-01 00:00:02.000000    01-01 00:00:03.500000        1.50s        task/0
    TASK_RUNTIME             01-01 00:00:03.500000    01-01 00:00:08.000000        4.50s        task/0
    TASK_TEARDOWN            01-01 00:00:08.000000    01-01 00:00:09.000000        1.00s        task/0
    NODE_TEARDOWN            01-01 00:00:09.000000    01-01 00:00:10.000000        1.00s      node/n0
    WORKFLOW_TEARDOWN        01-01 00:00:10.000000    01-01 00:00:11.000000        1.00s    workflow/f6a3b2c1

    """

  static let dump = """
    f6a3b2c1:
      breakdown:
        NODE_SETUP: 1.0
        NODE_TEARDOWN: 1.0
        TASK_RUNTIME: 4.5
        TASK_SETUP: 1.5
        TASK_TEARDOWN: 1.0
        WORKFLOW_SETUP: 1.0
        WORKFLOW_TEARDOWN: 1.0
      nodes:
        n0:
          breakdown:
            NODE_SETUP: 1.0
            NODE_TEARDOWN: 1.0
            TASK_RUNTIME: 4.5
            TASK_SETUP: 1.5
            TASK_TEARDOWN: 1.0
          task_attempts:
            0:
              breakdown:
                TASK_RUNTIME: 4.5
                TASK_SETUP: 1.5
                TASK_TEARDOWN: 1.0


    """
}
