import FlyteSyntax

/// One entry of a manifest's outline (LSP `DocumentSymbol`, before positions are converted):
/// byte ranges into the file, children in source order.
public struct SymbolItem: Sendable, Equatable {
  /// What the entry is; the server maps each kind onto an LSP `SymbolKind`.
  public enum Kind: Sendable {
    /// A task (native entry or flyteidl template).
    case task
    /// A native workflow (SPEC §9.6).
    case workflow
    /// A node of a workflow; its name is the node id, its detail the task it runs.
    case node
    /// An input of a task or workflow.
    case input
    /// An output of a task or workflow.
    case output
    /// A native manifest's top-level `defaults:` mapping.
    case defaults
    /// A native manifest's top-level `types:` mapping, and each type it declares.
    case types
  }

  /// Never empty (editors reject symbols without a name).
  public var name: String
  /// A short description shown next to the name, e.g. `cache v1 · retries 3 · timeout 5m`.
  public var detail: String?
  public var kind: Kind
  /// The whole entry (key and value for a mapping entry); contains `selectionRange` and every
  /// child's `range`.
  public var range: ByteRange
  /// What to highlight when the symbol is picked: the name's value (or key).
  public var selectionRange: ByteRange
  public var children: [SymbolItem]

  public init(
    name: String, detail: String? = nil, kind: Kind, range: ByteRange, selectionRange: ByteRange,
    children: [SymbolItem] = []
  ) {
    self.name = name
    self.detail = detail
    self.kind = kind
    self.range = range
    self.selectionRange = selectionRange
    self.children = children
  }
}
