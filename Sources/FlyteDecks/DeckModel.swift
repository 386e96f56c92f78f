/// Plain data the runtime fills for one task attempt's deck. Times are seconds on the run's
/// virtual clock, measured from `DeckPage.origin`, so pages stay byte-stable.

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

/// One row of flytekit's Timeline table (a `timeit` entry), in recorded order.
public struct DeckTimelineEntry: Sendable, Hashable {
  public var name: String
  public var start: Double
  public var end: Double
  public var wallTime: Double
  public var processTime: Double

  public init(name: String, start: Double, end: Double, wallTime: Double, processTime: Double) {
    self.name = name
    self.start = start
    self.end = end
    self.wallTime = wallTime
    self.processTime = processTime
  }
}

/// What a Gantt bar stands for; picks its colour (a fixed CSS class, never user text).
public enum GanttBarKind: String, Sendable, Hashable, CaseIterable {
  case workflow, node, attempt, setup, runtime, teardown, timeit, failed, cached, skipped, other
}

/// One bar of a Gantt chart. `link` (a relative path, e.g. to a deck from the index) is
/// optional and escaped like any other text.
public struct GanttBar: Sendable, Hashable {
  public var label: String
  public var start: Double
  public var end: Double
  public var kind: GanttBarKind
  public var link: String?

  public init(label: String, start: Double, end: Double, kind: GanttBarKind, link: String? = nil) {
    self.label = label
    self.start = start
    self.end = end
    self.kind = kind
    self.link = link
  }
}

/// One key/value of output metadata (dynamic partitions, time partition, additional items);
/// order is the caller's.
public struct DeckMetadataItem: Sendable, Hashable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}

/// One input or output: name, type as text, value as text, and (outputs) metadata.
public struct DeckValueRow: Sendable, Hashable {
  public var name: String
  public var type: String
  public var value: String
  public var metadata: [DeckMetadataItem]

  public init(name: String, type: String, value: String, metadata: [DeckMetadataItem] = []) {
    self.name = name
    self.type = type
    self.value = value
    self.metadata = metadata
  }
}

/// Everything one `deck.html` shows.
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
