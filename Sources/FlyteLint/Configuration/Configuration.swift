import FlyteManifest
import FlyteSyntax

/// `.flyte-lint.yaml` (SPEC §7): which files are manifests, which to skip, which rules run at
/// what severity, and the bounds some rules use. Globs are relative to `directory`.
public struct Configuration: Sendable {
  /// The file this came from (the last of an `extends` chain), nil for the built-in default.
  public var path: String?
  /// Folder the globs are relative to (`.` for the default).
  public var directory: String
  public var manifests: [ScopedGlob] = []
  public var exclude: [ScopedGlob] = []
  /// nil: the default rule set.
  public var select: [String]?
  public var ignore: [String] = []
  /// Rule (code or name) → `error`, `warning`, `info` or `off`.
  public var severity: [(rule: String, level: String)] = []
  public var perFileIgnores: [(glob: ScopedGlob, rules: [String])] = []
  public var options = LintOptions()

  public init(directory: String = ".") { self.directory = directory }

  public func isExcluded(_ path: String) -> Bool { exclude.contains { $0.matches(path) } }
  public func mustBeManifest(_ path: String) -> Bool { manifests.contains { $0.matches(path) } }

  /// The linter for one file: selection, ignores, per-file ignores and severities applied.
  public func linter(for path: String) throws(ConfigurationError) -> Linter {
    var rules = RuleRegistry.defaultRules
    if let select { rules = try RuleSelection.rules(matching: select, source: self) }
    var removed = try RuleSelection.codes(matching: ignore, source: self)
    for (glob, list) in perFileIgnores where glob.matches(path) {
      removed.formUnion(try RuleSelection.codes(matching: list, source: self))
    }
    var overrides: [String: Severity] = [:]
    for (rule, level) in severity {
      for code in try RuleSelection.codes(matching: [rule], source: self) {
        if level == "off" { removed.insert(code) } else if let s = Severity(rawValue: level) { overrides[code] = s }
      }
    }
    rules = rules.filter { !removed.contains($0.description.code) }
    var linter = Linter(rules: rules, options: options)
    linter.severityOverrides = overrides
    return linter
  }
}

/// A glob and the folder it is relative to (the config file that named it).
public struct ScopedGlob: Sendable {
  public var glob: Glob
  public var base: String

  public init(_ pattern: String, base: String) {
    glob = Glob(pattern)
    self.base = base
  }

  /// `path` is relative to the working directory (or absolute, like `base`).
  public func matches(_ path: String) -> Bool {
    var p = path
    while p.hasPrefix("./") { p.removeFirst(2) }
    var b = base
    while b.hasPrefix("./") { b.removeFirst(2) }
    if b == "." || b.isEmpty { return glob.matches(p) }
    guard p.hasPrefix(b + "/") else { return false }
    return glob.matches(String(p.dropFirst(b.count + 1)))
  }
}

/// A problem in a configuration file: exit 2, pointing into the file.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var position: SourcePosition?
  public var message: String

  public init(path: String, position: SourcePosition? = nil, message: String) {
    self.path = path
    self.position = position
    self.message = message
  }

  public var description: String {
    "\(path)\(position.map { ":\($0.line):\($0.column)" } ?? ""): invalid configuration: \(message)"
  }
}

/// Rule lists as written in configs and on the command line: codes, names, code prefixes
/// (`FL1`) and `ALL`.
public enum RuleSelection {
  public static func codes(matching list: [String], source: Configuration?) throws(ConfigurationError) -> Set<String> {
    var result = Set<String>()
    for raw in list {
      let item = raw.trimmed
      if item.uppercased() == "ALL" {
        result.formUnion(RuleRegistry.all.map { $0.description.code })
        continue
      }
      let matches = RuleRegistry.all.filter {
        $0.description.code == item.uppercased() || $0.description.name == item.lowercased()
          || (item.uppercased().hasPrefix("FL") && item.count < 5 && $0.description.code.hasPrefix(item.uppercased()))
      }
      guard !matches.isEmpty else {
        let names = RuleRegistry.all.flatMap { [$0.description.code, $0.description.name] }
        let hint = Suggestion.closest(to: item, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
        throw ConfigurationError(path: source?.path ?? "command line", message: "unknown rule \"\(item)\"\(hint)")
      }
      result.formUnion(matches.map { $0.description.code })
    }
    return result
  }

  public static func rules(matching list: [String], source: Configuration?) throws(ConfigurationError) -> [any Rule.Type] {
    let chosen = try codes(matching: list, source: source)
    return RuleRegistry.all.filter { chosen.contains($0.description.code) }
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while s.first == " " || s.first == "\t" { s.removeFirst() }
    while s.last == " " || s.last == "\t" { s.removeLast() }
    return String(s)
  }
}
