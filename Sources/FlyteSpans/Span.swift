/// `flyteidl.core.Span` (metrics.proto): the time an execution entity or one of its
/// operations took, broken down into child spans.
public struct Span: Hashable, Sendable {
  public var startTime: Timestamp
  public var endTime: Timestamp
  public var id: SpanID
  /// Child spans, in the order they are reported.
  public var spans: [Span]

  public init(id: SpanID, startTime: Timestamp, endTime: Timestamp, spans: [Span] = []) {
    self.id = id
    self.startTime = startTime
    self.endTime = endTime
    self.spans = spans
  }
}
