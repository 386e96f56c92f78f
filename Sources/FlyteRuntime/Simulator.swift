import FlyteManifest
import FlyteSyntax

/// Entry point: picks the task or workflow, derives the execution id and runs it.
public struct Simulator: Sendable {
  public var file: ManifestFile
  public var options: SimulationOptions

  public init(file: ManifestFile, options: SimulationOptions) {
    self.file = file
    self.options = options
  }

  public func run() throws(SimulationError) -> RunRecord {
    let overrides = try overrideInputs()
    switch try target() {
    case .task(let task, let document):
      let model = TaskModel(
        task, tree: file.tree, types: TypeEnvironment(tree: file.tree, document: document))
      var inputs: [String: NodeInput] = [:]
      for (name, node) in model.simulate.inputs { inputs[name] = NodeInput(node, in: file.tree) }
      for (name, value) in overrides { inputs[name] = value }
      return TaskRun(
        task: model, tree: file.tree, options: options, executionID: executionID(model.name, inputs)
      )
      .run(inputs: inputs)
    case .workflow(let workflow):
      var inputs: [String: NodeInput] = [:]
      let block = file.tree.value(of: "simulate", in: workflow.entry)
      if let given = block.flatMap({ file.tree.value(of: "inputs", in: $0) }) {
        for entry in file.tree.entries(of: given) {
          inputs[entry.name] = NodeInput(entry.value, in: file.tree)
        }
      }
      for (name, value) in overrides { inputs[name] = value }
      let name = workflow.name ?? "workflow"
      return WorkflowRun(
        workflow: workflow, file: file, options: options, executionID: executionID(name, inputs),
        platform: PlatformOverheads(simulate: block, in: file.tree)
      ).run(inputs: inputs)
    }
  }

  enum Target {
    case task(TaskSpec, ManifestDocument)
    case workflow(WorkflowSpec)
  }

  private func target() throws(SimulationError) -> Target {
    let tasks = file.documents.flatMap { document in document.tasks.map { ($0, document) } }
    let workflows = file.documents.flatMap(\.workflows)
    switch options.target {
    case .task(let name):
      guard let found = tasks.first(where: { $0.0.name == name }) else { throw .unknownTask(name) }
      return .task(found.0, found.1)
    case .workflow(let name):
      guard let found = workflows.first(where: { $0.name == name }) else {
        throw .unknownWorkflow(name)
      }
      return .workflow(found)
    case .automatic:
      if workflows.count == 1 { return .workflow(workflows[0]) }
      if workflows.isEmpty, tasks.count == 1 { return .task(tasks[0].0, tasks[0].1) }
      let names =
        workflows.compactMap(\.name).map { "--workflow \($0)" }
        + tasks.compactMap(\.0.name).map { "--task \($0)" }
      throw .noTarget(candidates: names)
    }
  }

  private func overrideInputs() throws(SimulationError) -> [String: NodeInput] {
    guard let bytes = options.inputsJSON else { return [:] }
    let tree = SyntaxTree.parseJSON(bytes)
    guard tree.errors.isEmpty, let root = tree.documents.first?.root, tree.isMapping(root) else {
      throw .badInputs("expected a JSON object of input names to values")
    }
    var inputs: [String: NodeInput] = [:]
    for entry in tree.entries(of: root) { inputs[entry.name] = NodeInput(entry.value, in: tree) }
    return inputs
  }

  /// A Flyte-like execution name (a letter then 19 hex digits) from the manifest bytes, the
  /// target and the inputs: the same run gets the same id.
  private func executionID(_ name: String, _ inputs: [String: NodeInput]) -> String {
    let values: SimValues = inputs.map { (name: $0.key, value: $0.value.value) }
    var bytes = file.tree.source
    bytes += Array("\n\(name)\n\(values.canonicalJSON)".utf8)
    return "f" + SHA256.hex(bytes).prefix(19)
  }
}
