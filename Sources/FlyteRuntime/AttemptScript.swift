import FlyteManifest
import FlyteSyntax

/// Builds one attempt's timeline and result before deadlines are applied: the pod
/// entrypoint's phases in flytekit's recorded order (inner timeit blocks first).
struct AttemptScript {
  var entries: [TimelineEntry] = []
  var end: Int64
  var error: AttemptError?
  var outcome: String
  var note: String?
  var userCodeStart: Int64?
  var outputs: [OutputRecord] = []

  init(
    task: TaskModel, tree: SyntaxTree, inputs: [String: NodeInput], scripted: ScriptedAttempt,
    interruptible: Bool, start: Int64, uris: (inputs: String, outputs: String)
  ) {
    outcome = scripted.outcome.rawValue
    end = start
    var t = start
    var entries: [TimelineEntry] = []
    func record(_ name: String, _ from: Int64, _ to: Int64) {
      entries.append(TimelineEntry(name: name, start: from, finish: to))
    }
    defer { self.entries = entries }
    record(Phase.loadTask, t, t + Phase.loadCost)
    t += Phase.loadCost
    record(Phase.download(uris.inputs), t, t + Phase.downloadCost)
    t += Phase.downloadCost
    let translateStart = t
    t += Phase.translateInputsCost
    record(Phase.asyncTranslate, translateStart, t)
    record(Phase.translateInputs, translateStart, t)
    end = t
    if let problem = Self.inputProblem(task: task, tree: tree, inputs: inputs) {
      error = AttemptError(code: "SYSTEM", message: problem, kind: .system, recoverable: false)
      outcome = "input_error"
      return
    }
    userCodeStart = t
    t += scripted.durationNanos ?? task.simulate.durationNanos
    record(Phase.userCode, userCodeStart ?? t, t)
    end = t
    var scriptedOutcome = scripted.outcome
    if scriptedOutcome == .preempted && !interruptible {
      scriptedOutcome = .success
      outcome = Outcome.success.rawValue
      note =
        "preempted on a non-interruptible attempt: treated as success (the pod is not preemptible)"
    }
    if let failure = AttemptError.scripted(scriptedOutcome, message: scripted.message) {
      error = failure
      return
    }
    let dispatchStart = t
    t += Phase.translateOutputsCost
    record(Phase.translateOutputs, dispatchStart, t)
    record(Phase.dispatch, dispatchStart, t)
    end = t
    switch Self.outputs(task: task, tree: tree) {
    case .failure(let message):
      error = AttemptError(code: "SYSTEM", message: message, kind: .system, recoverable: false)
      outcome = "output_error"
      return
    case .success(let values):
      outputs = values
    }
    record(Phase.upload(uris.outputs), t, t + Phase.uploadCost)
    end = t + Phase.uploadCost
  }

  /// flytekit's input conversion detail for the first input that does not fit.
  static func inputProblem(task: TaskModel, tree: SyntaxTree, inputs: [String: NodeInput])
    -> String?
  {
    for parameter in task.inputs {
      guard let given = inputs[parameter.name] else {
        if parameter.type?.admitsNone == true { continue }
        return "Error converting input '\(parameter.name)':\nno value was given"
      }
      guard let type = parameter.type, let source = given.source else { continue }
      if let mismatch = TypeFits.check(source.node, against: type, in: source.tree) {
        return
          "Error converting input '\(parameter.name)':\nLiteral value: \(given.value.canonicalJSON)\n"
          + "Expected Python type: \(parameter.typeText)\nException: found \(mismatch.found)"
      }
    }
    return nil
  }

  enum OutputResult {
    case success([OutputRecord])
    case failure(String)
  }

  /// The outputs the user code returns, checked against their types as `_output_to_literal_map`
  /// does; positions are the integer index for default `o<i>` names, else the name.
  static func outputs(task: TaskModel, tree: SyntaxTree) -> OutputResult {
    var records: [OutputRecord] = []
    for (index, parameter) in task.outputs.enumerated() {
      let position = parameter.name == "o\(index)" ? String(index) : parameter.name
      let prefix = "Failed to convert outputs of task '\(task.name)' at position \(position).\n"
      let metadata = task.simulate.outputMetadata[parameter.name].map { SimValue($0, in: tree) }
      guard let node = task.simulate.outputs[parameter.name] else {
        if parameter.type?.admitsNone == false {
          return .failure(prefix + "Failed to convert type None to type \(parameter.typeText).")
        }
        records.append(OutputRecord(name: parameter.name, value: .null, metadata: metadata))
        continue
      }
      if let type = parameter.type, let mismatch = TypeFits.check(node, against: type, in: tree) {
        return .failure(
          prefix + "Failed to convert type \(mismatch.found) to type \(parameter.typeText).")
      }
      records.append(
        OutputRecord(name: parameter.name, value: SimValue(node, in: tree), metadata: metadata))
    }
    return .success(records)
  }
}
