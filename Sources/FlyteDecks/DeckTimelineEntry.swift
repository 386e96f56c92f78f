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
