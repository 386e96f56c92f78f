import FlyteLint
import FlyteWorkspace

#if canImport(Glibc)
  import Glibc
#endif

/// How one document is linted: its configuration's linter, or nothing when the configuration
/// excludes it.
struct LintSetup {
  var linter: Linter
  var mustBeManifest: Bool
  var excluded: Bool
}

/// The workspace folder: configurations by path, and the index of its manifests.
final class Workspace {
  let root: String?
  private(set) var resolver: ConfigurationResolver?
  var index = WorkspaceIndex()
  /// Configuration problems already shown to the user (each once until the files change).
  private var reported = Set<String>()

  init(root: String?) {
    self.root = root
    resolver = try? ConfigurationResolver(explicitPath: nil, workingDirectory: root)
  }

  /// The setup for a path, and the configuration problem that made it fall back to the
  /// defaults (shown once).
  func setup(for path: String?) -> (LintSetup, problem: String?) {
    let fallback = LintSetup(linter: Linter(), mustBeManifest: false, excluded: false)
    guard let path, let resolver else { return (fallback, nil) }
    do throws(ConfigurationError) {
      let config = try resolver.configuration(for: path)
      let absolute = resolver.absolute(path)
      return (LintSetup(linter: try config.linter(for: absolute), mustBeManifest: config.mustBeManifest(absolute),
        excluded: config.isExcluded(absolute)), nil)
    } catch {
      let text = error.description
      return (fallback, reported.insert(text).inserted ? text : nil)
    }
  }

  /// Forgets loaded configurations (a configuration file changed).
  func reloadConfiguration() {
    resolver?.reload()
    reported.removeAll()
  }

  /// Builds the index on first use. An editor opened on `/` or the home folder is not a
  /// project: walking it would take minutes, so only open documents count there.
  func ensureIndex() {
    guard !index.isBuilt, let root else { return }
    let home = getenv("HOME").map { String(cString: $0) }
    guard root != "/", root != home, root + "/" != home else {
      index.markBuiltEmpty()
      return
    }
    index.build(root: root) { [self] path in !setup(for: path).0.excluded }
  }
}
