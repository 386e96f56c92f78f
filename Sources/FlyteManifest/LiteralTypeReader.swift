import FlyteSyntax

/// Reads a flyteidl `LiteralType` (proto3 JSON: `simple`, `collectionType`, `mapValueType`,
/// `blob`, `enumType`, `structuredDatasetType`, `unionType`, `schema`) into a `PythonType`
/// (SPEC §4). Issue offsets are bytes of the file. One level of recursion per nested
/// LiteralType, capped at `PythonType.maxDepth`.
public struct LiteralTypeReader {
  public static func read(_ node: NodeID, in tree: SyntaxTree) -> TypeParseResult {
    var reader = LiteralTypeReader(tree: tree)
    do throws(PythonTypeParser.Failure) {
      let type = try reader.read(node, depth: 0)
      return TypeParseResult(type: type, error: nil, pickled: reader.pickled)
    } catch {
      return TypeParseResult(type: nil, error: error.issue, pickled: [])
    }
  }

  /// The oneof `type` of a LiteralType, in both spellings proto3 JSON parsers accept.
  static let variants: [String: String] = [
    "simple": "simple", "schema": "schema", "collectionType": "collectionType",
    "collection_type": "collectionType", "mapValueType": "mapValueType", "map_value_type": "mapValueType",
    "blob": "blob", "enumType": "enumType", "enum_type": "enumType",
    "structuredDatasetType": "structuredDatasetType", "structured_dataset_type": "structuredDatasetType",
    "unionType": "unionType", "union_type": "unionType",
  ]

  /// `SimpleType` in declaration order (proto3 JSON may print the number).
  static let simpleTypes: [(name: String, type: PythonType)] = [
    ("NONE", .none), ("INTEGER", .int), ("FLOAT", .float), ("STRING", .str), ("BOOLEAN", .bool),
    ("DATETIME", .datetime), ("DURATION", .timedelta), ("BINARY", .opaque(name: "BINARY")),
    ("ERROR", .opaque(name: "ERROR")), ("STRUCT", .structure),
  ]

  let tree: SyntaxTree
  var pickled: [TypeIssue] = []

  private func fail(_ kind: TypeIssue.Kind, _ message: String, _ node: NodeID) -> PythonTypeParser.Failure {
    let range = tree.oneLineRange(node)
    return PythonTypeParser.Failure(issue: TypeIssue(kind, message, start: range.lowerBound, end: range.upperBound))
  }

  private mutating func read(_ node: NodeID, depth: Int) throws(PythonTypeParser.Failure) -> PythonType {
    guard tree.isMapping(node) else {
      throw fail(.malformed, "a LiteralType must be a mapping, not \(TypeFits.describe(node, in: tree))", node)
    }
    let entries = tree.entries(of: node)
    let set = entries.filter { Self.variants[$0.name] != nil }
    guard let first = set.first else {
      let owner = entries.first?.key ?? node
      throw fail(.malformed, "the LiteralType sets none of simple, collectionType, mapValueType, blob, enumType, structuredDatasetType, unionType", owner)
    }
    if set.count > 1 {
      throw fail(.malformed, "a LiteralType sets one type only; \"\(first.name)\" is already set", set[1].key)
    }
    if depth + 1 > PythonType.maxDepth {
      throw fail(.tooDeep, "type is nested more than \(PythonType.maxDepth) levels deep", first.key)
    }
    let value = first.value
    switch Self.variants[first.name] ?? "" {
    case "simple":
      if let name = tree.string(value), let match = Self.simpleTypes.first(where: { $0.name == name }) {
        return match.type
      }
      if case .int(let text) = tree.scalar(value), let index = Int(text), Self.simpleTypes.indices.contains(index) {
        return Self.simpleTypes[index].type
      }
      let names = Self.simpleTypes.map(\.name).joined(separator: ", ")
      throw fail(.malformed, "unknown simple type \(Self.quoted(value, tree)); expected one of \(names)", value)
    case "collectionType":
      return .list(try read(value, depth: depth + 1))
    case "mapValueType":
      return .dict(try read(value, depth: depth + 1))
    case "blob":
      return try blob(value, literalType: node)
    case "enumType":
      guard let values = tree.value(of: "values", in: value) else { return .enumeration([]) }
      guard tree.isSequence(values) else { throw fail(.malformed, "\"values\" of an enumType must be a list", values) }
      var strings: [String] = []
      for item in tree.items(of: tree.resolved(values)) {
        guard let string = tree.string(item) else { throw fail(.malformed, "enum values must be strings", item) }
        strings.append(string)
      }
      return .enumeration(strings)
    case "structuredDatasetType":
      return .structuredDataset(format: try optionalString("format", in: value) ?? "")
    case "unionType":
      guard let variants = tree.value(of: "variants", in: value), tree.isSequence(variants),
        !tree.items(of: tree.resolved(variants)).isEmpty
      else { throw fail(.malformed, "a unionType needs a list of \"variants\"", first.key) }
      var members: [PythonType] = []
      for item in tree.items(of: tree.resolved(variants)) { members.append(try read(item, depth: depth + 1)) }
      return PythonType.union(of: members)
    default:
      return .opaque(name: "schema")
    }
  }

  private mutating func blob(_ value: NodeID, literalType: NodeID) throws(PythonTypeParser.Failure) -> PythonType {
    if !tree.isMapping(value) && !tree.isNull(value) {
      throw fail(.malformed, "a blob type must be a mapping", value)
    }
    let format = try optionalString("format", in: value) ?? ""
    var multipart = false
    if let dimensionality = tree.value(of: "dimensionality", in: value) {
      switch tree.scalar(dimensionality) {
      case .string("SINGLE"), .int("0"): multipart = false
      case .string("MULTIPART"), .int("1"): multipart = true
      default:
        throw fail(.malformed, "unknown blob dimensionality \(Self.quoted(dimensionality, tree)); expected SINGLE or MULTIPART", dimensionality)
      }
    }
    if format == "PythonPickle" {
      var name = "PythonPickle"
      if let metadata = tree.value(of: "metadata", in: literalType),
        let className = tree.value(of: "python_class_name", in: metadata), let text = tree.string(className)
      {
        name = text
      }
      let at = tree.value(of: "format", in: value) ?? value
      let range = tree.oneLineRange(at)
      pickled.append(TypeIssue(.pickled, "\"\(name)\" has no Flyte type", start: range.lowerBound, end: range.upperBound, name: name))
      return .pickle(name: name)
    }
    return multipart ? .directory(format: format) : .file(format: format)
  }

  private func optionalString(_ key: String, in mapping: NodeID) throws(PythonTypeParser.Failure) -> String? {
    guard let node = tree.value(of: key, in: mapping), !tree.isNull(node) else { return nil }
    guard let text = tree.string(node) else { throw fail(.malformed, "\"\(key)\" must be a string", node) }
    return text
  }

  static func quoted(_ node: NodeID, _ tree: SyntaxTree) -> String {
    tree.isScalar(node) ? "\"\(tree.scalarValue(tree.resolved(node)))\"" : TypeFits.describe(node, in: tree)
  }
}

extension SyntaxTree {
  /// A node's finding range cut at the end of its first line (findings are one line).
  public func oneLineRange(_ id: NodeID) -> ByteRange {
    let range = findingRange(id)
    var end = range.lowerBound
    while end < range.upperBound, source[end] != 0x0A, source[end] != 0x0D { end += 1 }
    return ByteRange(range.lowerBound, end)
  }
}
