import FlyteSyntax

/// One `key: value` entry of a mapping, with the key's text.
public struct MappingEntry: Sendable {
  public var name: String
  public var key: NodeID
  public var value: NodeID
}

extension SyntaxTree {
  /// The entries of a mapping node (aliases followed), keys as their scalar text; non-scalar
  /// keys get their source text.
  public func entries(of id: NodeID) -> [MappingEntry] {
    let target = resolved(id)
    guard self[target].kind == .mapping else { return [] }
    return pairs(of: target).map { pair in
      let key = resolved(pair.key)
      let name = self[key].kind == .scalar ? scalarValue(key) : text(self[key].range)
      return MappingEntry(name: name, key: pair.key, value: pair.value)
    }
  }

  /// The value of `name` in a mapping (the last one when repeated).
  public func value(of name: String, in mapping: NodeID) -> NodeID? {
    // Compares key bytes in place: no strings are made for the other keys.
    let target = resolved(mapping)
    guard self[target].kind == .mapping else { return nil }
    let list = children(of: target)
    var found: NodeID?
    var name = name
    name.withUTF8 { wanted in
      for position in stride(from: list.startIndex, to: list.endIndex, by: 2) {
        let key = resolved(NodeID(list[position]))
        if scalarEquals(key, wanted) {
          found = NodeID(list[position + 1])
        }
      }
    }
    return found
  }

  public func isMapping(_ id: NodeID) -> Bool { self[resolved(id)].kind == .mapping }
  public func isSequence(_ id: NodeID) -> Bool { self[resolved(id)].kind == .sequence }
  public func isScalar(_ id: NodeID) -> Bool { self[resolved(id)].kind == .scalar }

  /// The core-schema value of a scalar (aliases followed), nil for collections.
  public func scalar(_ id: NodeID) -> ResolvedScalar? {
    let target = resolved(id)
    return self[target].kind == .scalar ? resolvedScalar(target) : nil
  }

  /// The string value of a scalar that resolves to a string.
  public func string(_ id: NodeID) -> String? {
    if case .string(let s) = scalar(id) { return s }
    return nil
  }

  /// True for `null`, `~` and the empty node.
  public func isNull(_ id: NodeID) -> Bool {
    let target = resolved(id)
    return self[target].kind == .scalar && resolvesToNull(target)
  }

  /// The range a finding about this node points at: its content, or for an empty node the
  /// spot where it would be.
  public func findingRange(_ id: NodeID) -> ByteRange { self[id].contentRange }

  /// Where a finding about a value lands: the value when it sits on one line, else its key
  /// (a block mapping or list spans lines), else the value's first line. Findings never span
  /// lines (SPEC §5).
  public func findingRange(value: NodeID, key: NodeID?) -> ByteRange {
    let range = findingRange(value)
    let firstLine = oneLineRange(value)
    if firstLine == range { return range }
    if let key, oneLineRange(key) == findingRange(key) { return findingRange(key) }
    return firstLine
  }
}
