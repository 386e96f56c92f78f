import FlyteLint

#if canImport(Glibc)
  import Glibc
#endif

/// `check`'s options, validated.
struct CheckOptions {
  enum Format: String { case text, concise, json }

  struct Problem: Error, CustomStringConvertible {
    let description: String
  }

  var format = Format.text
  var linter = Linter()
  var strict = false
  var maxWarnings: Int?
  var exitZero = false
  var stdinFilename: String?
  var color = false
  var jobs = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
  var quiet = false
  var verbose = false

  init(_ args: Arguments) throws(Problem) {
    if let value = args.options["--format"] {
      guard let format = Format(rawValue: value) else {
        throw Problem(description: "unknown format \"\(value)\"; expected text, concise or json")
      }
      self.format = format
    }
    var rules = RuleRegistry.defaultRules
    if let select = args.options["--select"] { rules = try Self.rules(matching: select, among: RuleRegistry.all) }
    if let ignore = args.options["--ignore"] {
      let ignored = try Self.rules(matching: ignore, among: RuleRegistry.all).map { $0.description.code }
      rules = rules.filter { !ignored.contains($0.description.code) }
    }
    linter = Linter(rules: rules)
    strict = args.flags.contains("--strict")
    exitZero = args.flags.contains("--exit-zero")
    quiet = args.flags.contains("--quiet")
    verbose = args.flags.contains("--verbose")
    stdinFilename = args.options["--stdin-filename"]
    if let value = args.options["--max-warnings"] {
      guard let n = Int(value), n >= 0 else { throw Problem(description: "--max-warnings needs a number ≥ 0") }
      maxWarnings = n
    }
    if let value = args.options["--jobs"] {
      guard let n = Int(value), n >= 1 else { throw Problem(description: "--jobs needs a number ≥ 1") }
      jobs = n
    }
    let colorChoice = args.options["--color"] ?? "auto"
    switch colorChoice {
    case "always": color = true
    case "never": color = false
    case "auto": color = getenv("NO_COLOR") == nil && isatty(1) == 1
    default: throw Problem(description: "--color takes auto, always or never")
    }
  }

  /// Rules named by a comma-separated list of codes, names, code prefixes (`FL1`) or `ALL`.
  static func rules(matching list: String, among all: [any Rule.Type]) throws(Problem) -> [any Rule.Type] {
    var chosen: [String] = []
    for raw in list.split(separator: ",") {
      let item = raw.trimmingCharacters()
      if item.uppercased() == "ALL" {
        chosen += all.map { $0.description.code }
        continue
      }
      let matches = all.filter {
        $0.description.code == item.uppercased() || $0.description.name == item.lowercased()
          || (item.uppercased().hasPrefix("FL") && $0.description.code.hasPrefix(item.uppercased()))
      }
      if matches.isEmpty { throw Problem(description: "unknown rule \"\(item)\"") }
      chosen += matches.map { $0.description.code }
    }
    return all.filter { chosen.contains($0.description.code) }
  }

  func render(_ run: RunReport) -> String {
    switch format {
    case .text: return TextReporter(color: color).render(run, summary: !quiet)
    case .concise:
      return ConciseReporter.render(run) + (quiet ? "" : run.summary + "\n")
    case .json: return JSONReporter.render(run)
    }
  }

  func exitStatus(_ run: RunReport) -> ExitStatus {
    if exitZero { return .success }
    let warnings = run.count(.warning)
    if run.count(.error) > 0 { return .findings }
    if strict && warnings > 0 { return .findings }
    if let max = maxWarnings, warnings > max { return .findings }
    return .success
  }
}

extension Substring {
  func trimmingCharacters() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
