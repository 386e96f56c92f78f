/// Convenience initialisers for callers that keep virtual time as Int64 nanoseconds (as the
/// runtime does); the conversion is exact for any run shorter than about 104 days.
extension DeckTimelineEntry {
  /// Wall time is `end - start`; process time defaults to the wall time (a simulated block
  /// spends no time off the CPU unless the caller says so).
  public init(name: String, startNanos: Int64, endNanos: Int64, processNanos: Int64? = nil) {
    let wall = endNanos &- startNanos
    self.init(
      name: name, start: DeckTime.seconds(startNanos), end: DeckTime.seconds(endNanos),
      wallTime: DeckTime.seconds(wall), processTime: DeckTime.seconds(processNanos ?? wall))
  }
}

extension GanttBar {
  public init(
    label: String, startNanos: Int64, endNanos: Int64, kind: GanttBarKind, link: String? = nil
  ) {
    self.init(
      label: label, start: DeckTime.seconds(startNanos), end: DeckTime.seconds(endNanos),
      kind: kind, link: link)
  }
}

public enum DeckTime {
  public static func seconds(_ nanos: Int64) -> Double { Double(nanos) / 1_000_000_000 }
}
