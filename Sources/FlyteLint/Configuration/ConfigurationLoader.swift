import FlyteManifest
import FlyteSyntax

/// Reads `.flyte-lint.yaml` / `.yml` / `.json` files, following `extends` (the child's keys
/// override; lists replace). File access comes from the caller: the core does no I/O.
public struct ConfigurationLoader {
  public static let fileNames = [".flyte-lint.yaml", ".flyte-lint.yml", ".flyte-lint.json"]
  /// The keys a configuration file may have (docs/schemas/flyte-lint-config.schema.json lists
  /// the same; a test keeps the two in step).
  public static let keys = [
    "extends", "manifests", "exclude", "select", "ignore", "severity", "per-file-ignores",
    "timeout", "retries",
  ]

  public var read: (String) -> [UInt8]?

  public init(read: @escaping (String) -> [UInt8]?) { self.read = read }

  public func load(path: String) throws(ConfigurationError) -> Configuration {
    var chain: [String] = []
    return try load(path: path, chain: &chain)
  }

  private func load(path: String, chain: inout [String]) throws(ConfigurationError) -> Configuration {
    if chain.contains(path) || chain.count > 16 {
      throw ConfigurationError(path: path, message: "\"extends\" forms a cycle: \((chain + [path]).joined(separator: " → "))")
    }
    chain.append(path)
    guard let bytes = read(path) else { throw ConfigurationError(path: path, message: "cannot read the file") }
    let tree = SyntaxTree.parse(bytes, path: path)
    let index = LineIndex(bytes)
    func fail(_ node: NodeID?, _ message: String) -> ConfigurationError {
      ConfigurationError(path: path, position: node.map { index.position(at: tree[$0].range.lowerBound) }, message: message)
    }
    if let error = tree.errors.first {
      throw ConfigurationError(path: path, position: index.position(at: error.range.lowerBound), message: error.message)
    }
    let directory = Self.directory(of: path)
    guard let root = tree.documents.first?.root, !tree.isNull(root) else {
      var empty = Configuration(directory: directory)
      empty.path = path
      return empty
    }
    guard tree.isMapping(root) else { throw fail(root, "the configuration must be a mapping") }
    let entries = tree.entries(of: root)
    var config = Configuration(directory: directory)
    if let extends = entries.last(where: { $0.name == "extends" }) {
      guard let parent = tree.string(extends.value) else { throw fail(extends.value, "\"extends\" must be a path") }
      config = try load(path: Self.join(directory, parent), chain: &chain)
      config.directory = directory
    }
    config.path = path
    let reader = Reader(tree: tree, fail: fail)
    for entry in entries {
      switch entry.name {
      case "extends": break
      case "manifests": config.manifests = try reader.strings(entry.value, entry.name).map { ScopedGlob($0, base: directory) }
      case "exclude": config.exclude = try reader.strings(entry.value, entry.name).map { ScopedGlob($0, base: directory) }
      case "select":
        config.select = try reader.ruleList(entry.value, entry.name, config)
      case "ignore": config.ignore = try reader.ruleList(entry.value, entry.name, config)
      case "severity":
        config.severity = try reader.mapping(entry.value, entry.name).map { item throws(ConfigurationError) in
          _ = try reader.ruleList(item.key, "severity", config)
          guard let level = tree.string(item.value), ["error", "warning", "info", "off"].contains(level) else {
            throw fail(item.value, "severity must be error, warning, info or off")
          }
          return (item.name, level)
        }
      case "per-file-ignores":
        config.perFileIgnores = try reader.mapping(entry.value, entry.name).map { item throws(ConfigurationError) in
          (ScopedGlob(item.name, base: directory), try reader.ruleList(item.value, "per-file-ignores", config))
        }
      case "timeout":
        for item in try reader.mapping(entry.value, entry.name) {
          let seconds = try reader.duration(item.value)
          switch item.name {
          case "min": config.options.timeoutMin = seconds
          case "max": config.options.timeoutMax = seconds
          default: throw fail(item.key, "unknown key \"\(item.name)\" in \"timeout\"; expected min or max")
          }
        }
      case "retries":
        for item in try reader.mapping(entry.value, entry.name) {
          guard item.name == "max" else { throw fail(item.key, "unknown key \"\(item.name)\" in \"retries\"; expected max") }
          guard case .int(let text) = tree.scalar(item.value), let n = Int(text), n >= 0 else {
            throw fail(item.value, "\"retries.max\" must be a whole number ≥ 0")
          }
          config.options.retriesMax = n
        }
      default:
        let hint = Suggestion.closest(to: entry.name, in: Self.keys).map { "; did you mean \"\($0)\"?" } ?? ""
        throw fail(entry.key, "unknown key \"\(entry.name)\"\(hint)")
      }
    }
    return config
  }

  public static func directory(of path: String) -> String {
    // On the UTF-8 view: `/` is one byte, and Character search is slow (this runs per file).
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
    let dir = String(path[..<slash])
    return dir.isEmpty ? "/" : dir
  }

  /// `directory/path` with `.` and `..` segments resolved textually.
  static func join(_ directory: String, _ path: String) -> String {
    let joined = path.hasPrefix("/") || directory == "." ? path : directory + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    return (joined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }
}

/// Typed reads of config values, each failing with a pointed message.
private struct Reader {
  let tree: SyntaxTree
  let fail: (NodeID?, String) -> ConfigurationError

  func strings(_ node: NodeID, _ key: String) throws(ConfigurationError) -> [String] {
    if let single = tree.string(node) { return [single] }
    guard tree.isSequence(node) else { throw fail(node, "\"\(key)\" must be a list of strings") }
    var result: [String] = []
    for item in tree.items(of: tree.resolved(node)) {
      guard let s = tree.string(item) else { throw fail(item, "\"\(key)\" must be a list of strings") }
      result.append(s)
    }
    return result
  }

  func ruleList(_ node: NodeID, _ key: String, _ config: Configuration) throws(ConfigurationError) -> [String] {
    let list = try strings(node, key)
    do {
      _ = try RuleSelection.codes(matching: list, source: config)
    } catch {
      throw fail(node, error.message)
    }
    return list
  }

  func mapping(_ node: NodeID, _ key: String) throws(ConfigurationError) -> [MappingEntry] {
    guard tree.isMapping(node) else { throw fail(node, "\"\(key)\" must be a mapping") }
    return tree.entries(of: node)
  }

  /// Whole seconds, or a duration in the manifest's own syntax (`90s`, `10m`, `24h`, `7d`,
  /// `1h30m`, `PT5M`…): one grammar for manifests and configuration.
  func duration(_ node: NodeID) throws(ConfigurationError) -> Double {
    if case .int(let text) = tree.scalar(node), let n = Double(text), n >= 0 { return n }
    guard let text = tree.string(node), case .valid(let value, _) = DurationParser.parse(text), !value.isNegative else {
      throw fail(node, "expected a duration such as 30s, 10m, 24h or 7d")
    }
    return Double(value.seconds) + Double(value.nanoseconds) / 1_000_000_000
  }
}
