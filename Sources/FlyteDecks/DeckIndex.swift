/// The run's `index.html`: every deck (listed in the caller's order) and the whole-run Gantt.
public struct DeckIndex: Sendable, Hashable {
  public var executionID: String
  public var runName: String
  public var origin: String
  public var entries: [DeckIndexEntry]
  public var gantt: [GanttBar]

  public init(
    executionID: String, runName: String, origin: String = "", entries: [DeckIndexEntry],
    gantt: [GanttBar] = []
  ) {
    self.executionID = executionID
    self.runName = runName
    self.origin = origin
    self.entries = entries
    self.gantt = gantt
  }
}
