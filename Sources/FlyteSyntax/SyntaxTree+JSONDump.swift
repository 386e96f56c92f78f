extension SyntaxTree {
  /// Each document as one line of JSON (SPEC §2.2's `dump`): exact numbers, `.inf`/`.nan` as
  /// strings, aliases expanded, last duplicate key wins, non-string keys as their JSON text.
  public func dumpJSONLines() -> [String] {
    documents.map { String(decoding: dumpJSON($0), as: UTF8.self) }
  }

  /// One document as compact JSON bytes (no newline).
  public func dumpJSON(_ document: Document) -> [UInt8] {
    var writer = JSONDumpWriter(tree: self, pythonSeparators: false)
    writer.out.reserveCapacity(document.range.count + 16)
    if let root = document.root { writer.write(root) } else { writer.out += Array("null".utf8) }
    return writer.out
  }
}

/// Writes a node as JSON without recursion: collections are frames on an explicit stack.
struct JSONDumpWriter {
  let tree: SyntaxTree
  /// Python's `json.dumps` separators (`, ` and `: `), used for keys that are not strings.
  let pythonSeparators: Bool
  /// Keys inside keys around the node written: each level escapes the JSON text of the
  /// levels inside it again, doubling its backslashes.
  var keyDepth = 0
  var out: [UInt8] = []

  /// Deepest key-in-key level dumped as JSON text; keys deeper still are their source text.
  /// Without a bound, `? ? ? … : x` makes the dump grow 2^depth (found by fuzzing).
  static let maxKeyDepth = 4

  private enum Frame {
    case sequence(items: ArraySlice<Int32>, next: Int)
    case mapping(entries: [(key: String, value: NodeID)], next: Int)
  }

  init(tree: SyntaxTree, pythonSeparators: Bool) {
    self.tree = tree
    self.pythonSeparators = pythonSeparators
  }

  mutating func write(_ root: NodeID) {
    var stack: [Frame] = []
    open(root, &stack)
    while let top = stack.popLast() {
      switch top {
      case .sequence(let items, let next):
        if next < items.count {
          if next > 0 { separator() }
          stack.append(.sequence(items: items, next: next + 1))
          open(NodeID(items[items.startIndex + next]), &stack)
        } else {
          out.append(.rightBracket)
        }
      case .mapping(let entries, let next):
        if next < entries.count {
          if next > 0 { separator() }
          writeString(entries[next].key)
          out.append(.colon)
          if pythonSeparators { out.append(.space) }
          let value = entries[next].value
          stack.append(.mapping(entries: entries, next: next + 1))
          open(value, &stack)
        } else {
          out.append(.rightBrace)
        }
      }
    }
  }

  private mutating func separator() {
    out.append(.comma)
    if pythonSeparators { out.append(.space) }
  }

  private mutating func open(_ id: NodeID, _ stack: inout [Frame]) {
    let target = tree.resolved(id)
    let node = tree[target]
    switch node.kind {
    case .scalar:
      writeScalar(tree.resolvedScalar(target))
    case .alias:
      out += Array("null".utf8)  // an alias whose anchor is missing (already an error)
    case .sequence:
      out.append(.leftBracket)
      stack.append(.sequence(items: tree.children(of: target), next: 0))
    case .mapping:
      out.append(.leftBrace)
      stack.append(.mapping(entries: entries(of: target), next: 0))
    }
  }

  /// Key/value pairs with keys as strings; a repeated key keeps its first place, last value.
  private func entries(of id: NodeID) -> [(key: String, value: NodeID)] {
    var result: [(key: String, value: NodeID)] = []
    var index: [String: Int] = [:]
    for (key, value) in tree.pairs(of: id) {
      let text = keyText(key)
      if let at = index[text] {
        result[at].value = value
      } else {
        index[text] = result.count
        result.append((text, value))
      }
    }
    return result
  }

  private func keyText(_ id: NodeID) -> String {
    let target = tree.resolved(id)
    if tree[target].kind == .scalar, case .string(let s) = tree.resolvedScalar(target) { return s }
    if keyDepth >= Self.maxKeyDepth { return tree.text(tree[target].range) }
    var writer = JSONDumpWriter(tree: tree, pythonSeparators: true)
    writer.keyDepth = keyDepth + 1
    writer.write(target)
    return String(decoding: writer.out, as: UTF8.self)
  }

  private mutating func writeScalar(_ value: ResolvedScalar) {
    switch value {
    case .null: out += Array("null".utf8)
    case .bool(let b): out += Array((b ? "true" : "false").utf8)
    case .int(let text):
      out += Array((tree.format == .json ? text : NumberText.jsonInteger(text)).utf8)
    case .float(let text):
      out += Array((tree.format == .json ? text : NumberText.jsonFloat(text)).utf8)
    case .infinity(let negative): writeString(negative ? "-.inf" : ".inf")
    case .nan: writeString(".nan")
    case .string(let s): writeString(s)
    }
  }

  mutating func writeString(_ s: String) { JSONEscaping.appendQuoted(s.utf8, to: &out) }
}

/// JSON string escaping shared by every JSON writer.
public enum JSONEscaping {
  private static let hex = Array("0123456789abcdef".utf8)

  public static func appendQuoted<S: Sequence>(_ bytes: S, to out: inout [UInt8]) where S.Element == UInt8 {
    out.append(.doubleQuote)
    for b in bytes {
      switch b {
      case .doubleQuote: out += [.backslash, .doubleQuote]
      case .backslash: out += [.backslash, .backslash]
      case .lf: out += [.backslash, UInt8(ascii: "n")]
      case .cr: out += [.backslash, UInt8(ascii: "r")]
      case .tab: out += [.backslash, UInt8(ascii: "t")]
      case 0..<0x20, 0x7F:
        out += [.backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: out.append(b)
      }
    }
    out.append(.doubleQuote)
  }

  /// The same for a string, specialised here: across modules the generic one costs a witness
  /// call per byte.
  public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { appendQuoted($0, to: &out) }
  }

  public static func quoted(_ s: String) -> String {
    var out: [UInt8] = []
    appendQuoted(s.utf8, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
