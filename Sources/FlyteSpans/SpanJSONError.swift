/// Why Span JSON could not be read. `path` points into the document (`$.span.spans[2].endTime`).
public struct SpanJSONError: Error, Hashable, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
