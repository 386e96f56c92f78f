import FlyteLint

#if canImport(Glibc)
  import Glibc
#endif

/// `check`'s options, validated.
struct CheckOptions {
  struct Problem: Error, CustomStringConvertible {
    let description: String
  }

  /// The reports to produce, at most one of them on standard output.
  var outputs: [ReportOutput] = []
  /// Base URL of the rule pages, linked from SARIF (`helpUri`).
  var docsURL: String?
  /// `--select` replaces the configuration's `select`; `--ignore` adds to its `ignore`.
  var cliSelect: [String]?
  var cliIgnore: [String] = []
  var linter = Linter()
  var strict = false
  var maxWarnings: Int?
  var exitZero = false
  var stdinFilename: String?
  var color = false
  var jobs = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
  /// Seconds one file may take before it is given up on (nil: no limit). A 256 MiB manifest,
  /// the largest accepted, checks in about 20 s on a CI core; the default leaves room for that.
  var fileTimeout: Double? = 60
  var quiet = false
  var verbose = false

  init(_ args: Arguments) throws(Problem) {
    outputs = try ReportOutput.parse(args.ordered, inGitHubActions: Self.environment("GITHUB_ACTIONS") == "true")
    docsURL = args.options["--docs-url"]
    cliSelect = args.options["--select"].map(Self.list)
    cliIgnore = args.options["--ignore"].map(Self.list) ?? []
    do {
      if let cliSelect { _ = try RuleSelection.codes(matching: cliSelect, source: nil) }
      _ = try RuleSelection.codes(matching: cliIgnore, source: nil)
    } catch {
      throw Problem(description: error.message)
    }
    linter = (try? Configuration().linter(for: "-")) ?? Linter()
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
    if let value = args.options["--file-timeout"] {
      guard let seconds = Double(value), seconds >= 0, seconds.isFinite else {
        throw Problem(description: "--file-timeout needs a number of seconds ≥ 0")
      }
      fileTimeout = seconds == 0 ? nil : seconds
    }
    let colorChoice = args.options["--color"] ?? "auto"
    switch colorChoice {
    case "always": color = true
    case "never": color = false
    case "auto": color = getenv("NO_COLOR") == nil && isatty(1) == 1
    default: throw Problem(description: "--color takes auto, always or never")
    }
  }

  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { String($0).filter { $0 != " " } }.filter { !$0.isEmpty }
  }

  /// The configuration with the command line's rule choices applied.
  func applyingCommandLine(to config: Configuration) -> Configuration {
    var config = config
    if let cliSelect { config.select = cliSelect }
    config.ignore += cliIgnore
    return config
  }

  /// One report. Colour only goes to the terminal, never into a file.
  func render(_ run: RunReport, as format: ReportOutput.Format, toTerminal: Bool, paths: RepositoryPaths) -> String {
    switch format {
    case .text: return TextReporter(color: color && toTerminal).render(run, summary: !quiet)
    case .concise:
      return ConciseReporter.render(run) + (quiet ? "" : run.summary + "\n")
    case .json: return JSONReporter.render(run)
    case .sarif: return SARIFReporter(paths: paths, docsURL: docsURL).render(run)
    case .github: return GitHubReporter(paths: paths).render(run)
    case .checkstyle: return CheckstyleReporter.render(run)
    case .junit: return JUnitReporter.render(run)
    }
  }

  /// An environment variable, nil when unset.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
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

