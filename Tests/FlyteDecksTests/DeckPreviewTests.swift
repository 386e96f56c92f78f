import FlyteDecks
import Foundation
import Testing

/// FLYTE_DECKS_PREVIEW=<dir> writes variant pages (each tab open, a failed and a hostile
/// attempt, 1,000 bars) for looking at in a browser; without it the test does nothing.
@Suite struct DeckPreviewTests {
  @Test func writePreviewsWhenAsked() throws {
    guard let dir = ProcessInfo.processInfo.environment["FLYTE_DECKS_PREVIEW"] else { return }
    let folder = URL(fileURLWithPath: dir)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func write(_ name: String, _ html: String) throws {
      try html.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    for tab in DeckField.flytekitOrder {
      try write(
        "tab-\(tab.rawValue.replacingOccurrences(of: " ", with: "-")).html",
        DeckRenderer.page(DeckSamples.page, selecting: tab))
    }
    var failed = DeckSamples.page
    failed.outcome = .failed(
      kind: "USER", message: "[1/3] currentAttempt done. Last Error: USER::transient")
    failed.timeline = Array(DeckSamples.timeline.prefix(5))
    try write("failed.html", DeckRenderer.page(failed))
    try write(
      "hostile.html",
      DeckRenderer.page(DeckEscapingTests.hostilePage("<script>alert(1)</script>\"onload=x")))
    var many = DeckSamples.index
    many.gantt = (0..<1000).map {
      GanttBar(
        label: "node/n\($0)", start: Double($0) * 0.5, end: Double($0) * 0.5 + 30,
        kind: $0 % 7 == 0 ? .failed : .node)
    }
    try write("index-1000.html", DeckRenderer.index(many))
  }
}
