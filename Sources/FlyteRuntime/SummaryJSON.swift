import FlyteLint

/// `summary.json`: the run, each node, each attempt with its timeline (docs/simulate.md).
enum SummaryJSON {
  static func render(_ run: RunRecord) -> String {
    JSONValue.object([
      ("execution_id", .string(run.executionID)),
      ("project", .string(run.project)),
      ("domain", .string(run.domain)),
      ("kind", .string(run.kind.rawValue)),
      ("name", .string(run.name)),
      ("status", .string(run.status.rawValue)),
      ("start", .string(Nanos.timestamp(run.start))),
      ("end", .string(Nanos.timestamp(run.end))),
      ("duration_s", .number(Nanos.secondsText(run.end - run.start))),
      ("error", error(run.error)),
      ("notes", .array(run.notes.map(JSONValue.string))),
      ("nodes", .array(run.nodes.map(node))),
    ]).rendered()
  }

  static func error(_ error: AttemptError?) -> JSONValue {
    guard let error else { return .null }
    return .object([
      ("code", .string(error.code)), ("kind", .string(error.kind.rawValue)),
      ("recoverable", .bool(error.recoverable)), ("message", .string(error.message)),
    ])
  }

  static func node(_ node: NodeRecord) -> JSONValue {
    .object([
      ("id", .string(node.id)),
      ("task", .string(node.task)),
      ("status", .string(node.status.rawValue)),
      ("start", .string(Nanos.timestamp(node.start))),
      ("end", .string(Nanos.timestamp(node.end))),
      ("retries", .int(node.retries)),
      ("timeout", node.timeout.map { .string(Nanos.goDuration($0)) } ?? .null),
      ("interruptible", .bool(node.interruptible)),
      ("cache", .string(node.cache.rawValue)),
      ("cache_key", node.cacheKey.map(JSONValue.string) ?? .null),
      ("error", error(node.error)),
      ("notes", .array(node.notes.map(JSONValue.string))),
      ("attempts", .array(node.attempts.map(attempt))),
    ])
  }

  static func attempt(_ attempt: AttemptRecord) -> JSONValue {
    .object([
      ("attempt", .int(attempt.number)),
      ("outcome", .string(attempt.outcome)),
      ("start", .string(Nanos.timestamp(attempt.start))),
      ("end", .string(Nanos.timestamp(attempt.end))),
      ("duration_s", .number(Nanos.secondsText(attempt.end - attempt.start))),
      ("interruptible", .bool(attempt.interruptible)),
      ("error", error(attempt.error)),
      ("note", attempt.note.map(JSONValue.string) ?? .null),
      (
        "timeline",
        .array(
          attempt.timeline.map { entry in
            .object([
              ("name", .string(entry.name)), ("start", .string(Nanos.timestamp(entry.start))),
              ("finish", .string(Nanos.timestamp(entry.finish))),
              ("wall_time_s", .number(Nanos.secondsText(entry.finish - entry.start))),
            ])
          })
      ),
    ])
  }
}
