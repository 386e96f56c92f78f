/// The terminal summary: one block per node, attempts with outcomes, cache status and times.
public enum SummaryText {
  public static func render(_ run: RunRecord, outDirectory: String) -> String {
    var lines: [String] = []
    let duration = Nanos.secondsText(run.end - run.start)
    lines.append(
      "\(run.kind.rawValue) \(run.name)  execution \(run.executionID)  \(run.status.rawValue) in \(duration)s"
    )
    if let error = run.error { lines.append("  error: \(error.code): \(firstLine(error.message))") }
    for note in run.notes { lines.append("  note: \(note)") }
    for node in run.nodes {
      var head = "  node \(node.id) (\(node.task)): \(node.status.rawValue)"
      if node.status != .skipped {
        head += ", \(Nanos.secondsText(node.end - node.start))s, cache \(node.cache.rawValue)"
        head +=
          ", retries \(node.retries), timeout " + (node.timeout.map(Nanos.goDuration) ?? "none")
      }
      lines.append(head)
      for attempt in node.attempts {
        var line =
          "    attempt \(attempt.number): \(attempt.outcome) after \(Nanos.secondsText(attempt.end - attempt.start))s"
        if let error = attempt.error {
          line += " — \(error.kind.rawValue) error [\(error.code)]: \(firstLine(error.message))"
        }
        lines.append(line)
      }
      if let error = node.error {
        lines.append("    failed: \(error.code): \(firstLine(error.message))")
      }
      for note in node.notes { lines.append("    note: \(note)") }
    }
    if !run.outputs.isEmpty {
      lines.append(
        "  outputs: "
          + run.outputs.map { "\($0.name)=\($0.value.canonicalJSON)" }.joined(separator: ", "))
    }
    let decks = run.nodes.reduce(0) { count, node in
      count + (node.decks == nil ? 0 : node.attempts.filter(\.loaded).count)
    }
    if decks > 0 {
      lines.append(
        "  decks: \(decks) attempt page\(decks == 1 ? "" : "s"), index at \(outDirectory)/index.html"
      )
    }
    lines.append("  written to \(outDirectory)/")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
  }
}
