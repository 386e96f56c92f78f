import FlyteManifest
import FlyteSyntax

// Helpers shared by the value rules (FL004, FL007, FL2xx, FL3xx).

extension RuleContext {
  /// Where a finding about a field's value lands: the value when it fits on one line, else its
  /// key (a block mapping or list spans lines; a finding's range never does).
  func valueRange(_ field: FieldRef) -> ByteRange { oneLineRange(field.value, key: field.key) }

  func oneLineRange(_ node: NodeID, key: NodeID?) -> ByteRange { tree.findingRange(value: node, key: key) }

  func spansLines(_ range: ByteRange) -> Bool {
    tree.source[range.lowerBound..<range.upperBound].contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
  }

  /// The field's key as written (`cacheSerializable` in flyteidl), else `fallback`.
  func keyName(_ field: FieldRef, _ fallback: String) -> String {
    guard let key = field.key, tree.isScalar(key) else { return fallback }
    return tree.scalarValue(tree.resolved(key))
  }
}

/// How a value reads, for messages: `the string "3"`, `the float 1.5`, `a list`.
enum ValueDescription {
  static func of(_ id: NodeID, in tree: SyntaxTree) -> String {
    let node = tree.resolved(id)
    if tree.isMapping(node) { return "a mapping" }
    if tree.isSequence(node) { return "a list" }
    switch tree.scalar(node) {
    case .none, .null: return "null"
    case .bool(let b): return "the bool \(b)"
    case .int(let text): return "the int \(text)"
    case .float(let text): return "the float \(text)"
    case .infinity(let negative): return "the float \(negative ? "-" : "").inf"
    case .nan: return "the float .nan"
    case .string(let s): return "the string \"\(s)\""
    }
  }
}

/// Python truthiness of a value as flytekit receives it (YAML 1.1 booleans read as bools).
enum PythonTruth {
  static func of(_ id: NodeID, in tree: SyntaxTree) -> Bool {
    let node = tree.resolved(id)
    if let b = tree.flag(node) { return b }
    if tree.isMapping(node) { return !tree.entries(of: node).isEmpty }
    if tree.isSequence(node) { return !tree.items(of: node).isEmpty }
    switch tree.scalar(node) {
    case .none, .null: return false
    case .bool(let b): return b
    case .int(let text), .float(let text): return !isZeroNumber(text)
    case .infinity, .nan: return true
    case .string(let s): return !s.isEmpty
    }
  }
}

/// True for a core-schema number whose value is zero (`0`, `-0.0`, `0x0`, `0e5`).
func isZeroNumber(_ text: String) -> Bool {
  var body = Substring(text)
  if body.first == "-" || body.first == "+" { body.removeFirst() }
  if body.hasPrefix("0x") || body.hasPrefix("0o") { body.removeFirst(2) }
  else if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) { body = body[..<e] }
  return body.allSatisfy { $0 == "0" || $0 == "." }
}

/// Whether a task produces decks (flytekit's `PythonTask.__init__`): `enable_deck` if given,
/// else `not disable_deck` if given, else off.
enum DeckSettings {
  /// A field that is given: present and not null (flytekit tests `is not None`).
  static func given(_ name: String, in task: TaskSpec, tree: SyntaxTree) -> FieldRef? {
    guard let field = task.field(name), !tree.isNull(field.value) else { return nil }
    return field
  }

  static func enabled(_ task: TaskSpec, tree: SyntaxTree) -> Bool {
    guard task.format == .native else { return false }
    if let enable = given("enable_deck", in: task, tree: tree) { return PythonTruth.of(enable.value, in: tree) }
    if let disable = given("disable_deck", in: task, tree: tree) { return !PythonTruth.of(disable.value, in: tree) }
    return false
  }

  /// The field that turns decks off, when one does.
  static func switchedOffBy(_ task: TaskSpec, tree: SyntaxTree) -> FieldRef? {
    if let enable = given("enable_deck", in: task, tree: tree) { return PythonTruth.of(enable.value, in: tree) ? nil : enable }
    if let disable = given("disable_deck", in: task, tree: tree) { return PythonTruth.of(disable.value, in: tree) ? disable : nil }
    return nil
  }
}

/// The DeckField values and flytekit's message about them.
enum DeckFields {
  static let valid = TaskKeys.deckFields
  static let memberNames = ["INPUT", "OUTPUT", "SOURCE_CODE", "TIMELINE", "DEPENDENCIES"]

  /// flytekit's text for an invalid element, with the DeckField set in a fixed order.
  static func flytekitText(element: String) -> String {
    let members = zip(memberNames, valid).map { "<DeckField.\($0): '\($1)'>" }.joined(separator: ", ")
    return "Element \(element) from deck_fields param is not a valid deck field. Please use one of {\(members)}"
  }

