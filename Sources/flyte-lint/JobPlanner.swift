import FlyteWorkspace
import FlyteLint

/// Decides, file by file, whether and how each is checked: the configuration that applies, its
/// excludes, and the linter it gives the file.
struct JobPlanner {
  let options: CheckOptions
  let resolver: ConfigurationResolver
  private(set) var planned: [CheckCommand.FileJob] = []
  private(set) var excluded: [String] = []
  /// Linters depend only on the configuration unless it has per-file ignores.
  private var linters: [String: Linter] = [:]

  init(options: CheckOptions, resolver: ConfigurationResolver) {
    self.options = options
    self.resolver = resolver
  }

  /// The job for a found file; nil when the configuration excludes it.
  mutating func job(for file: String) throws(ConfigurationError) -> CheckCommand.FileJob? {
    let config = try options.applyingCommandLine(to: resolver.configuration(for: file))
    let absolute = resolver.absolute(file)
    if config.isExcluded(absolute) {
      excluded.append(FileDiscovery.normalized(file))
      return nil
    }
    let linter: Linter
    if config.perFileIgnores.isEmpty, let cached = linters[config.path ?? ""] {
      linter = cached
    } else {
      linter = try config.linter(for: absolute)
      if config.perFileIgnores.isEmpty { linters[config.path ?? ""] = linter }
    }
    let job = CheckCommand.FileJob(
      path: file, display: FileDiscovery.normalized(file), linter: linter,
      mustBeManifest: !config.manifests.isEmpty && config.mustBeManifest(absolute))
    planned.append(job)
    return job
  }

  /// stdin is checked as the file it names: that file's configuration applies.
  func linter(forStdinNamed name: String) throws(ConfigurationError) -> Linter {
    let config = try options.applyingCommandLine(to: resolver.configuration(for: name))
    return try config.linter(for: resolver.absolute(name))
  }
}
