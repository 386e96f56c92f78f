import FlyteManifest
import FlyteSyntax

/// What a task's cache settings amount to, read once per task by the cache rules (FL102–FL111).
/// "Cache on" means `cache: true`, `metadata: {cache: true}`, a Cache object (mapping), or
/// flyteidl `discoverable: true`. Shared through `FileFacts`, so a class: read once, handed
/// to each cache rule by reference.
final class CacheFacts {
  enum State { case on, off, unknown }

  /// One list of ignored input names: `cache_ignore_input_vars` (flyteidl
  /// `cacheIgnoreInputVars`) or a Cache object's `ignored_inputs`. A single string counts as a
  /// one-item list.
  struct IgnoreList {
    var key: NodeID?
    var value: NodeID
    /// The field the list came from (the Cache object's field for `ignored_inputs`).
    var field: FieldRef
    /// True for the legacy key, false for a Cache object's `ignored_inputs`.
    var legacy: Bool
    var items: [(name: String, node: NodeID)]
    var isSequence: Bool
  }

  static let legacyKeys = ["cache_version", "cache_serialize", "cache_ignore_input_vars"]
  /// Legacy key → Cache object field.
  static let objectField = [
    "cache_version": "version", "cache_serialize": "serialize", "cache_ignore_input_vars": "ignored_inputs",
  ]

  let task: TaskSpec
  let tree: SyntaxTree
  let cache: FieldRef?
  /// The Cache object (resolved mapping), when `cache` is one.
  let object: NodeID?
  let state: State

  init(task: TaskSpec, tree: SyntaxTree) {
    self.task = task
    self.tree = tree
    cache = task.field("cache")
    if let cache, tree.isMapping(cache.value) {
      object = tree.resolved(cache.value)
      state = .on
    } else {
      object = nil
      if let cache {
        if tree.isNull(cache.value) {
          state = .off
        } else if let flag = Self.bool(cache.value, tree: tree) {
          state = flag ? .on : .off
        } else {
          state = .unknown
        }
      } else {
        state = .off
      }
    }
  }

  /// A legacy field given with a non-null value.
  func legacy(_ name: String) -> FieldRef? {
    guard let field = task.field(name), !tree.isNull(field.value) else { return nil }
    return field
  }

  /// The key's text as written (`cache_serialize`, `cacheSerializable`, …), else `fallback`.
  func keyName(_ field: FieldRef?, fallback: String) -> String {
    guard let key = field?.key else { return fallback }
    return tree.scalarValue(key)
  }

  /// How the cache switch is called in this task's format.
  var cacheName: String { keyName(cache, fallback: task.format == .flyteidl ? "discoverable" : "cache") }

  /// "cache is not enabled" / "\"discoverable\" is not true", for the "without cache" rules.
  var cacheOffPhrase: String {
    task.format == .flyteidl ? "\"\(cacheName)\" is not true" : "cache is not enabled"
  }

  /// The effective ignore list: the Cache object's `ignored_inputs`, else the legacy key.
  var effectiveIgnoreList: IgnoreList? {
    if object != nil { return ignoreLists.first { !$0.legacy } }
    return ignoreLists.first { $0.legacy }
  }

  /// Every ignore list the task has: the Cache object's and the legacy one.
  private(set) lazy var ignoreLists: [IgnoreList] = readIgnoreLists()

  private func readIgnoreLists() -> [IgnoreList] {
    var lists: [IgnoreList] = []
    if let object, let cache, let entry = tree.entries(of: object).last(where: { $0.name == "ignored_inputs" }),
      let list = ignoreList(key: entry.key, value: entry.value, field: cache, legacy: false)
    {
      lists.append(list)
    }
    if let field = legacy("cache_ignore_input_vars"),
      let list = ignoreList(key: field.key, value: field.value, field: field, legacy: true)
    {
      lists.append(list)
    }
    return lists
  }

  private func ignoreList(key: NodeID?, value: NodeID, field: FieldRef, legacy: Bool) -> IgnoreList? {
    if tree.isSequence(value) {
      let items = tree.items(of: tree.resolved(value)).compactMap { item in
        tree.string(item).map { (name: $0, node: item) }
      }
      return IgnoreList(key: key, value: value, field: field, legacy: legacy, items: items, isSequence: true)
    }
    if let single = tree.string(value) {
      let items = single.isEmpty ? [] : [(name: single, node: value)]
      return IgnoreList(key: key, value: value, field: field, legacy: legacy, items: items, isSequence: false)
    }
    return nil
  }

  /// A bool, reading the YAML 1.1 spellings (`yes`, `off`, …) of a plain scalar as the bool
  /// they mean (SPEC §5: FL007 reports the spelling, other rules use the value).
  static func bool(_ id: NodeID, tree: SyntaxTree) -> Bool? { tree.flag(id) }

  // MARK: ranges and text

  /// Where a finding about a value lands: the value when it sits on one line, else its key,
  /// else the value's first line (SPEC §5: ranges never span lines).
  static func range(of value: NodeID, key: NodeID?, tree: SyntaxTree) -> ByteRange {
    tree.findingRange(value: value, key: key)
  }

  /// Python's `repr` of a value as flytekit would print it (`['a', 'b']`, `'a'`).
  static func pythonRepr(_ id: NodeID, tree: SyntaxTree) -> String {
    let node = tree.resolved(id)
    if tree.isSequence(node) {
      return "[" + tree.items(of: node).map { pythonRepr($0, tree: tree) }.joined(separator: ", ") + "]"
    }
    switch tree.scalar(node) {
    case .string(let text): return pythonString(text)
    case .bool(let value): return value ? "True" : "False"
    case .null: return "None"
    case .int(let text), .float(let text): return text
    default: return tree.text(tree[node].contentRange)
    }
  }

  static func pythonString(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for char in text {
      switch char {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case quote: out += "\\\(quote)"
      default: out.append(char)
      }
    }
    out.append(quote)
    return out
  }
}
