import FlyteManifest
import FlyteSyntax

/// FL503: a node binds a value whose type does not fit the task input's type.
public enum BindingTypeMismatchRule: Rule {
  public static let description = RuleDescription(
    code: "FL503", name: "binding-type-mismatch", severity: .error,
    summary: "a bound value's type does not fit the task input's type",
    rationale: """
      Flyte type-checks every binding when it compiles the workflow: a literal, a workflow \
      input or another node's output must fit the input it feeds (the same "fits" as FL404: \
      bool is not int, int fits float, T fits Optional[T], lists and dicts element-wise).
      """,
    bad: [
      "tasks:\n  - {name: pkg.t, inputs: {n: int}, outputs: {o: str}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: a, task: pkg.t, inputs: {n: «\"3\"»}}\n",
      "tasks:\n  - {name: pkg.t, inputs: {n: int}, outputs: {o: str}}\nworkflows:\n  - name: wf\n    nodes:\n      - {id: a, task: pkg.t, inputs: {n: 1}}\n      - {id: b, task: pkg.t, inputs: {n: {from: «a.o»}}}\n",
      "tasks:\n  - {name: pkg.t, inputs: {n: int}}\nworkflows:\n  - name: wf\n    inputs: {flag: bool}\n    nodes:\n      - {id: a, task: pkg.t, inputs: {n: {from: «inputs.flag»}}}\n",
    ],
    good: [
      "tasks:\n  - {name: pkg.t, inputs: {x: float, y: \"Optional[int]\"}, outputs: {o: int}}\nworkflows:\n  - name: wf\n    inputs: {n: int}\n    nodes:\n      - {id: a, task: pkg.t, inputs: {x: 1, y: {from: inputs.n}}}\n      - {id: b, task: pkg.t, inputs: {x: {from: a.o}, y: null}}\n"
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for document in context.file.documents where !document.workflows.isEmpty {
      // Each task's types resolve in its own document (its own `types:`); the workflow's
      // inputs in the workflow's.
      let environment = context.facts.environment(document)
      var typedByName: [String: TypedTask] = [:]
      for typed in context.typedTasks where typed.task.name != nil && typedByName[typed.task.name ?? ""] == nil {
        typedByName[typed.task.name ?? ""] = typed
      }
      let tasks = typedByName.mapValues(\.task)
      func type(_ parameter: Parameter?, _ task: TaskSpec?) -> PythonType? {
        guard let parameter else { return nil }
        if let name = task?.name, let typed = typedByName[name] { return typed.type(of: parameter).type }
        return environment.resolve(parameter, format: .native).type
      }
      for workflow in document.workflows {
        let nodes = Dictionary(workflow.nodes.compactMap { n in n.id.map { ($0, n) } }, uniquingKeysWith: { a, _ in a })
        for node in workflow.nodes {
          guard let name = node.task, let task = tasks[name] else { continue }
          for binding in node.bindings {
            guard let target = type(task.inputs.first { $0.name == binding.name }, task) else { continue }
            if let from = binding.fromNode {
              guard let source = binding.source, let output = binding.output else { continue }
              let sourceType: PythonType?
              if source == "inputs" {
                sourceType = type(workflow.inputs.first { $0.name == output }, nil)
              } else {
                let producer = nodes[source]?.task.flatMap { tasks[$0] }
                sourceType = type(producer?.outputs.first { $0.name == output }, producer)
              }
              if let sourceType, !TypeFits.typeFits(sourceType, target) {
                context.report(
                  "\"\(binding.name)\" of task \"\(name)\" expects \(target) but \"\(source).\(output)\" is \(sourceType)",
                  at: from)
              }
            } else if let mismatch = TypeFits.check(binding.value, against: target, in: tree) {
              context.report(
                "\"\(binding.name)\" of task \"\(name)\" expects \(mismatch.expected), found \(mismatch.found)",
                at: mismatch.node)
            }
          }
        }
      }
    }
  }
}
