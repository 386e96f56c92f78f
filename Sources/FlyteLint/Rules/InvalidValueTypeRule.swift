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
      rule's. Timeouts are checked by FL201. `cache` takes a bool or a Cache object: flytekit \
      only tests another value's truthiness, so `cache: "yes"` without a version is refused \
      with TaskMetadata's text, and `cache: 0` quietly turns the cache off. A Cache object's \
      fields are checked too: a version or an ignored input that is not a string fails when the \
      task is serialised. A manifest's top-level `version` must be 1, the only version of the \
      format.
      """,
    flytekit: "'str' object cannot be interpreted as an integer",
    fix: .safe,
    fixSummary: "writes `1` for a top-level `version` that already means 1 (`\"1\"`, `1.0`); other wrong types have no fix",
    bad: [
      "tasks:\n  - name: t\n    retries: «\"3\"»\n",
      "tasks:\n  - name: t\n    interruptible: «\"yes\"»\n",
      "tasks:\n  - name: t\n    cache_version: «1»\n",
      "tasks:\n  - name: t\n    enable_deck: true\n    deck_fields: [Input, «1»]\n",
      "tasks:\n  - name: t\n    deck_fields: «Input»\n",
      "type: python-task\nmetadata:\n  interruptible: «\"true\"»\ninterface: {}\n",
      "tasks:\n  - name: t\n    cache: «\"yes\"»\n",
      "tasks:\n  - name: t\n    cache: «1»\n    cache_version: \"v1\"\n",
      "tasks:\n  - name: t\n    cache: {version: «1», ignored_inputs: [a, «2»]}\n    inputs: {a: int}\n",
      "tasks:\n  - name: t\n    cache: true\n    cache_version: \"v1\"\n    cache_ignore_input_vars: «5»\n",
      "version: «2»\ntasks:\n  - name: t\n",
      "version: «\"1\"»\ntasks:\n  - name: t\n",
    ],
    good: [
      "tasks:\n  - name: t\n    retries: 3\n    interruptible: true\n    cache_version: \"1\"\n",
      "tasks:\n  - name: t\n    interruptible: yes\n",
      "tasks:\n  - name: t\n    deprecated: null\n    pod_template_name: my-template\n",
      "type: python-task\nmetadata:\n  retries: {retries: \"3\"}\ninterface: {}\n",
      "tasks:\n  - name: t\n    cache: {version: \"v1\"}\n  - name: u\n    cache: yes\n    cache_version: \"v1\"\n",
      "tasks:\n  - name: t\n    inputs: {a: int}\n    cache: {version: \"v1\", ignored_inputs: a, salt: null}\n",
      "version: 1\ntasks:\n  - name: t\n",
    ])

  enum Expected {
    case bool, int, string, stringList
    /// A single string or a list of strings (ignored inputs, cache policies).
    case stringOrList
    /// `cache`: a bool or a Cache object (a mapping).
    case cache

    var noun: String {
      switch self {
      case .bool: return "a bool"
      case .int: return "an int"
      case .string: return "a string"
      case .stringList: return "a list of strings"
      case .stringOrList: return "a string or a list of strings"
      case .cache: return "a bool or a Cache object"
      }
    }
  }

  /// The fields this rule checks, by native name.
  static let fields: [(name: String, expected: Expected)] = [
    ("cache", .cache), ("retries", .int), ("interruptible", .bool), ("enable_deck", .bool),
    ("disable_deck", .bool), ("cache_serialize", .bool), ("cache_version", .string),
    ("cache_ignore_input_vars", .stringOrList), ("deprecated", .string), ("pod_template_name", .string),
    ("deck_fields", .stringList),
  ]
  /// `fields` with each name's slot, looked up once.
  static let fieldSlots: [(name: String, slot: Int, expected: Expected)] = fields.compactMap { field in
    TaskFieldSlots.slot(of: field.name).map { (field.name, $0, field.expected) }
  }

  static let strToIntText = "flytekit: 'str' object cannot be interpreted as an integer"

  /// A Cache object's fields (SPEC §3).
  static let cacheObjectFields: [(name: String, expected: Expected)] = [
    ("version", .string), ("serialize", .bool), ("ignored_inputs", .stringOrList), ("salt", .string),
    ("policies", .stringOrList),
  ]

  /// One value to check: a task field, or a field of the task's Cache object.
  struct Place {
    var name: String
    var expected: Expected
    var key: NodeID?
    var value: NodeID
    /// The task field the value belongs to (`cache` for a Cache object's fields).
    var field: FieldRef
    /// The name as written (nil: the task field's key as written, read only when reported),
    /// and where it sits (`""` for a task field).
    var shown: String?
    var within: String
  }

  public static func check(_ context: inout RuleContext) {
    checkVersion(&context)
    let tree = context.tree
    for task in context.tasks {
      var places: [Place] = []
      for (name, slot, expected) in fieldSlots {
        guard let field = task.field(slot: slot) else { continue }
        places.append(Place(
          name: name, expected: expected, key: field.key, value: field.value, field: field,
          shown: nil, within: ""))
      }
      if let cache = task.field("cache"), task.format == .native, tree.isMapping(cache.value) {
        for entry in tree.entries(of: tree.resolved(cache.value)) {
          guard let expected = cacheObjectFields.first(where: { $0.name == entry.name })?.expected else { continue }
          places.append(Place(
            name: entry.name, expected: expected, key: entry.key, value: entry.value, field: cache,
            shown: entry.name, within: " in the Cache object"))
        }
      }
      for place in places { check(place, task: task, &context) }
    }
  }

  private static func check(_ place: Place, task: TaskSpec, _ context: inout RuleContext) {
    let tree = context.tree
    let (name, expected, field) = (place.name, place.expected, place.field)
    let value = tree.resolved(place.value)
    guard !tree.isNull(value), !fits(value, expected, task: task, tree: tree) else { return }
    let key = place.shown ?? context.keyName(field, name)
    if expected == .stringList || expected == .stringOrList, tree.isSequence(value) {
      for item in tree.items(of: value) where tree.string(item) == nil {
        var note: String?
        if name == "deck_fields", task.format == .native, DeckSettings.enabled(task, tree: tree),
          let shown = pythonString(item, tree: tree)
        {
          note = "flytekit: \(DeckFields.flytekitText(element: shown))"
        }
        context.report(
          "expected a string in \"\(key)\"\(place.within), got \(ValueDescription.of(item, in: tree))",
          at: context.oneLineRange(item, key: nil), note: note,
          related: context.defaultsNote(field, task: task))
      }
      return
    }
    var note: String?
    if task.format == .native, place.within.isEmpty {
      if tree.string(value) != nil {
        if name == "retries" || name == "interruptible" { note = strToIntText }
        if name == "deck_fields", DeckSettings.enabled(task, tree: tree), let first = tree.string(value)?.first {
          note = "flytekit: \(DeckFields.flytekitText(element: String(first)))"
        }
      }
      if ["cache", "cache_serialize", "cache_ignore_input_vars"].contains(name) {
        note = cacheTruthinessNote(name, value, task: task, tree: tree)
      }
    }
    // The TaskMetadata form and flyteidl's `discoverable` take a bool only.
    let bareBool = task.format == .flyteidl || field.origin == .metadata
    let noun = expected == .cache && bareBool ? Expected.bool.noun : expected.noun
    context.report(
      "expected \(noun) for \"\(key)\"\(place.within), got \(ValueDescription.of(value, in: tree))",
      at: context.oneLineRange(place.value, key: place.key), note: note, help: help(expected, value, tree: tree),
      related: context.defaultsNote(field, task: task))
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
    case .stringOrList: return tree.string(value) != nil || fits(value, .stringList, task: task, tree: tree)
    case .cache: return tree.isMapping(value) || fits(value, .bool, task: task, tree: tree)
    }
  }

  private static func help(_ expected: Expected, _ value: NodeID, tree: SyntaxTree) -> String? {
    switch (expected, tree.scalar(value)) {
    case (.int, .string(let s)) where Int(s) != nil: return "remove the quotes: \(s)"
    case (.bool, .string(let s)) where ["true", "false"].contains(s.lowercased()):
      return "remove the quotes: \(s.lowercased())"
    case (.cache, .string(let s)) where ["true", "false"].contains(s.lowercased()):
      return "remove the quotes: \(s.lowercased())"
    case (.cache, _): return "write `cache: true` with a version, `cache: false`, or `cache: {version: \"v1\"}`"
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
