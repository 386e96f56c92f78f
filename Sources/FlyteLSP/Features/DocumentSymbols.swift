import FlyteManifest
import FlyteSyntax

/// The outline of a manifest file (LSP `textDocument/documentSymbol`), protocol-free: byte
/// ranges the server converts with the document's `LineIndex`.
///
/// Native documents give their `defaults:` and `types:` mappings, their tasks (inputs and
/// outputs as children) and their workflows (inputs, nodes and outputs as children); flyteidl
/// documents give one symbol per task template, named by its id's `name`. Every document of a
/// YAML stream contributes, in order. A file that does not parse has no symbols.
public enum DocumentSymbols {
  /// The symbols of every document of `file`, in source order.
  public static func symbols(in file: ManifestFile) -> [SymbolItem] {
    var symbols: [SymbolItem] = []
    for document in file.documents where document.kind != .other {
      symbols += SymbolBuilder(tree: file.tree, document: document).symbols()
    }
    return symbols
  }
}
