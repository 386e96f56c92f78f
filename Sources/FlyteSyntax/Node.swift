/// Index of a node in its ``SyntaxTree``.
public struct NodeID: Hashable, Sendable, Comparable {
  public let raw: Int32
  @inlinable public init(_ raw: Int32) { self.raw = raw }
  public init(_ raw: Int) { self.raw = Int32(truncatingIfNeeded: raw) }
  @inlinable public var index: Int { Int(raw) }
  public static func < (a: NodeID, b: NodeID) -> Bool { a.raw < b.raw }
}

/// One node of the concrete syntax tree. Nodes live in the tree's arena (a flat array), so a
/// deep tree never recurses on deinit and a node costs 32 bytes.
public struct Node: Sendable {
  public enum Kind: UInt8, Sendable { case scalar, mapping, sequence, alias }

  public enum Style: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
    case block, flow
  }

  public var kind: Kind
  public var style: Style
  /// Bytes of the whole node: properties (anchor, tag) and content.
  public var range: ByteRange { ByteRange(start: start, end: end) }
  /// Bytes of the content alone, without properties.
  public var contentRange: ByteRange { ByteRange(start: contentStart, end: end) }
  /// True for a scalar node that is the empty (null) node: no text at all.
  @inlinable public var isEmpty: Bool { kind == .scalar && flags & Node.emptyFlag != 0 }

  @usableFromInline var flags: UInt16
  var start: UInt32
  var contentStart: UInt32
  var end: UInt32
  /// Index into the tree's property table, or -1.
  var properties: Int32
  /// Collections: first index into the tree's child list. Scalars: value offset. Alias: target.
  @usableFromInline var a: Int32
  /// Collections: child count. Scalars: value length in bytes.
  @usableFromInline var b: Int32
  /// Nodes this one stands for once aliases are expanded (saturating).
  var expandedSize: UInt32

  @usableFromInline static let emptyFlag: UInt16 = 1
  @usableFromInline static let valueInSourceFlag: UInt16 = 2
  static let explicitKeyFlag: UInt16 = 4
}

/// Anchor and tag of a node, kept aside because few nodes have them. Plain data (no strings),
/// so passing "no properties" around the parser costs nothing.
public struct NodeProperties: Sendable {
  /// The anchor's name, without `&` (nil when none).
  public var anchor: ByteRange?
  /// The tag as written, e.g. `!!str` or `!<tag:x>` (nil when none).
  public var tagRange: ByteRange?
  /// Index of the resolved tag in the tree's tag table (see ``SyntaxTree/tag(of:)``).
  var tagIndex: Int32 = -1
}

/// One document of a YAML stream (a JSON file has exactly one).
public struct Document: Sendable {
  /// Bytes that belong to this document, directives and markers included.
  public var range: ByteRange
  /// The root node, nil only when parsing stopped before it.
  public var root: NodeID?
  /// The `---` marker, when the document has one.
  public var startMarker: ByteRange?
  /// The `...` marker, when the document has one.
  public var endMarker: ByteRange?
  /// `%YAML` / `%TAG` / reserved directive lines.
  public var directives: [ByteRange]
}
