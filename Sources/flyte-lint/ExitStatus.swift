/// Exit codes shared by every command (SPEC §1).
enum ExitStatus: Int32 {
  /// No error-severity finding.
  case success = 0
  /// Findings that fail the run (for `dump`: the input does not parse).
  case findings = 1
  /// Usage or configuration error.
  case usage = 2
  /// Internal failure: a bug.
  case internalError = 3
}
