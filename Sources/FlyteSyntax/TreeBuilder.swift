/// Builds a ``SyntaxTree`` from parse events. Shared by the YAML and JSON parsers; keeps the
/// nesting on an explicit stack, enforces the depth and alias-expansion limits.
struct TreeBuilder {
  var tree: TreeParts
  let limits: SyntaxLimits
  /// Open collections, innermost last.
  private var open: [Int32] = []
  /// Children of the open collections, flattened; `frames[i]` is where open[i]'s start.
  private var pending: [Int32] = []
  private var frames: [Int] = []
  /// Children waiting for the current document's root.
  private var root: Int32 = -1
  /// Anchor name → node, for the current document.
  private var anchors: [ArraySlice<UInt8>: Int32] = [:]
  private var tagIndex: [String: Int32] = [:]
  private(set) var failed = false
  /// Nodes the current document gains by expanding its aliases.
  private var aliasExpansion: UInt64 = 0
  /// Height of each node (levels of collections in it once aliases are followed): an alias
  /// must not take its document deeper than the depth limit, so nothing that follows aliases
  /// ever walks deeper than that.
  private var heights: [UInt16] = []

  init(source: [UInt8], format: SyntaxTree.Format, limits: SyntaxLimits) {
    tree = TreeParts(source: source, format: format)
    self.limits = limits
    // Manifests hold a node per 15-20 bytes; reserving for one per 12 (capped) saves the copies
    // of repeated growth, and capacity that is never touched is never committed to memory.
    let expectedNodes = min(source.count / 12, 1 << 22) + 16
    tree.nodes.reserveCapacity(expectedNodes)
    tree.children.reserveCapacity(expectedNodes)
  }

  var depth: Int { open.count }

  /// End of the current document's root node, once it exists.
  var rootEnd: Int? { root >= 0 ? Int(tree.nodes[Int(root)].end) : nil }

  mutating func error(_ code: SyntaxError.Code, _ message: String, _ range: ByteRange) {
    tree.errors.append(SyntaxError(code, message, range))
    failed = true
  }

  // MARK: documents

  mutating func beginDocument() {
    root = -1
    aliasExpansion = 0
    anchors.removeAll(keepingCapacity: true)
  }

  /// Records the document. After an error, what is still open is closed first, each collection
  /// extended to `readUpTo` (the end of what was read), and the document to its root.
  mutating func endDocument(_ document: Document, readUpTo: Int = 0) {
    while let id = open.last { endCollection(at: max(Int(tree.nodes[Int(id)].end), readUpTo)) }
    var document = document
    document.root = root >= 0 ? NodeID(root) : nil
    if let end = rootEnd, end > document.range.upperBound { document.range.end = UInt32(end) }
    tree.documents.append(document)
    root = -1
  }

  // MARK: nodes

  /// The index of a resolved tag in the tree's tag table.
  mutating func internTag(_ tag: String) -> Int32 {
    if let index = tagIndex[tag] { return index }
    let index = Int32(tree.tagNames.count)
    tree.tagNames.append(tag)
    tagIndex[tag] = index
    return index
  }

  @inline(__always)
  private mutating func addProperties(_ props: NodeProperties?) -> Int32 {
    guard let props, props.anchor != nil || props.tagRange != nil else { return -1 }
    tree.properties.append(props)
    return Int32(tree.properties.count - 1)
  }

  @inline(__always)
  private mutating func attach(_ id: Int32) {
    if open.isEmpty {
      if root < 0 { root = id }
    } else {
      pending.append(id)
      let node = tree.nodes[Int(id)]
      var parentEnd = tree.nodes[Int(open[open.count - 1])].end
      if node.end > parentEnd { parentEnd = node.end }
      tree.nodes[Int(open[open.count - 1])].end = parentEnd
    }
  }

  @inline(__always)
  private mutating func register(_ props: NodeProperties?, _ id: Int32) {
    if let anchor = props?.anchor {
      anchors[tree.source[anchor.lowerBound..<anchor.upperBound]] = id
    }
  }

  /// A scalar whose value is `value`: a range of the source when `inSource` (no escapes or
  /// folding), else of `tree.decoded`.
  mutating func scalar(
    style: Node.Style, start: Int, contentStart: Int, end: Int, props: NodeProperties?,
    value: Range<Int>, inSource: Bool
  ) {
    appendScalar(
      style: style, start: start, contentStart: contentStart, end: end, props: props,
      value: value, inSource: inSource, empty: false)
  }

  /// The empty node (null), e.g. a missing mapping value; placed at `offset` unless it has
  /// properties, which then give its range.
  mutating func empty(at offset: Int, props: NodeProperties?, propsStart: Int?) {
    appendScalar(
      style: .plain, start: propsStart ?? offset, contentStart: offset, end: offset,
      props: props, value: offset..<offset, inSource: true, empty: true)
  }

