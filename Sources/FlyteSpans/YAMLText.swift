/// PyYAML's block output (`yaml.dump(..., indent=2)`, keys sorted) for the aggregate tree
/// flytekit's `dump` builds.
enum YAMLText {
  private enum Work {
    case line(String)
    case entity(index: Int, indent: Int)
  }

  static func dump(_ aggregates: [SpanAggregate]) -> String {
    guard !aggregates.isEmpty else { return "{}\n" }
    var out = ""
    // A work stack instead of recursion (deep trees must not overflow the call stack);
    // items are pushed in reverse so they pop in output order.
    var stack: [Work] = [.entity(index: 0, indent: 0)]
    while let work = stack.popLast() {
      switch work {
      case .line(let text):
        out += text
      case .entity(let index, let indent):
        let aggregate = aggregates[index]
        let body = breakdown(aggregate.breakdown, indent: indent + 2)
        if case .text(let name) = aggregate.key, name.isEmpty || name.unicodeScalars.count >= 128 {
          // Empty and long scalars cannot be simple keys: PyYAML writes `? key` and starts the
          // value on the `: ` line. (A long key with spaces would also be folded at 80
          // columns there; Flyte ids have no spaces.)
          out +=
            spaces(indent) + "? " + key(aggregate.key) + "\n" + spaces(indent) + ": "
            + body.dropFirst(indent + 2)
        } else {
          out += spaces(indent) + key(aggregate.key) + ":\n" + body
        }
        var upcoming: [Work] = []
        // Sorted section names: nodes < task_attempts < workflows.
        let nodes = aggregate.nodes.keys.sorted(by: pythonLess).compactMap { aggregate.nodes[$0] }
        let tasks = aggregate.tasks.keys.sorted().compactMap { aggregate.tasks[$0] }
        let workflows = aggregate.workflows.keys.sorted(by: pythonLess).compactMap {
          aggregate.workflows[$0]
        }
        for (heading, entries) in [
          ("nodes", nodes), ("task_attempts", tasks), ("workflows", workflows),
        ]
        where !entries.isEmpty {
          upcoming.append(.line(spaces(indent + 2) + heading + ":\n"))
          upcoming += entries.map { .entity(index: $0, indent: indent + 4) }
        }
        stack += upcoming.reversed()
      }
    }
    return out
  }

  private static func breakdown(_ seconds: [String: Double], indent: Int) -> String {
    if seconds.isEmpty { return spaces(indent) + "breakdown: {}\n" }
    var out = spaces(indent) + "breakdown:\n"
    for name in seconds.keys.sorted(by: pythonLess) {
      out +=
        spaces(indent + 2) + YAMLScalar.text(name) + ": "
        + PythonNumber.yamlFloat(seconds[name] ?? 0) + "\n"
    }
    return out
  }

  private static func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

  private static func key(_ key: SpanAggregate.Key) -> String {
    switch key {
    case .attempt(let attempt): return String(attempt)
    case .text(let text): return YAMLScalar.text(text)
    }
  }

  /// Python's `str` ordering: by code point.
  static func pythonLess(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
  }
}
