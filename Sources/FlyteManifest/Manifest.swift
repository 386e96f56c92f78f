import FlyteSyntax

/// What a YAML/JSON document is, for flyte-lint (SPEC §2.1).
public enum DocumentKind: Sendable, Equatable {
  /// A native manifest (§3).
  case native
  /// One or more flyteidl task templates (§4).
  case flyteidl
  /// Anything else: skipped silently.
  case other
}

/// An input binding of a workflow node or output (SPEC §9.6): a literal value, or
/// `{from: inputs.NAME}` / `{from: NODE.OUTPUT}`.
public struct Binding: Sendable {
  public var name: String
  public var key: NodeID
  public var value: NodeID
  /// The `from:` value node and its two parts, when the binding has one.
  public var fromNode: NodeID?
  public var source: String?
  public var output: String?
}

/// One node of a workflow.
public struct WorkflowNode: Sendable {
  public var entry: NodeID
  public var id: String?
  public var idNode: NodeID?
  public var task: String?
  public var taskNode: NodeID?
  public var bindings: [Binding] = []
}

/// A native workflow (SPEC §9.6).
public struct WorkflowSpec: Sendable {
  public var entry: NodeID
  public var name: String?
  public var nameNode: NodeID?
  public var inputs: [Parameter] = []
  public var nodes: [WorkflowNode] = []
  public var outputs: [Binding] = []
}

/// One document of a manifest file.
public struct ManifestDocument: Sendable {
  public var index: Int
  public var kind: DocumentKind
  public var root: NodeID?
  public var tasks: [TaskSpec] = []
  public var workflows: [WorkflowSpec] = []
  /// Native manifests: the top-level `defaults:` mapping, if any.
  public var defaultsNode: NodeID?
  /// Native manifests: the top-level `types:` mapping (user dataclasses, pydantic models, Enums).
  public var typesNode: NodeID?
  /// Native: the `tasks:` / `workflows:` entries that are not mappings (reported by rules).
  public var malformedEntries: [NodeID] = []
}

/// A parsed file and what it holds.
public struct ManifestFile: Sendable {
  public var path: String
  public var tree: SyntaxTree
  public var lineIndex: LineIndex
  public var documents: [ManifestDocument]

  /// True when some document is a manifest.
  public var isManifest: Bool { documents.contains { $0.kind != .other } }

  /// True when a file that failed to parse still looks like a manifest (SPEC §2.1).
  public var showsManifestEvidence: Bool {
    if isManifest { return true }
    let lower = path.lowercased()
    if lower.hasSuffix(".flyte.yaml") || lower.hasSuffix(".flyte.yml") || lower.hasSuffix(".flyte.json")
      || lower.split(separator: "/").dropLast().contains("manifests")
    {
      return true
    }
    return Self.hasManifestKeys(evidenceTree)
  }

  /// The tree to look for manifest keys in. Bytes refused before parsing (invalid UTF-8, a NUL,
  /// a control character) leave an empty tree: then the text before the bad byte is parsed on
  /// its own, so a manifest with one bad byte is still reported rather than skipped.
  private var evidenceTree: SyntaxTree {
    guard tree.documents.isEmpty, let first = tree.errors.first,
      [.invalidUTF8, .nulByte, .controlCharacter].contains(first.code)
    else { return tree }
    let end = min(Int(first.range.lowerBound), tree.source.count)
    return SyntaxTree.parse(Array(tree.source[..<end]), path: path)
  }

  private static func hasManifestKeys(_ tree: SyntaxTree) -> Bool {
    for document in tree.documents {
      guard let root = document.root else { continue }
      let names = Set(tree.entries(of: root).map(\.name))
      if names.contains("tasks") || names.contains("workflows") || names.contains("closure")
        || names.contains("template")
      {
        return true
      }
    }
    return false
  }

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    tree = SyntaxTree.parse(bytes, path: path)
    lineIndex = LineIndex(bytes)
    documents = []
    if tree.errors.isEmpty {
      documents = tree.documents.enumerated().map { index, document in
        ManifestBuilder(tree: tree).document(index: index, root: document.root)
      }
    }
    allTasks = documents.flatMap(\.tasks)
  }

  /// Every task of every document, in order.
  public private(set) var allTasks: [TaskSpec] = []
}
