/// Propeller's retry decision (flytekit-semantics §1e, "How the platform turns that into
/// retries"): SYSTEM failures have their own budget; USER attempts allowed = retries + 1.
struct RetryPolicy {
  /// `max-node-retries-system-failures`, propeller's default.
  static let systemRetries = 3
  var maxAttempts: Int

  enum Decision: Equatable {
    case retry
    /// The node fails with this error.
    case fail(AttemptError)
  }

  /// The decision after attempt `attempt` (0-based) failed with `error`, given the SYSTEM
  /// failures counted before it.
  func decide(_ error: AttemptError, attempt: Int, systemFailures: Int) -> Decision {
    guard error.recoverable else { return .fail(error) }
    let current: Int
    let allowed: Int
    if error.kind == .system {
      current = systemFailures
      allowed = Self.systemRetries
      if current < allowed { return .retry }
    } else {
      current = attempt + 1 - systemFailures
      allowed = maxAttempts
      if current < allowed { return .retry }
    }
    return .fail(
      AttemptError(
        code: "RetriesExhausted|\(error.code)",
        message:
          "[\(current)/\(allowed)] currentAttempt done. Last Error: \(error.kind.rawValue)::\(error.message)",
        kind: .user, recoverable: false))
  }

  /// The last system retry runs on a non-interruptible node (threshold −1 of the default 3).
  static func interruptible(_ taskInterruptible: Bool, systemFailures: Int) -> Bool {
    taskInterruptible && systemFailures < systemRetries
  }
}