  /// The DeckField value a wrong spelling most likely means: the same letters in another case
  /// or with `_`/`-` for the space (`input`, `SOURCE_CODE`, `DeckField.TIMELINE`), else a close
  /// typo.
  static func suggestion(for text: String) -> String? {
    var word = text
    if word.hasPrefix("DeckField.") { word.removeFirst("DeckField.".count) }
    let key = normalized(word)
    if let match = valid.first(where: { normalized($0) == key }) { return match }
    return Suggestion.closest(to: word, in: valid)
  }

  private static func normalized(_ s: String) -> String {
    String(s.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
  }
}

/// What type a manifest value must have, by where it is.
enum ExpectedType: Sendable {
  case bool, int, string
}

enum ValueExpectations {
  static let boolKeys: Set<String> = [
    "cache", "cache_serialize", "interruptible", "enable_deck", "disable_deck", "generates_deck",
    "is_eager", "pickle_untyped",
  ]
  static let intKeys: Set<String> = ["retries", "timeout"]
  static let stringKeys: Set<String> = [
    "name", "cache_version", "deprecated", "pod_template_name", "container_image", "source",
  ]
  static let stringListKeys: Set<String> = ["deck_fields", "cache_ignore_input_vars", "dependencies"]
  static let stringMapKeys: Set<String> = ["labels", "annotations", "environment"]

  /// Every value node of the file's manifest documents whose type its place fixes.
  static func map(for file: ManifestFile) -> [NodeID: ExpectedType] {
    let tree = file.tree
    var map: [NodeID: ExpectedType] = [:]
    for document in file.documents {
      switch document.kind {
      case .native:
        if let root = document.root, let version = tree.value(of: "version", in: root) { map[version] = .int }
        if let defaults = document.defaultsNode { taskEntries(tree.entries(of: defaults), tree: tree, into: &map) }
        for task in document.tasks {
          taskEntries(task.ownEntries, tree: tree, into: &map)
          taskEntries(task.metadataEntries, tree: tree, into: &map)
        }
      case .flyteidl:
        for task in document.tasks {
          for (name, field) in task.fields {
            if name == "timeout" { map[field.value] = .string }
            else if boolKeys.contains(name) { map[field.value] = .bool }
            else if intKeys.contains(name) { map[field.value] = .int }
            else if stringKeys.contains(name) { map[field.value] = .string }
            else if stringListKeys.contains(name) { strings(field.value, tree: tree, into: &map) }
          }
        }
      case .other: break
      }
    }
    return map
  }

  private static func taskEntries(_ entries: [MappingEntry], tree: SyntaxTree, into map: inout [NodeID: ExpectedType]) {
    for entry in entries {
      let value = entry.value
      if boolKeys.contains(entry.name) && !tree.isMapping(value) { map[value] = .bool }
      else if intKeys.contains(entry.name) && tree.isScalar(value) { map[value] = .int }
      else if stringKeys.contains(entry.name) { map[value] = .string }
      else if stringListKeys.contains(entry.name) { strings(value, tree: tree, into: &map) }
      else if stringMapKeys.contains(entry.name) {
        for inner in tree.entries(of: value) { map[inner.value] = .string }
      }
      if entry.name == "cache" && tree.isMapping(value) {
        for field in tree.entries(of: value) {
          switch field.name {
          case "version", "salt": map[field.value] = .string
          case "serialize": map[field.value] = .bool
          case "ignored_inputs", "policies": strings(field.value, tree: tree, into: &map)
          default: break
          }
        }
      }
      if entry.name == "inputs" || entry.name == "outputs" {
        for parameter in tree.entries(of: value) { self.parameter(parameter.value, tree: tree, into: &map) }
      }
    }
  }

  /// `name: type` or `{type, default, description}`; a default's type follows a simple type.
  private static func parameter(_ value: NodeID, tree: SyntaxTree, into map: inout [NodeID: ExpectedType]) {
    guard tree.isMapping(value) else {
      map[value] = .string
      return
    }
    var declared: String?
    for field in tree.entries(of: value) {
      switch field.name {
      case "type":
        map[field.value] = .string
        declared = tree.string(field.value)
      case "description": map[field.value] = .string
      default: break
      }
    }
    if let defaultNode = tree.value(of: "default", in: value) {
      switch declared {
      case "bool": map[defaultNode] = .bool
      case "int", "float": map[defaultNode] = .int
      case "str": map[defaultNode] = .string
      default: break
      }
    }
  }

