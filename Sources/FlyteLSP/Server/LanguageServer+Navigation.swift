import FlyteLint
import FlyteManifest
import FlyteSyntax
import FlyteWorkspace

extension LanguageServer {
  /// `textDocument/documentSymbol`: tasks (with their inputs and outputs), workflows (with
  /// their nodes), `defaults` and `types`; flat `SymbolInformation` for clients without
  /// hierarchy support.
  func documentSymbols(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let document = try openDocument(params)
    let symbols = DocumentSymbols.symbols(in: analysis(of: document).file)
    if clientNestsSymbols { return .array(symbols.map { nested($0, document) }) }
    var flat: [JSONValue] = []
    var stack = symbols.reversed().map { ($0, String?.none) }
    while let (symbol, container) = stack.popLast() {
      var members: [(String, JSONValue)] = [
        ("name", .string(symbol.name)), ("kind", .int(Self.symbolKind(symbol.kind))),
        ("location", .object([("uri", .string(document.uri)), ("range", document.lineIndex.lspRange(symbol.range, encoding).json)])),
      ]
      if let container { members.append(("containerName", .string(container))) }
      flat.append(.object(members))
      stack += symbol.children.reversed().map { ($0, symbol.name) }
    }
    return .array(flat)
  }

  /// Symbols nest a few levels (workflow → node), so this recursion is shallow.
  private func nested(_ symbol: SymbolItem, _ document: Document) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("name", .string(symbol.name)), ("kind", .int(Self.symbolKind(symbol.kind))),
      ("range", document.lineIndex.lspRange(symbol.range, encoding).json),
      ("selectionRange", document.lineIndex.lspRange(symbol.selectionRange, encoding).json),
    ]
    if let detail = symbol.detail { members.append(("detail", .string(detail))) }
    if !symbol.children.isEmpty { members.append(("children", .array(symbol.children.map { nested($0, document) }))) }
    return .object(members)
  }

  /// LSP `SymbolKind`s: a task is a function, a workflow a module, a node an object.
  static func symbolKind(_ kind: SymbolItem.Kind) -> Int {
    switch kind {
    case .task: return 12
    case .workflow: return 2
    case .node: return 19
    case .input: return 13
    case .output: return 7
    case .defaults: return 3
    case .types: return 23
    }
  }

  /// `textDocument/definition`: from a node's `task:` (or a task's name) to every task of that
  /// name: in this document, the other open ones, then the workspace's files on disk.
  func definition(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let document = try openDocument(params)
    let offset = try position(params, in: document)
    guard let reference = TaskReferences.reference(in: analysis(of: document).file, at: offset) else { return .null }
    var locations: [JSONValue] = []
    for open in documents.values.sorted(by: { $0.uri < $1.uri }) {
      let ranges = TaskReferences.declarations(in: analysis(of: open).file).filter { $0.name == reference.name }
      locations += ranges.map { location(open.uri, open.lineIndex, $0.range) }
    }
    workspace.ensureIndex()
    let openPaths = Set(documents.values.compactMap(\.filePath))
    for path in workspace.index.files(defining: reference.name, skipping: openPaths.contains) {
      guard let bytes = try? FileInput.read(path: path, limit: WorkspaceIndex.maxFileBytes) else { continue }
      let index = LineIndex(bytes)
      let ranges = workspace.index.entries[path]?.declarations.filter { $0.name == reference.name } ?? []
      locations += ranges.map { location(DocumentURI.uri(ofPath: path), index, $0.range) }
    }
    return .array(locations)
  }

  private func location(_ uri: String, _ index: LineIndex, _ range: ByteRange) -> JSONValue {
    .object([("uri", .string(uri)), ("range", index.lspRange(range, encoding).json)])
  }
}
