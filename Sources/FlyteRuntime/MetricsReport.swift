import FlyteLint

/// `metrics.txt` (statsd wire lines, as the pod would send them) and `metrics.json`.
enum MetricsReport {
  static func statsd(_ run: RunRecord) -> String {
    run.metrics.map { "\($0.name):\($0.value)|\(suffix($0.kind))\n" }.joined()
  }

  static func json(_ run: RunRecord) -> String {
    JSONValue.array(
      run.metrics.map { metric in
        .object([
          ("timestamp", .string(Nanos.timestamp(metric.time))),
          ("type", .string(metric.kind.rawValue)),
          ("metric", .string(metric.metric)),
          ("name", .string(metric.name)),
          ("value", .number(metric.value)),
          ("node_id", .string(metric.node)),
          ("attempt", .int(metric.attempt)),
        ])
      }
    ).rendered()
  }

  /// `decr` is an `incr` by a negative count on the wire.
  private static func suffix(_ kind: ScriptedMetric.Kind) -> String {
    switch kind {
    case .incr, .decr: return "c"
    case .gauge: return "g"
    case .timer: return "ms"
    }
  }
}
