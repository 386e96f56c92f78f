import FlyteLint

#if canImport(Glibc)
  import Glibc
#endif

/// Finds the configuration that applies to each file: `--config` if given, else the nearest
/// `.flyte-lint.yaml|yml|json` walking up from the file, stopping at the repository root (a
/// folder with `.git`). Loaded configurations are cached by folder.
public final class ConfigurationResolver {
  public let workingDirectory: String
  private let explicit: Configuration?
  private var byFolder: [String: Configuration] = [:]
  private let loader = ConfigurationLoader { path in try? FileInput.read(path: path, limit: 1 << 20) }

  /// `workingDirectory` anchors relative paths (the process's own by default; a language
  /// server passes its workspace folder).
  public init(explicitPath: String?, workingDirectory: String? = nil) throws(ConfigurationError) {
    self.workingDirectory = workingDirectory ?? Self.currentDirectory()
    if let explicitPath {
      guard Self.exists(explicitPath) else {
        throw ConfigurationError(path: explicitPath, message: "no such file")
      }
      var config = try loader.load(path: Self.absolute(explicitPath, in: self.workingDirectory))
      if config.path == nil { config.path = explicitPath }
      explicit = config
    } else {
      explicit = nil
    }
  }

  /// Forgets every loaded configuration: the next lookup reads the files again (a language
  /// server calls this when a configuration file changes).
  public func reload() { byFolder.removeAll() }

  public func absolute(_ path: String) -> String { Self.absolute(path, in: workingDirectory) }

  public func configuration(for file: String) throws(ConfigurationError) -> Configuration {
    if let explicit { return explicit }
    var folder = ConfigurationLoader.directory(of: absolute(file))
    var visited: [String] = []
    var found: Configuration?
    while true {
      if let cached = byFolder[folder] {
        found = cached
        break
      }
      visited.append(folder)
      if let name = ConfigurationLoader.fileNames.first(where: { Self.exists(folder + "/" + $0) }) {
        found = try loader.load(path: folder == "/" ? "/" + name : folder + "/" + name)
        break
      }
      if Self.exists(folder + "/.git") || folder == "/" { break }
      folder = ConfigurationLoader.directory(of: folder)
    }
    let config = found ?? Configuration(directory: workingDirectory)
    for f in visited { byFolder[f] = config }
    return config
  }

  public static func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// An absolute path without `.` segments and with `..` resolved textually.
  public static func absolute(_ path: String, in directory: String) -> String {
    RepositoryPaths.absolute(path, in: directory)
  }
}
