/// The concrete syntax tree of one YAML or JSON file.
///
/// It keeps the source bytes and every node's byte range, so every byte is accounted for:
/// ``printed()`` walks the tree and reproduces the input exactly. Scalar values are decoded
/// once while parsing; strings are made only when asked for.
public struct SyntaxTree: Sendable {
  public enum Format: Sendable { case yaml, json }

  /// The tree's arrays, shared by every copy: rules, facts and type environments each hold the
  /// tree, and a copy is then one reference count instead of one per array. Never mutated once
  /// built (the builders fill a `TreeParts`).
  /// (Inlinable: rules in other modules read nodes in tight loops.)
  @usableFromInline final class Storage: Sendable {
    @usableFromInline let parts: TreeParts
    init(_ parts: TreeParts) { self.parts = parts }
  }
  @usableFromInline let storage: Storage

  init(_ parts: TreeParts) { storage = Storage(parts) }

  @inlinable public var source: [UInt8] { storage.parts.source }
  @inlinable public var format: Format { storage.parts.format }
  @inlinable public var nodes: [Node] { storage.parts.nodes }
  public var documents: [Document] { storage.parts.documents }
  /// Every comment (`#` to end of line), in source order.
  public var comments: [ByteRange] { storage.parts.comments }
  /// Problems found, in source order; parsing stops at the first one it cannot get past.
  public var errors: [SyntaxError] { storage.parts.errors }

  @inlinable var children: [Int32] { storage.parts.children }
  var properties: [NodeProperties] { storage.parts.properties }
  /// Resolved tags, each once.
  var tagNames: [String] { storage.parts.tagNames }
  @inlinable var decoded: [UInt8] { storage.parts.decoded }

  public var hasErrors: Bool { !errors.isEmpty }

  @inlinable public subscript(id: NodeID) -> Node { nodes[id.index] }

  /// Children of a collection: items of a sequence; keys and values alternating for a mapping
  /// (an absent key or value is an empty scalar node, so the count is always even).
  @inlinable public func children(of id: NodeID) -> ArraySlice<Int32> {
    let node = nodes[id.index]
    guard node.kind == .mapping || node.kind == .sequence else { return [] }
    return children[Int(node.a)..<Int(node.a + node.b)]
  }

  /// Key/value pairs of a mapping, in source order.
  public func pairs(of id: NodeID) -> [(key: NodeID, value: NodeID)] {
    let list = children(of: id)
    var result: [(key: NodeID, value: NodeID)] = []
    result.reserveCapacity(list.count / 2)
    var i = list.startIndex
    while i + 1 < list.endIndex {
      result.append((NodeID(list[i]), NodeID(list[i + 1])))
      i += 2
    }
    return result
  }

  /// Items of a sequence.
  public func items(of id: NodeID) -> [NodeID] { children(of: id).map { NodeID($0) } }

  public func properties(of id: NodeID) -> NodeProperties? {
    let p = nodes[id.index].properties
    return p >= 0 ? properties[Int(p)] : nil
  }

  /// The tag after applying `%TAG` directives, e.g. `tag:yaml.org,2002:str`; `!` for the
  /// non-specific tag; nil when the node has no tag.
  public func tag(of id: NodeID) -> String? {
    guard let index = properties(of: id)?.tagIndex, index >= 0 else { return nil }
    return tagNames[Int(index)]
  }

  /// The node an alias refers to (nil for anything else).
  @inlinable public func aliasTarget(_ id: NodeID) -> NodeID? {
    let node = nodes[id.index]
    return node.kind == .alias && node.a >= 0 ? NodeID(node.a) : nil
  }

  /// Follows aliases to the node they stand for.
  @inlinable public func resolved(_ id: NodeID) -> NodeID { aliasTarget(id) ?? id }

  /// The decoded bytes of a scalar (escapes applied, lines folded).
  @inlinable public func scalarBytes(_ id: NodeID) -> ArraySlice<UInt8> {
    let node = nodes[id.index]
    guard node.kind == .scalar else { return [] }
    let lo = Int(node.a)
    let hi = lo + Int(node.b)
    return node.flags & Node.valueInSourceFlag != 0 ? source[lo..<hi] : decoded[lo..<hi]
  }

  /// True when a scalar's decoded value is exactly `wanted` (compared in place, length first:
  /// looking a key up by name makes no strings).
  public func scalarEquals(_ id: NodeID, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
    let node = nodes[id.index]
    guard node.kind == .scalar, Int(node.b) == wanted.count else { return false }
    let lo = Int(node.a)
    let inSource = node.flags & Node.valueInSourceFlag != 0
    return (inSource ? storage.parts.source : storage.parts.decoded).withUnsafeBufferPointer { bytes in
      guard lo + wanted.count <= bytes.count else { return false }
      var i = 0
      while i < wanted.count {
        if bytes[lo + i] != wanted[i] { return false }
        i += 1
      }
      return true
    }
  }

  /// The decoded value of a scalar as a string.
  public func scalarValue(_ id: NodeID) -> String { String(decoding: scalarBytes(id), as: UTF8.self) }

  /// The source text of a range.
  public func text(_ range: ByteRange) -> String { storage.parts.text(range) }
}

/// What a tree is made of, while a parser builds it.
@usableFromInline struct TreeParts: Sendable {
  @usableFromInline let source: [UInt8]
  @usableFromInline let format: SyntaxTree.Format
  @usableFromInline var nodes: [Node] = []
  var documents: [Document] = []
  var comments: [ByteRange] = []
  var errors: [SyntaxError] = []
  @usableFromInline var children: [Int32] = []
  var properties: [NodeProperties] = []
  var tagNames: [String] = []
  @usableFromInline var decoded: [UInt8] = []

  init(source: [UInt8], format: SyntaxTree.Format) {
    self.source = source
    self.format = format
  }

  func text(_ range: ByteRange) -> String {
    let lo = min(range.lowerBound, source.count)
    let hi = min(range.upperBound, source.count)
    return String(decoding: source[lo..<hi], as: UTF8.self)
  }
}
