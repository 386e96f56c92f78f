import FlyteIO
import FlyteSyntax

/// The local cache (SPEC §9.3): one JSON file per key under the cache folder, named by the
/// key's sha256 so any task name is a safe file name. Written atomically; anything unreadable
/// or not matching its key is a miss.
public struct CacheStore: Sendable {
  public var directory: String

  public init(directory: String) { self.directory = directory }

  func path(for key: String) -> String { directory + "/" + SHA256.hex(key) + ".json" }

  /// The outputs stored for `key`, or nil (missing or corrupt).
  public func lookup(_ key: String) -> SimValues? {
    guard let bytes = Directories.contents(of: path(for: key)) else { return nil }
    let tree = SyntaxTree.parseJSON(bytes)
    guard tree.errors.isEmpty, let root = tree.documents.first?.root, tree.isMapping(root),
      tree.value(of: "key", in: root).flatMap(tree.string) == key,
      let outputs = tree.value(of: "outputs", in: root), tree.isMapping(outputs)
    else { return nil }
    return tree.entries(of: outputs).map { (name: $0.name, value: SimValue($0.value, in: tree)) }
  }

  public func store(_ key: String, outputs: SimValues) throws(AtomicFileError) {
    try Directories.create(directory)
    let text = "{\"key\":\(JSONEscaping.quoted(key)),\"outputs\":\(outputs.canonicalJSON)}\n"
    try AtomicFile(path: path(for: key)).write(Array(text.utf8))
  }
}
