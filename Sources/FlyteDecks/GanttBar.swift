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
