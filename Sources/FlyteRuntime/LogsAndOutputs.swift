import FlyteLint

/// `logs.jsonl` and `outputs.json`.
enum LogsAndOutputs {
  /// One compact JSON object per line; keys in a fixed order.
  static func logs(_ run: RunRecord) -> String {
    run.logs.map { log in
      SimValue.map([
        ("timestamp", .string(Nanos.timestamp(log.time))), ("level", .string(log.level)),
        ("logger", .string("user_space")), ("message", .string(log.message)),
        ("execution_id", .string(run.executionID)), ("task_id", .string(log.task)),
        ("node_id", .string(log.node)), ("attempt", .int(String(log.attempt))),
      ]).canonicalJSON + "\n"
    }.joined()
  }

  static func outputs(_ run: RunRecord) -> String {
    JSONValue.object([
      ("execution_id", .string(run.executionID)),
      ("status", .string(run.status.rawValue)),
      ("outputs", .object(run.outputs.map { ($0.name, $0.value.json) })),
      (
        "metadata",
        .object(
          run.nodes.flatMap { node in
            node.outputs.compactMap { output in
              output.metadata.map { ("\(node.id).\(output.name)", $0.json) }
            }
          })
      ),
    ]).rendered()
  }
}
