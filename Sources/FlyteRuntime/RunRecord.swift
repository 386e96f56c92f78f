/// One flytekit `timeit` entry of an attempt (recorded when its block ends).
public struct TimelineEntry: Sendable, Equatable {
  public var name: String
  public var start: Int64
  public var finish: Int64
}

/// One attempt of a node, numbered from 0 as propeller does (`task/0` in spans).
public struct AttemptRecord: Sendable {
  public var number: Int
  public var start: Int64
  public var end: Int64
  /// The scripted outcome, or what the runtime made of it: `timeout_expired`, `timed_out`,
  /// `input_error`, `output_error`.
  public var outcome: String
  public var error: AttemptError?
  public var interruptible: Bool
  public var note: String?
  public var timeline: [TimelineEntry]
  /// Decks are written for every attempt in which the task was loaded (SPEC §9.2).
  public var loaded: Bool { timeline.contains { $0.name == Phase.loadTask } }
}

/// Where a node ended.
public enum NodeStatus: String, Sendable {
  case succeeded = "SUCCEEDED"
  case failed = "FAILED"
  case timedOut = "TIMED_OUT"
  case skipped = "SKIPPED"
}

/// What the cache did for a node.
public enum CacheStatus: String, Sendable {
  /// The task does not cache.
  case disabled
  /// `--no-cache`: the task caches, the run did not look.
  case bypassed
  case miss
  case hit
}

/// One output value with its `output_metadata` (SPEC §9.4).
public struct OutputRecord: Sendable {
  public var name: String
  public var value: SimValue
  public var metadata: SimValue?
}

/// A node of the run (a single-task run has one, `n0`).
public struct NodeRecord: Sendable {
  public var id: String
  public var task: String
  public var status: NodeStatus
  public var start: Int64
  public var end: Int64
  public var retries: Int
  public var timeout: Int64?
  public var interruptible: Bool
  public var cache: CacheStatus
  public var cacheKey: String?
  public var inputs: SimValues
  public var outputs: [OutputRecord]
  public var attempts: [AttemptRecord]
  public var error: AttemptError?
  public var notes: [String]
  /// The task's deck settings when its decks are on.
  public var decks: DeckSettings? = nil
}

/// One statsd line emitted by user code.
public struct MetricRecord: Sendable {
  public var kind: ScriptedMetric.Kind
  /// The full statsd name, prefix and tags included.
  public var name: String
  public var metric: String
  public var value: String
  public var time: Int64
  public var node: String
  public var attempt: Int
}

/// One `user_space` log line.
public struct LogRecord: Sendable {
  public var time: Int64
  public var level: String
  public var message: String
  public var task: String
  public var node: String
  public var attempt: Int
}

/// The whole simulated execution: what every report is written from.
public struct RunRecord: Sendable {
  public enum Kind: String, Sendable { case workflow, task }
  public var executionID: String
  public var project: String
  public var domain: String
  public var kind: Kind
  public var name: String
  public var start: Int64
  public var end: Int64
  public var status: NodeStatus
  public var error: AttemptError?
  public var nodes: [NodeRecord]
  public var outputs: [OutputRecord]
  public var metrics: [MetricRecord]
  public var logs: [LogRecord]
  public var notes: [String]
  /// The overheads the run used (the span tree shows them as operations).
  public var platform: PlatformOverheads = .defaults

  public var succeeded: Bool { status == .succeeded }
}
