import FlyteManifest

/// FL502: a binding's `from:` names no workflow input and no node output.
public enum BindingUnknownSourceRule: Rule {
  public static let description = RuleDescription(
    code: "FL502", name: "binding-unknown-source", severity: .error,
    summary: "a `from:` names no workflow input or node output",
    rationale: """
      `from: inputs.x` must name an input of the workflow, and `from: n0.o0` a node of the same \
      workflow and an output of its task; anything else leaves the input without a value.
      """,
    bad: [
      "tasks:\n  - {name: pkg.t, inputs: {a: int}, outputs: {o0: int}}\nworkflows:\n  - name: wf\n    inputs: {x: int}\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: {from: «inputs.y»}}}\n",
      "tasks:\n  - {name: pkg.t, inputs: {a: int}, outputs: {o0: int}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: 1}}\n      - {id: n1, task: pkg.t, inputs: {a: {from: «n9.o0»}}}\n",
      "tasks:\n  - {name: pkg.t, inputs: {a: int}, outputs: {o0: int}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: 1}}\n      - {id: n1, task: pkg.t, inputs: {a: {from: «n0.out»}}}\n",
    ],
    good: [
      "tasks:\n  - {name: pkg.t, inputs: {a: int}, outputs: {o0: int}}\nworkflows:\n  - name: wf\n    inputs: {x: int}\n    nodes:\n      - {id: n0, task: pkg.t, inputs: {a: {from: inputs.x}}}\n      - {id: n1, task: pkg.t, inputs: {a: {from: n0.o0}}}\n"
    ])

  public static func check(_ context: inout RuleContext) {
    for document in context.file.documents {
      for workflow in document.workflows {
        let ids = Set(workflow.nodes.compactMap(\.id))
        let inputs = workflow.inputs.map(\.name)
        for binding in workflow.nodes.flatMap(\.bindings) + workflow.outputs {
          guard let from = binding.fromNode else { continue }
          guard let source = binding.source, let output = binding.output else {
            context.report("\"from\" must be \"inputs.NAME\" or \"NODE.OUTPUT\"", at: from)
            continue
          }
          if source == "inputs" {
            if !inputs.contains(output) {
              let hint = Suggestion.closest(to: output, in: inputs).map { "; did you mean \"inputs.\($0)\"?" } ?? ""
              context.report("workflow \"\(workflow.name ?? "?")\" has no input \"\(output)\"\(hint)", at: from)
            }
          } else if !ids.contains(source) {
            let hint = Suggestion.closest(to: source, in: Array(ids)).map { "; did you mean \"\($0)\"?" } ?? ""
            context.report("no node \"\(source)\" in workflow \"\(workflow.name ?? "?")\"\(hint)", at: from)
          }
        }
      }
    }
    // Outputs of tasks defined in this file; other files' tasks are checked by the run.
    guard context.file.documents.contains(where: { !$0.workflows.isEmpty }) else { return }
    let facts = context.facts.workflowFacts
    for use in facts.uses {
      guard let task = facts.summaries[use.task] else { continue }
      for finding in WorkflowFacts.findings(for: use, of: task) where finding.code == description.code {
        context.report(finding.message, at: finding.range)
      }
    }
  }
}
