import FlyteManifest
import FlyteSyntax

/// FL504: nodes that depend on each other in a circle.
public enum WorkflowCycleRule: Rule {
  public static let description = RuleDescription(
    code: "FL504", name: "workflow-cycle", severity: .error,
    summary: "the workflow's nodes depend on each other in a cycle",
    rationale: "A node runs when its inputs are ready; in a cycle none ever is, so Flyte rejects the workflow.",
    bad: [
      "tasks:\n  - {name: pkg.t, inputs: {a: int}, outputs: {o0: int}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: {from: n1.o0}}}\n      - {id: n1, task: pkg.t, inputs: {a: {from: «n0.o0»}}}\n"
    ],
    good: [
      "tasks:\n  - {name: pkg.t, inputs: {a: int}, outputs: {o0: int}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: 1}}\n      - {id: n1, task: pkg.t, inputs: {a: {from: n0.o0}}}\n"
    ])

  public static func check(_ context: inout RuleContext) {
    for document in context.file.documents {
      for workflow in document.workflows { check(workflow, &context) }
    }
  }

  /// Depth-first search with an explicit stack; reports the binding that closes each cycle.
  private static func check(_ workflow: WorkflowSpec, _ context: inout RuleContext) {
    var index: [String: Int] = [:]
    for (i, node) in workflow.nodes.enumerated() { if let id = node.id, index[id] == nil { index[id] = i } }
    // edges[i]: (dependency node, the `from` node that names it)
    let edges: [[(Int, NodeID)]] = workflow.nodes.map { node in
      node.bindings.compactMap { b in
        guard let source = b.source, let from = b.fromNode, let j = index[source] else { return nil }
        return (j, from)
      }
    }
    var state = [UInt8](repeating: 0, count: workflow.nodes.count)  // 0 new, 1 on stack, 2 done
    for start in workflow.nodes.indices where state[start] == 0 {
      var stack: [(node: Int, next: Int)] = [(start, 0)]
      state[start] = 1
      while let top = stack.last {
        if top.next < edges[top.node].count {
          stack[stack.count - 1].next += 1
          let (dependency, from) = edges[top.node][top.next]
          if state[dependency] == 1 {
            let path = stack.drop { $0.node != dependency }.map { "\"\(workflow.nodes[$0.node].id ?? "?")\"" }
            // A long cycle is shown by its ends, so the message stays short.
            let shown = path.count > 6 ? path.prefix(3) + ["…"] + path.suffix(2) : path[...]
            context.report(
              "nodes \(shown.joined(separator: " → ")) → \"\(workflow.nodes[dependency].id ?? "?")\" form a cycle",
              at: from, help: "break the cycle: a node cannot (even indirectly) use its own outputs")
          } else if state[dependency] == 0 {
            state[dependency] = 1
            stack.append((dependency, 0))
          }
        } else {
          state[top.node] = 2
          stack.removeLast()
        }
      }
    }
  }
}
