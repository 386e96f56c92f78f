import FlyteSyntax

/// The node under a byte offset and the path of keys and item indexes leading to it.
///
/// Walks down one level per loop turn, into the only child whose range holds the offset: no
/// recursion, so a 1,000-deep tree costs 1,000 turns and no stack.
struct LocatedNode {
  enum Step: Equatable {
    case key(String)
    case index(Int)
  }

  /// From the document root to the collection holding `node`.
  var steps: [Step]
  var node: NodeID
  /// True when `node` is a mapping key (then `steps` lead to its mapping).
  var isKey: Bool

  static func locate(in tree: SyntaxTree, at offset: Int) -> LocatedNode? {
    guard let root = tree.documents.first(where: { $0.range.contains(offset) })?.root else {
      return nil
    }
    var steps: [Step] = []
    var current = root
    while true {
      let node = tree[current]
      guard node.kind == .mapping || node.kind == .sequence else { break }
      let children = tree.children(of: current)
      guard let position = children.firstIndex(where: { tree[NodeID($0)].range.contains(offset) })
      else {
        break
      }
      let child = NodeID(children[position])
      let ordinal = position - children.startIndex
      if node.kind == .sequence {
        steps.append(.index(ordinal))
      } else if ordinal % 2 == 0 {
        return LocatedNode(steps: steps, node: child, isKey: true)
      } else {
        steps.append(.key(keyName(NodeID(children[position - 1]), in: tree)))
      }
      current = child
    }
    return LocatedNode(steps: steps, node: current, isKey: false)
  }

  /// A key's text: its scalar value, or the source of a collection key.
  static func keyName(_ key: NodeID, in tree: SyntaxTree) -> String {
    let target = tree.resolved(key)
    return tree[target].kind == .scalar ? tree.scalarValue(target) : tree.text(tree[target].range)
  }
}

/// Which kind of mapping a path of keys leads to in a native manifest (SPEC §3, §9.6).
enum NativePlace {
  /// The place of the mapping at the end of `steps`, nil for a mapping with no documented keys.
  static func of(_ steps: [LocatedNode.Step]) -> KeyPlace? {
    if steps.isEmpty { return .topLevel }
    if let task = taskPrefix(steps) {
      let rest = Array(steps[task...])
      switch rest.count {
      case 0: return .task
      case 1 where rest[0] == .key("metadata"): return .metadata
      case 1 where rest[0] == .key("cache"): return .cacheObject
      case 2 where rest[0] == .key("inputs") || rest[0] == .key("outputs"): return .parameter
      default: return nil
      }
    }
    if let workflow = workflowPrefix(steps) {
      let rest = Array(steps[workflow...])
      switch rest.count {
      case 0: return .workflow
      case 2 where rest[0] == .key("nodes"): return .workflowNode
      case 2 where rest[0] == .key("inputs"): return .parameter
      default: return nil
      }
    }
    return nil
  }

  /// How many steps lead to a task mapping (`defaults`, `tasks[i]`, `tasks.NAME`).
  static func taskPrefix(_ steps: [LocatedNode.Step]) -> Int? {
    if steps.first == .key("defaults") { return 1 }
    return steps.first == .key("tasks") && steps.count >= 2 ? 2 : nil
  }

  /// How many steps lead to a workflow mapping (`workflows[i]`, `workflows.NAME`).
  static func workflowPrefix(_ steps: [LocatedNode.Step]) -> Int? {
    steps.first == .key("workflows") && steps.count >= 2 ? 2 : nil
  }
}
