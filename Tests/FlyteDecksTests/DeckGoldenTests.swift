import FlyteDecks
import Foundation
import Testing

/// `fixtures/decks/*.html` are the exact bytes rendered from `DeckSamples`; the runtime's
/// golden tests rely on that stability. FLYTE_LINT_RECORD=1 rewrites them and fails.
@Suite struct DeckGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func check(_ actual: String, against name: String) throws {
    let golden = root.appendingPathComponent("fixtures/decks/\(name)")
    if ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1" {
      try actual.write(to: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); unset FLYTE_LINT_RECORD and run again")
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from the rendered sample")
  }

  @Test func pageMatchesGolden() throws {
    try Self.check(DeckRenderer.page(DeckSamples.page), against: "page.html")
  }

  @Test func indexMatchesGolden() throws {
    try Self.check(DeckRenderer.index(DeckSamples.index), against: "index.html")
  }

  @Test func renderingIsDeterministic() {
    #expect(DeckRenderer.page(DeckSamples.page) == DeckRenderer.page(DeckSamples.page))
    #expect(DeckRenderer.index(DeckSamples.index) == DeckRenderer.index(DeckSamples.index))
  }
}
