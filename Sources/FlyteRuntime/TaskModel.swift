import FlyteManifest
import FlyteSyntax

/// One input or output of a task with its resolved type (nil: unreadable, not checked).
public struct TypedParameter: Sendable {
  public var name: String
  public var type: PythonType?
  public var typeText: String
  public var defaultNode: NodeID?
}

/// What the simulator needs of a task: its interface, its retry/timeout/interruptible/cache
/// metadata and its `simulate` block.
public struct TaskModel: Sendable {
  public var name: String
  public var inputs: [TypedParameter]
  public var outputs: [TypedParameter]
  public var retries: Int
  /// nanoseconds; nil when absent, zero or negative (propeller ignores those).
  public var timeoutNanos: Int64?
  public var interruptible: Bool
  public var cache: CacheSettings?
  public var simulate: SimulateBlock
  /// nil when decks are off.
  public var decks: DeckSettings?

  public init(_ task: TaskSpec, tree: SyntaxTree, types: TypeEnvironment) {
    name = task.name ?? "task"
    func typed(_ parameter: Parameter) -> TypedParameter {
      TypedParameter(
        name: parameter.name, type: types.resolve(parameter, format: task.format).type,
        typeText: parameter.type ?? "", defaultNode: parameter.defaultNode)
    }
    inputs = task.inputs.map(typed)
    outputs = task.outputs.map(typed)
    retries =
      task.field("retries").flatMap { field -> Int? in
        if case .int(let text)? = tree.scalar(field.value) { return Int(text) }
        if tree.isMapping(field.value), let inner = tree.value(of: "retries", in: field.value),
          case .int(let text)? = tree.scalar(inner)
        {
          return Int(text)
        }
        return nil
      } ?? 0
    retries = max(0, retries)
    let timeout = task.field("timeout").flatMap { field in
      task.format == .flyteidl
        ? DurationParser.flyteIDLTimeout(field.value, in: tree)
        : DurationParser.timeout(field.value, in: tree)
    }
    timeoutNanos = timeout?.parse.value.map(Nanos.of).flatMap { $0 > 0 ? $0 : nil }
    interruptible = task.field("interruptible").flatMap { tree.flag($0.value) } ?? false
    cache = CacheSettings.read(task, in: tree)
    simulate = SimulateBlock(task.field("simulate")?.value, in: tree)
    decks = DeckSettings.read(task, in: tree)
  }
}
