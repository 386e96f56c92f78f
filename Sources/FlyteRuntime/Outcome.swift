/// What one attempt's user code does (SPEC §9.1), and how flytekit's entrypoint classifies a
/// failure (flytekit-semantics §1e: code, kind, origin).
public enum Outcome: String, Sendable, CaseIterable {
  case success
  case recoverableError = "recoverable_error"
  case userError = "user_error"
  case systemError = "system_error"
  case preempted
}

/// Which budget a failure is charged to: propeller keeps USER and SYSTEM apart.
public enum ErrorKind: String, Sendable {
  case user = "USER"
  case system = "SYSTEM"
}

/// A failed attempt's error as propeller reads it from `error.pb`.
public struct AttemptError: Sendable, Equatable {
  public var code: String
  public var message: String
  public var kind: ErrorKind
  public var recoverable: Bool

  /// The error a scripted failure outcome raises, with flytekit's codes.
  static func scripted(_ outcome: Outcome, message: String) -> AttemptError? {
    switch outcome {
    case .success: return nil
    case .recoverableError:
      return AttemptError(
        code: "USER:Recoverable", message: message, kind: .user, recoverable: true)
    case .userError:
      return AttemptError(
        code: "USER:RuntimeError", message: message, kind: .user, recoverable: false)
    case .systemError:
      return AttemptError(code: "SYSTEM", message: message, kind: .system, recoverable: true)
    case .preempted:
      return AttemptError(code: "Interrupted", message: message, kind: .system, recoverable: true)
    }
  }
}
