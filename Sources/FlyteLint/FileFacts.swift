import FlyteManifest
import FlyteSyntax

/// Facts derived from one file that several rules need (timeouts, resolved types, workflow
/// uses). Each is computed once per lint of the file and shared by every rule's context.
final class FileFacts {
  let file: ManifestFile
  private var timeouts: [NodeID: TaskTimeout.Reading?] = [:]
  private var environments: [Int: TypeEnvironment] = [:]
  private var parameterTypes: [NodeID: ParameterType] = [:]
  private var typed: [TypedTask]?
  private var workflow: WorkflowFacts?
  private var caches: [NodeID: CacheFacts] = [:]

  init(file: ManifestFile) { self.file = file }

  func timeout(of task: TaskSpec) -> TaskTimeout.Reading? {
    if let known = timeouts[task.entry] { return known }
    let reading = TaskTimeout.read(task, tree: file.tree)
    timeouts[task.entry] = .some(reading)
    return reading
  }

  func cache(of task: TaskSpec) -> CacheFacts {
    if let known = caches[task.entry] { return known }
    let facts = CacheFacts(task: task, tree: file.tree)
    caches[task.entry] = facts
    return facts
  }

  func environment(_ document: ManifestDocument) -> TypeEnvironment {
    if let known = environments[document.index] { return known }
    let environment = TypeEnvironment(tree: file.tree, document: document)
    environments[document.index] = environment
    return environment
  }

  func type(of parameter: Parameter, in typed: TypedTask) -> ParameterType {
    if let known = parameterTypes[parameter.key] { return known }
    let type = typed.types.resolve(parameter, format: typed.task.format)
    parameterTypes[parameter.key] = type
    return type
  }

  var typedTasks: [TypedTask] {
    if let typed { return typed }
    let result = file.documents.filter { $0.kind != .other }.flatMap { document in
      let types = environment(document)
      return document.tasks.map { TypedTask(task: $0, types: types, facts: self) }
    }
    typed = result
    return result
  }

  var workflowFacts: WorkflowFacts {
    if let workflow { return workflow }
    let facts = WorkflowFacts(file)
    workflow = facts
    return facts
  }
}
