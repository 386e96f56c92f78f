import FlyteManifest
import FlyteSyntax

/// What workflow rules need to know of a task, from any file of the run.
public struct TaskSummary: Sendable {
  public struct Input: Sendable {
    public var name: String
    public var required: Bool
  }
  public var name: String
  public var inputs: [Input]
  public var outputs: [String]
  public var deprecated: String?

  /// A byte-level pre-check (String.contains is slow): only `Optional`, `None`, `Union` or
  /// `|` can make a type admit None.
  static func mayAdmitNone(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for i in bytes.indices {
        switch bytes[i] {
        case UInt8(ascii: "|"): return true
        case UInt8(ascii: "O") where has(bytes, "Optional", at: i): return true
        case UInt8(ascii: "N") where has(bytes, "None", at: i): return true
        case UInt8(ascii: "U") where has(bytes, "Union", at: i): return true
        default: continue
        }
      }
      return false
    }
  }

  private static func has(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString, at start: Int) -> Bool {
    guard start + word.utf8CodeUnitCount <= bytes.count else { return false }
    for k in 0..<word.utf8CodeUnitCount where bytes[start + k] != word.utf8Start[k] { return false }
    return true
  }

  init(_ task: TaskSpec, tree: SyntaxTree) {
    name = task.name ?? ""
    // flytekit treats an input with a default, or an Optional one, as not required.
    inputs = task.inputs.map { parameter in
      // Parse only types that can admit None at all: most inputs are plain `int`, `str`…
      let optional = parameter.type.map { text in
        Self.mayAdmitNone(text) && (PythonTypeParser.parse(text).type?.admitsNone ?? false)
      } ?? false
      return Input(name: parameter.name, required: parameter.defaultNode == nil && !optional)
    }
    outputs = task.outputs.map(\.name)
    deprecated = task.field("deprecated").flatMap { tree.string($0.value) }.flatMap { $0.isEmpty ? nil : $0 }
  }
}

/// A workflow node's use of a task: what it binds and which of its outputs others read.
public struct TaskUse: Sendable {
  public struct OutputRef: Sendable {
    public var output: String
    public var range: ByteRange
  }
  public var task: String
  public var taskRange: ByteRange
  public var bound: [String]
  public var outputRefs: [OutputRef]
}

/// Workflow facts of one file: task uses, which resolve here and which need the whole run.
public struct WorkflowFacts: Sendable {
  public var summaries: [String: TaskSummary] = [:]
  public var uses: [TaskUse] = []

  public init(_ file: ManifestFile) {
    for task in file.allTasks where task.name != nil {
      summaries[task.name ?? ""] = TaskSummary(task, tree: file.tree)
    }
    let tree = file.tree
    for document in file.documents {
      for workflow in document.workflows {
        // Which outputs of each node the other bindings read, grouped once per workflow.
        var readsBySource: [String: [TaskUse.OutputRef]] = [:]
        for binding in workflow.nodes.flatMap(\.bindings) + workflow.outputs {
          if let source = binding.source, let output = binding.output, let from = binding.fromNode {
            readsBySource[source, default: []].append(TaskUse.OutputRef(output: output, range: tree.findingRange(from)))
          }
        }
        for node in workflow.nodes {
          guard let task = node.task, let taskNode = node.taskNode else { continue }
          let refs = node.id.flatMap { readsBySource[$0] } ?? []
          uses.append(
            TaskUse(task: task, taskRange: tree.findingRange(taskNode), bound: node.bindings.map(\.name), outputRefs: refs))
        }
      }
    }
  }

  /// Uses whose task is not declared in this file.
  public var unresolved: [TaskUse] { uses.filter { summaries[$0.task] == nil } }

  /// FL502 (unknown output), FL505 and FL506 findings for a use of a known task.
  public static func findings(for use: TaskUse, of task: TaskSummary) -> [Finding] {
    var result: [Finding] = []
    for ref in use.outputRefs where !task.outputs.contains(ref.output) {
      let d = BindingUnknownSourceRule.description
      let hint = Suggestion.closest(to: ref.output, in: task.outputs).map { "; did you mean \"\($0)\"?" } ?? ""
      result.append(
        Finding(code: d.code, name: d.name, severity: d.severity,
          message: "task \"\(task.name)\" has no output \"\(ref.output)\"\(hint)", range: ref.range))
    }
    let missing = task.inputs.filter { $0.required && !use.bound.contains($0.name) }.map(\.name)
    if !missing.isEmpty {
      let d = InputUnboundRule.description
      let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
      result.append(
        Finding(code: d.code, name: d.name, severity: d.severity,
          message: "required input\(missing.count > 1 ? "s" : "") \(list) of task \"\(task.name)\" \(missing.count > 1 ? "are" : "is") not bound",
          help: "bind \(missing.count > 1 ? "them" : "it") under the node's \"inputs\", or give the task input a default",
          range: use.taskRange))
    }
    if let message = task.deprecated {
      let d = DeprecatedTaskUsedRule.description
      result.append(
        Finding(code: d.code, name: d.name, severity: d.severity,
          message: "task \"\(task.name)\" is deprecated: \(message)", range: use.taskRange))
    }
    return result
  }
}