  /// A string, or a list of strings.
  private static func strings(_ value: NodeID, tree: SyntaxTree, into map: inout [NodeID: ExpectedType]) {
    if tree.isSequence(value) {
      for item in tree.items(of: tree.resolved(value)) { map[item] = .string }
    } else {
      map[value] = .string
    }
  }

  /// True when the YAML 1.1 reading of `node` has the type its place expects: FL007 then reports
  /// it with a safe fix, and type rules (FL004, FL201) stay quiet (SPEC §5).
  static func yaml11ReadingFits(_ node: NodeID, expected: ExpectedType, tree: SyntaxTree) -> Bool {
    switch (tree.yaml11Reading(tree.resolved(node)), expected) {
    case (.bool?, .bool), (.octal?, .int), (.sexagesimal?, .int): return true
    default: return false
    }
  }
}

/// A task's timeout, read by the format's rules (native forms, or flyteidl's `"300s"`).
enum TaskTimeout {
  struct Reading {
    var field: FieldRef
    var reading: TimeoutReading
    /// The value as the user wrote it, for messages: the scalar, else the parsed duration.
    var shown: String
  }

  static func read(_ task: TaskSpec, tree: SyntaxTree) -> Reading? {
    guard let field = task.field("timeout") else { return nil }
    let reading = task.format == .flyteidl
      ? DurationParser.flyteIDLTimeout(field.value, in: tree) : DurationParser.timeout(field.value, in: tree)
    guard let reading else { return nil }
    // `timeout: 1:30` is the int 90 for PyYAML: FL007 reports it, and only FL007.
    if task.format == .native, ValueExpectations.yaml11ReadingFits(field.value, expected: .int, tree: tree) {
      if case .sexagesimal = tree.yaml11Reading(tree.resolved(field.value)), reading.parse.value == nil { return nil }
    }
    let value = tree.resolved(field.value)
    let shown = tree.isScalar(value) ? tree.scalarValue(value) : (reading.parse.value?.description ?? "")
    return Reading(field: field, reading: reading, shown: shown)
  }

  /// "timeout" as written (`timeout` in both formats).
  static func name(_ reading: Reading, _ context: RuleContext) -> String { context.keyName(reading.field, "timeout") }
}

/// A task's retries as a number: native `retries`, flyteidl `retries.retries` (an int, or a
/// decimal string as proto3 JSON allows for integers).
enum TaskRetries {
  struct Reading {
    var field: FieldRef
    var negative: Bool
    /// nil when beyond UInt64.
    var magnitude: UInt64?
    /// The value in decimal, as flytekit/protobuf print it.
    var decimal: String
  }

  static let uint32Max: UInt64 = 4_294_967_295

  static func read(_ task: TaskSpec, tree: SyntaxTree) -> Reading? {
    guard let field = task.field("retries") else { return nil }
    let text: String
    switch tree.scalar(field.value) {
    case .int(let t): text = t
    case .string(let s) where task.format == .flyteidl && isDecimal(s): text = s
    default: return nil
    }
    var body = Substring(text)
    var negative = false
    if body.first == "-" || body.first == "+" {
      negative = body.first == "-"
      body.removeFirst()
    }
    var radix: UInt64 = 10
    if body.count > 2 && body.hasPrefix("0x") { radix = 16; body.removeFirst(2) }
    else if body.count > 2 && body.hasPrefix("0o") { radix = 8; body.removeFirst(2) }
    var magnitude: UInt64? = 0
    for ch in body {
      guard let digit = ch.hexDigitValue, let current = magnitude else { break }
      let (m, o1) = current.multipliedReportingOverflow(by: radix)
      let (s, o2) = m.addingReportingOverflow(UInt64(digit))
      magnitude = o1 || o2 ? nil : s
    }
    if magnitude == 0 { negative = false }
    let digits = magnitude.map(String.init) ?? String(body.drop { $0 == "0" })
    return Reading(field: field, negative: negative, magnitude: magnitude, decimal: (negative ? "-" : "") + digits)
  }

  private static func isDecimal(_ s: String) -> Bool {
    var body = Substring(s)
    if body.first == "-" { body.removeFirst() }
    return !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isNumber }
  }
}

extension TaskRetries.Reading {
  /// Outside uint32, the type of flyteidl's `RetryStrategy.retries`.
  var outOfRange: Bool { negative || (magnitude.map { $0 > TaskRetries.uint32Max } ?? true) }

  /// The value as written, in quotes, with its decimal value when that reads differently
  /// (`"0x10" (16)`).
  func shown(_ tree: SyntaxTree) -> String {
    let written = tree.scalarValue(tree.resolved(field.value))
    return written == decimal ? "\"\(written)\"" : "\"\(written)\" (\(decimal))"
  }
}