  private mutating func appendScalar(
    style: Node.Style, start: Int, contentStart: Int, end: Int, props: NodeProperties?,
    value: Range<Int>, inSource: Bool, empty: Bool
  ) {
    var flags: UInt16 = inSource ? Node.valueInSourceFlag : 0
    if empty { flags |= Node.emptyFlag }
    let id = Int32(tree.nodes.count)
    tree.nodes.append(
      Node(
        kind: .scalar, style: style, flags: flags, start: UInt32(start),
        contentStart: UInt32(contentStart), end: UInt32(end), properties: addProperties(props),
        a: Int32(value.lowerBound), b: Int32(value.count),
        // Long scalars weigh more, so a long string repeated by aliases is a bomb too.
        expandedSize: UInt32(1 + value.count / 64)))
    heights.append(0)
    register(props, id)
    attach(id)
  }

  mutating func alias(name: ByteRange, start: Int, end: Int) {
    let key = tree.source[name.lowerBound..<name.upperBound]
    var target: Int32 = -1
    var size: UInt32 = 1
    if let found = anchors[key] {
      if open.contains(found) {
        error(.undefinedAlias, "alias \"*\(tree.text(name))\" refers to a node that contains it", ByteRange(start, end))
      } else {
        target = found
        size = tree.nodes[Int(found)].expandedSize
        if open.count + Int(heights[Int(found)]) > limits.maxDepth {
          error(.tooDeep, "nesting too deep: alias \"*\(tree.text(name))\" takes this document past \(limits.maxDepth) levels", ByteRange(start, end))
        }
        aliasExpansion += UInt64(size)
        if aliasExpansion > UInt64(limits.maxAliasExpansion) {
          error(
            .aliasExpansion,
            "aliases expand this document to more than \(limits.maxAliasExpansion) nodes (an alias bomb?)",
            ByteRange(start, end))
        }
      }
    } else {
      error(.undefinedAlias, "alias \"*\(tree.text(name))\" refers to no anchor defined before it", ByteRange(start, end))
    }
    let id = Int32(tree.nodes.count)
    tree.nodes.append(
      Node(
        kind: .alias, style: .plain, flags: 0, start: UInt32(start), contentStart: UInt32(start),
        end: UInt32(end), properties: -1, a: target, b: 0, expandedSize: size))
    heights.append(target >= 0 ? heights[Int(target)] : 0)
    attach(id)
  }

  /// Opens a collection; returns false when that passes the depth limit.
  mutating func beginCollection(
    _ kind: Node.Kind, style: Node.Style, start: Int, contentStart: Int, props: NodeProperties?
  ) -> Bool {
    if open.count >= limits.maxDepth {
      error(.tooDeep, "nesting too deep: more than \(limits.maxDepth) levels", ByteRange(contentStart, contentStart + 1))
      return false
    }
    let id = Int32(tree.nodes.count)
    tree.nodes.append(
      Node(
        kind: kind, style: style, flags: 0, start: UInt32(start),
        contentStart: UInt32(contentStart), end: UInt32(max(contentStart, start)),
        properties: addProperties(props), a: 0, b: 0, expandedSize: 1))
    heights.append(1)
    register(props, id)
    open.append(id)
    frames.append(pending.count)
    return true
  }

  /// Extends the innermost open collection to `offset` (e.g. past a `-` or `]`).
  @inline(__always)
  mutating func extendOpen(to offset: Int) {
    guard let id = open.last else { return }
    if UInt32(offset) > tree.nodes[Int(id)].end { tree.nodes[Int(id)].end = UInt32(offset) }
  }

  mutating func endCollection(at end: Int) {
    guard let id = open.last, let frame = frames.last else { return }
    if tree.nodes[Int(id)].kind == .mapping && (pending.count - frame) % 2 == 1 {
      // Cut off after a key (only after an error): the missing value is an empty node, so
      // keys and values still pair up.
      empty(at: max(Int(tree.nodes[Int(id)].end), end), props: nil, propsStart: nil)
    }
    open.removeLast()
    frames.removeLast()
    let first = tree.children.count
    var size: UInt64 = 1
    var height: UInt16 = 0
    for child in pending[frame...] {
      tree.children.append(child)
      size += UInt64(tree.nodes[Int(child)].expandedSize)
      height = max(height, heights[Int(child)])
    }
    heights[Int(id)] = height &+ 1
    pending.removeSubrange(frame...)
    var node = tree.nodes[Int(id)]
    node.a = Int32(first)
    node.b = Int32(tree.children.count - first)
    if UInt32(end) > node.end { node.end = UInt32(end) }
    node.expandedSize = UInt32(min(size, UInt64(UInt32.max)))
    tree.nodes[Int(id)] = node
    attach(id)
  }

  var openCollectionKind: Node.Kind? { open.last.map { tree.nodes[Int($0)].kind } }
}
