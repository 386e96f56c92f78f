import FlyteLint
import FlyteManifest
import FlyteSyntax
import FlyteWorkspace

/// The tasks each manifest of the workspace folder defines, as saved on disk: workflow nodes
/// in an open document resolve against them (FL501–FL506), and go-to-definition finds them.
///
/// Built once, when first needed; then kept current file by file from
/// `workspace/didChangeWatchedFiles`, so an edit never rescans the folder.
struct WorkspaceIndex {
  struct Entry {
    var summaries: [String: TaskSummary]
    var declarations: [TaskDeclaration]
  }

  /// Larger files are not indexed (a manifest of tasks is far smaller).
  static let maxFileBytes = 16 << 20
  /// A workspace with more candidate files is indexed up to this many.
  static let maxFiles = 50_000

  private(set) var entries: [String: Entry] = [:]
  /// Paths defining each task name.
  private var definers: [String: Set<String>] = [:]
  private(set) var isBuilt = false

  /// Reads every manifest under `root` that `include` accepts (absolute paths).
  mutating func build(root: String, include: (String) -> Bool) {
    isBuilt = true
    var seen = 0
    try? FileDiscovery.forEachFile(in: [root]) { path in
      seen += 1
      let absolute = RepositoryPaths.absolute(path, in: root)
      if include(absolute) { update(absolute, bytes: try? FileInput.read(path: path, limit: Self.maxFileBytes)) }
      return seen < Self.maxFiles
    }
  }

  /// An index of nothing (the workspace is too broad to walk).
  mutating func markBuiltEmpty() { isBuilt = true }

  /// Reads one file again (created, changed or deleted on disk).
  mutating func refresh(_ path: String) {
    update(path, bytes: try? FileInput.read(path: path, limit: Self.maxFileBytes))
  }

  mutating func update(_ path: String, bytes: [UInt8]?) {
    let entry = bytes.flatMap { Self.entry(ManifestFile(path: path, bytes: $0)) }
    if let old = entries[path] {
      for name in old.summaries.keys { definers[name]?.remove(path) }
    }
    entries[path] = entry
    for name in entry?.summaries.keys ?? [:].keys { definers[name, default: []].insert(path) }
  }

  static func entry(_ file: ManifestFile) -> Entry? {
    guard file.tree.errors.isEmpty, file.isManifest else { return nil }
    return Entry(summaries: WorkflowFacts(file).summaries, declarations: DuplicateTaskNameRule.declarations(file))
  }

  /// Files defining `name`, in path order, other than those `skip` names.
  func files(defining name: String, skipping skip: (String) -> Bool) -> [String] {
    (definers[name] ?? []).filter { !skip($0) }.sorted()
  }

  func summary(of name: String, skipping skip: (String) -> Bool) -> TaskSummary? {
    files(defining: name, skipping: skip).first.flatMap { entries[$0]?.summaries[name] }
  }

  /// Every task name some file defines (for "did you mean").
  var allNames: [String] { definers.compactMap { $0.value.isEmpty ? nil : $0.key } }
}
