import FlyteManifest
import FlyteSyntax

/// FL405: a task's `simulate.inputs` / `simulate.outputs` do not match its interface.
public enum SimulateInputsMismatchRule: Rule {
  public static let description = RuleDescription(
    code: "FL405", name: "simulate-inputs-mismatch", severity: .error,
    summary: "simulate inputs or outputs do not match the task's interface",
    rationale: """
      `flyte-lint simulate` checks every input against its type before running the task, as \
      flytekit's input translation does, and every output after it: a simulation that names \
      an input the task does not have, leaves out a required one (no default, not Optional), or \
      gives a value that does not fit its type fails before user code runs. When \
      `simulate.outputs` is given it must name each output that cannot be None. A missing \
      name is reported at the `inputs` / `outputs` key of the `simulate` block (or at \
      `simulate` itself when it has no `inputs`), an unknown name at its key, a wrong value at \
      the innermost part that does not fit.
      """,
    bad: [
      "tasks:\n  - name: t\n    inputs: {a: int, b: str}\n    simulate:\n      «inputs»: {a: 1}\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    simulate:\n      inputs: {a: 1, «aa»: 2}\n",
      "tasks:\n  - name: t\n    inputs: {a: \"List[int]\"}\n    outputs: {o0: float}\n    simulate:\n      inputs: {a: [1, «x»]}\n      outputs: {o0: «\"high\"»}\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    «simulate»: {duration: 10s}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    inputs:\n      a: int\n      b: {type: str, default: \"x\"}\n      c: Optional[int]\n    simulate:\n      inputs: {a: 1}\n",
      "tasks:\n  - name: t\n    inputs: {a: float}\n    outputs: {o0: str}\n    simulate:\n      inputs: {a: 1}\n      outputs: {o0: \"done\"}\n",
      "tasks:\n  - name: t\n    outputs: {o0: str}\n    simulate: {duration: 10s}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for typed in context.typedTasks where typed.task.format == .native {
      guard let simulate = typed.task.field("simulate"), tree.isMapping(simulate.value) else { continue }
      let entries = tree.entries(of: simulate.value)
      let related = context.defaultsNote(simulate, task: typed.task)
      for side in [InterfaceSide.input, .output] {
        let blockName = side == .input ? "inputs" : "outputs"
        let parameters = side == .input ? typed.task.inputs : typed.task.outputs
        let block = entries.last { $0.name == blockName }
        // An `inputs:` / `outputs:` that is not a mapping is another rule's finding.
        if let declared = typed.task.field(blockName), !tree.isMapping(declared.value), !tree.isNull(declared.value) {
          continue
        }
        // Outputs are checked only when the simulation gives them.
        if side == .output && block == nil { continue }
        if let block, !tree.isMapping(block.value) && !tree.isNull(block.value) { continue }
        let given = block.map { tree.entries(of: $0.value) } ?? []
        let givenNames = Set(given.map(\.name))

        let missing = parameters.filter { parameter in
          !givenNames.contains(parameter.name) && isRequired(parameter, side: side, typed)
        }.map(\.name)
        if !missing.isEmpty {
          let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
          let plural = missing.count == 1 ? "" : "s"
          let owner: NodeID
          let message: String
          if let block {
            owner = block.key
            message = "simulate.\(blockName) lacks required \(side.rawValue)\(plural) \(names)"
          } else {
            owner = simulate.key ?? simulate.value
            message = "simulate has no \"inputs\" but the task requires input\(plural) \(names)"
          }
          let range = tree.oneLineRange(owner)
          let example = missing.map { "\($0): …" }.joined(separator: ", ")
          context.report(message, at: range, help: "add `\(example)` to simulate.\(blockName)", related: related)
        }

        let names = parameters.map(\.name)
        for entry in given {
          guard let parameter = parameters.last(where: { $0.name == entry.name }) else {
            var message = "simulate.\(blockName) names \"\(entry.name)\", which is not an \(side.rawValue) of the task"
            if let suggestion = Suggestion.closest(to: entry.name, in: names) { message += "; did you mean \"\(suggestion)\"?" }
            let range = tree.oneLineRange(entry.key)
            let help = names.isEmpty ? "the task has no \(blockName)" : "\(blockName) of the task: \(names.joined(separator: ", "))"
            context.report(message, at: range, help: help, related: related)
            continue
          }
          guard let type = typed.type(of: parameter).type,
            let mismatch = TypeFits.check(entry.value, against: type, in: tree)
          else { continue }
          let (reason, help) = MismatchText.explain(mismatch, declared: type, in: tree)
          let message = "simulated \(side.rawValue) \"\(entry.name)\" does not fit \"\(typed.display(parameter, type))\": \(reason)"
          let range = tree.oneLineRange(mismatch.node)
          context.report(message, at: range, help: help, related: related)
        }
      }
    }
  }

  /// An input without a default that cannot be None; an output that cannot be None.
  private static func isRequired(_ parameter: Parameter, side: InterfaceSide, _ typed: TypedTask) -> Bool {
    if side == .input { return typed.types.isRequired(parameter, format: typed.task.format) }
    return !(typed.type(of: parameter).type?.admitsNone ?? false)
  }
}
