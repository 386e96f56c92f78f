/// Plain data the runtime fills for one task attempt's deck. Times are seconds on the run's
/// virtual clock, measured from `origin`, so pages stay byte-stable. Everything one
/// `deck.html` shows.
public struct DeckPage: Sendable, Hashable {
  public var executionID: String
  /// The workflow (or, for `--task`, the task) the attempt belongs to.
  public var runName: String
  public var taskName: String
  public var nodeID: String
  public var attempt: Int
  public var outcome: DeckOutcome
  /// The task's `deck_fields` as declared; `tabs` derives what is shown.
  public var deckFields: [DeckField]
  /// Wall-clock text of time 0 (e.g. `2024-01-01T00:00:00Z`), shown as the axis origin.
  public var origin: String
  public var timeline: [DeckTimelineEntry]
  public var gantt: [GanttBar]
  public var inputs: [DeckValueRow]
  public var outputs: [DeckValueRow]
  public var source: String
  /// Package specs such as `pandas==2.1.0`, one requirement each.
  public var dependencies: [String]

  public init(
    executionID: String, runName: String, taskName: String, nodeID: String, attempt: Int,
    outcome: DeckOutcome, deckFields: [DeckField] = DeckField.flytekitOrder,
    origin: String = "", timeline: [DeckTimelineEntry] = [], gantt: [GanttBar] = [],
    inputs: [DeckValueRow] = [], outputs: [DeckValueRow] = [], source: String = "",
    dependencies: [String] = []
  ) {
    self.executionID = executionID
    self.runName = runName
    self.taskName = taskName
    self.nodeID = nodeID
    self.attempt = attempt
    self.outcome = outcome
    self.deckFields = deckFields
    self.origin = origin
    self.timeline = timeline
    self.gantt = gantt
    self.inputs = inputs
    self.outputs = outputs
    self.source = source
    self.dependencies = dependencies
  }

  /// The tabs shown, in flytekit's order.
  public var tabs: [DeckField] {
    DeckField.tabs(deckFields: deckFields, succeeded: outcome.succeeded)
  }
}
