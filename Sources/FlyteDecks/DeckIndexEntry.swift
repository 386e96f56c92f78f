/// One deck listed on the run's `index.html`; `path` is relative to the index (from `DeckPaths`).
public struct DeckIndexEntry: Sendable, Hashable {
  public var runName: String
  public var taskName: String
  public var nodeID: String
  public var attempt: Int
  public var outcome: DeckOutcome
  public var path: String

  public init(
    runName: String, taskName: String, nodeID: String, attempt: Int, outcome: DeckOutcome,
    path: String
  ) {
    self.runName = runName
    self.taskName = taskName
    self.nodeID = nodeID
    self.attempt = attempt
    self.outcome = outcome
    self.path = path
  }
}
