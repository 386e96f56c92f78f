import FlyteManifest
import FlyteSyntax

/// FL004: a task value of the wrong type.
public enum InvalidValueTypeRule: Rule {
  public static let description = RuleDescription(
    code: "FL004", name: "invalid-value-type", severity: .error,
    summary: "a value of the wrong type",
    rationale: """
      flytekit stores most task arguments unchecked: `retries: "3"` or `interruptible: "yes"` \
      pass the decorator and fail only when the task is serialised for registration, and a \
      wrong type elsewhere is carried into the registered task. `null` counts as not given. A \
      YAML 1.1 boolean where a bool is expected (`interruptible: yes`) is FL007's, not this \
      rule's. Timeouts are checked by FL201.
      """,
    flytekit: "'str' object cannot be interpreted as an integer",
    bad: [
      "tasks:\n  - name: t\n    retries: «\"3\"»\n",
      "tasks:\n  - name: t\n    interruptible: «\"yes\"»\n",
      "tasks:\n  - name: t\n    cache_version: «1»\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, «1»]\n",
      "tasks:\n  - name: t\n    deck_fields: «Input»\n",
      "type: python-task\nmetadata:\n  interruptible: «\"true\"»\ninterface: {}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    retries: 3\n    interruptible: true\n    cache_version: \"1\"\n",
      "tasks:\n  - name: t\n    interruptible: yes\n",
      "tasks:\n  - name: t\n    deprecated: null\n    pod_template_name: my-template\n",
      "type: python-task\nmetadata:\n  retries: {retries: \"3\"}\ninterface: {}\n",
    ])

  enum Expected {
    case bool, int, string, stringList

    var noun: String {
      switch self {
      case .bool: return "a bool"
      case .int: return "an int"
      case .string: return "a string"
      case .stringList: return "a list of strings"
      }
    }
  }

  /// The fields this rule checks, by native name.
  static let fields: [(name: String, expected: Expected)] = [
    ("retries", .int), ("interruptible", .bool), ("enable_deck", .bool), ("disable_deck", .bool),
    ("cache_serialize", .bool), ("cache_version", .string), ("deprecated", .string),
    ("pod_template_name", .string), ("deck_fields", .stringList),
  ]

  static let strToIntText = "flytekit: 'str' object cannot be interpreted as an integer"

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks {
      for (name, expected) in fields {
        guard let field = task.field(name) else { continue }
        let value = tree.resolved(field.value)
        guard !tree.isNull(value), !fits(value, expected, task: task, tree: tree) else { continue }
        let key = context.keyName(field, name)
        if expected == .stringList && tree.isSequence(value) {
          for item in tree.items(of: value) where tree.string(item) == nil {
            var note: String?
            if task.format == .native, DeckSettings.enabled(task, tree: tree), let shown = pythonString(item, tree: tree) {
              note = "flytekit: \(DeckFields.flytekitText(element: shown))"
            }
            context.reportOnce(
              "expected a string in \"\(key)\", got \(ValueDescription.of(item, in: tree))",
              at: context.oneLineRange(item, key: nil), note: note,
              related: context.defaultsNote(field, task: task), origin: field.origin)
          }
          continue
        }
        var note: String?
        if task.format == .native, tree.string(value) != nil {
          if name == "retries" || name == "interruptible" { note = strToIntText }
          if name == "deck_fields", DeckSettings.enabled(task, tree: tree), let first = tree.string(value)?.first {
            note = "flytekit: \(DeckFields.flytekitText(element: String(first)))"
          }
        }
        context.reportOnce(
          "expected \(expected.noun) for \"\(key)\", got \(ValueDescription.of(value, in: tree))",
          at: context.valueRange(field), note: note, help: help(expected, value, tree: tree),
          related: context.defaultsNote(field, task: task), origin: field.origin)
      }
    }
  }

  static func fits(_ value: NodeID, _ expected: Expected, task: TaskSpec, tree: SyntaxTree) -> Bool {
    switch expected {
    case .bool:
      if case .bool = tree.scalar(value) { return true }
      return ValueExpectations.yaml11ReadingFits(value, expected: .bool, tree: tree)
    case .int:
      if case .int = tree.scalar(value) { return true }
      // proto3 JSON writes integers as numbers or decimal strings.
      if task.format == .flyteidl, tree.string(value) != nil, TaskRetries.read(task, tree: tree) != nil { return true }
      return ValueExpectations.yaml11ReadingFits(value, expected: .int, tree: tree)
    case .string: return tree.string(value) != nil
    case .stringList: return tree.isSequence(value) && tree.items(of: value).allSatisfy { tree.string($0) != nil }
    }
  }

  private static func help(_ expected: Expected, _ value: NodeID, tree: SyntaxTree) -> String? {
    switch (expected, tree.scalar(value)) {
    case (.int, .string(let s)) where Int(s) != nil: return "remove the quotes: \(s)"
    case (.bool, .string(let s)) where ["true", "false"].contains(s.lowercased()): return "remove the quotes: \(s.lowercased())"
    case (.string, .int(let s)?), (.string, .float(let s)?): return "quote it: \"\(s)\""
    case (.string, .bool(let b)?): return "quote it: \"\(b)\""
    case (.stringList, .string(let s)?): return "write a list: [\(s)]"
    default: return nil
    }
  }

  /// `str()` of a scalar as Python sees it, for flytekit's message.
  private static func pythonString(_ id: NodeID, tree: SyntaxTree) -> String? {
    switch tree.scalar(id) {
    case .int(let text): return Int(text).map(String.init)
    case .bool(let b): return b ? "True" : "False"
    case .null: return "None"
    default: return nil
    }
  }
}
