/// Why a file's fixes were not applied. The file is then left exactly as it was.
public enum FixRefusal: Error, Sendable, Equatable {
  /// The file has FL001 (it does not parse, or cannot be read): fixes never run on it.
  case syntaxError
  /// Applying the fixes gave text that does not parse: a rule's fix is wrong for this input.
  case brokenResult(String)
  /// The fixed text no longer reads as a task manifest.
  case notAManifest
  /// The caller cannot write the file (read-only file or directory, …), with its reason.
  case notWritable(String)

  /// Lowercase, no period: follows "PATH: not fixed: ".
  public var reason: String {
    switch self {
    case .syntaxError: return "the file has a syntax error or cannot be read (FL001)"
    case .brokenResult(let problem):
      return "the fixes would leave it unparsable (\(problem)); please report this as a bug"
    case .notAManifest: return "the fixed text would no longer be a task manifest"
    case .notWritable(let why): return why
    }
  }
}

/// What fixing did to one file.
public struct FileFix: Sendable {
  /// The file's path as reports show it.
  public var path: String
  public var original: [UInt8]
  public var fixed: [UInt8]
  /// Fixes applied over all passes.
  public var count: Int
  /// Each pass's edits, in the coordinates of that pass's input.
  public var passes: [[TextEdit]]
}

/// Everything a fixing run produced.
public struct RunFixOutcome: Sendable {
  /// The remaining findings, after the run-wide checks on the fixed files.
  public var reports: [FileReport]
  /// Files whose text changed, in the order given.
  public var fixes: [FileFix]
  /// Files left alone, and why.
  public var refusals: [(path: String, refusal: FixRefusal)]
  /// Files still offering fixes after the last pass (fixes that keep undoing each other).
  public var unsettled: [String]

  public var fixCount: Int { fixes.reduce(0) { $0 + $1.count } }
}
