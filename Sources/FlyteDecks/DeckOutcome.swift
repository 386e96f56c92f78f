/// How the attempt ended; a failure carries flytekit's error kind (e.g. `USER`, `SYSTEM`,
/// `USER::TimeoutExpired`) and message as plain text.
public enum DeckOutcome: Sendable, Hashable {
  case success
  case failed(kind: String, message: String)

  public var succeeded: Bool {
    if case .success = self { return true }
    return false
  }
}
