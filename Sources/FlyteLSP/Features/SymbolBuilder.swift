import FlyteManifest
import FlyteSyntax

/// Builds the symbols of one manifest document. The model's depth is fixed (document, entry,
/// member), so this walks it level by level without recursion.
struct SymbolBuilder {
  let tree: SyntaxTree
  let document: ManifestDocument

  /// A mapping entry's key and (unresolved) value node.
  struct KeyedEntry {
    var key: NodeID
    var value: NodeID
  }

  func symbols() -> [SymbolItem] {
    guard let root = document.root else { return [] }
    var symbols: [SymbolItem] = []
    switch document.kind {
    case .native:
      let top = tree.entries(of: root)
      if let defaults = top.last(where: { $0.name == "defaults" }), tree.isMapping(defaults.value) {
        symbols.append(defaultsSymbol(defaults))
      }
      if let types = top.last(where: { $0.name == "types" }), tree.isMapping(types.value) {
        symbols.append(typesSymbol(types))
      }
      let taskKeys = keyedEntries(of: top.last(where: { $0.name == "tasks" })?.value)
      for task in document.tasks {
        symbols.append(
          taskSymbol(
            task, range: entryRange(task.entry, taskKeys[task.entry]),
            key: taskKeys[task.entry]?.key))
      }
      let workflowKeys = keyedEntries(of: top.last(where: { $0.name == "workflows" })?.value)
      for workflow in document.workflows {
        symbols.append(workflowSymbol(workflow, keyed: workflowKeys[workflow.entry]))
      }
    case .flyteidl:
      let outer = tree.isSequence(root) ? tree.items(of: tree.resolved(root)) : [root]
      for task in document.tasks {
        let entry = tree[task.entry].range
        let range = outer.lazy.map { tree[$0].range }.first { $0.covers(entry) } ?? entry
        symbols.append(taskSymbol(task, range: range, key: nil))
      }
    case .other:
      break
    }
    return symbols.sorted { $0.range.start < $1.range.start }
  }

  // MARK: top-level mappings

  private func defaultsSymbol(_ entry: MappingEntry) -> SymbolItem {
    let keys = tree.entries(of: entry.value).map(\.name)
    return SymbolItem(
      name: "defaults", detail: keys.isEmpty ? nil : keys.joined(separator: ", "), kind: .defaults,
      range: entryRange(entry.value, KeyedEntry(key: entry.key, value: entry.value)),
      selectionRange: tree[entry.key].contentRange)
  }

  private func typesSymbol(_ entry: MappingEntry) -> SymbolItem {
    let range = entryRange(entry.value, KeyedEntry(key: entry.key, value: entry.value))
    let children = tree.entries(of: entry.value).map { type in
      SymbolItem(
        name: Self.nonEmpty(type.name, "(unnamed type)"), detail: scalarText(type.value),
        kind: .types,
        range: entryRange(type.value, KeyedEntry(key: type.key, value: type.value)),
        selectionRange: tree[type.key].contentRange)
    }
    return SymbolItem(
      name: "types", kind: .types, range: range, selectionRange: tree[entry.key].contentRange,
      children: children.filter { range.covers($0.range) })
  }

  // MARK: shared helpers

  /// The entries of a `tasks:` / `workflows:` / `nodes:` mapping, by their resolved value (the
  /// model's `entry`); empty for a sequence.
  func keyedEntries(of node: NodeID?) -> [NodeID: KeyedEntry] {
    guard let node, tree.isMapping(node) else { return [:] }
    var keyed: [NodeID: KeyedEntry] = [:]
    for entry in tree.entries(of: node) {
      keyed[tree.resolved(entry.value)] = KeyedEntry(key: entry.key, value: entry.value)
    }
    return keyed
  }

  /// An entry's whole range: its node, or from its key to its value's end.
  func entryRange(_ entry: NodeID, _ keyed: KeyedEntry?) -> ByteRange {
    guard let keyed else { return tree[entry].range }
    let key = tree[keyed.key].range
    let value = tree[keyed.value].range
    return ByteRange(min(key.lowerBound, value.lowerBound), max(key.upperBound, value.upperBound))
  }

  /// The content range of the first candidate inside `range`, else an empty range at its start.
  func selection(_ candidates: [NodeID?], within range: ByteRange) -> ByteRange {
    for case let node? in candidates where range.covers(tree[node].contentRange) {
      return tree[node].contentRange
    }
    return ByteRange.empty(at: range.lowerBound)
  }

  /// A scalar's value as text (strings, numbers, booleans); nil for null and collections.
  func scalarText(_ node: NodeID) -> String? {
    let target = tree.resolved(node)
    guard tree.isScalar(target), !tree.isNull(target) else { return nil }
    return tree.scalarValue(target)
  }

  /// `text` unless it is empty or blank (editors reject such symbol names).
  static func nonEmpty(_ text: String?, _ fallback: String) -> String {
    guard let text, text.contains(where: { !$0.isWhitespace }) else { return fallback }
    return text
  }
}

extension ByteRange {
  /// True when `other` lies within this range (bounds included).
  func covers(_ other: ByteRange) -> Bool { start <= other.start && other.end <= end }
}
