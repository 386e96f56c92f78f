import Testing

@testable import FlyteDecks

/// Hostile names, values and source must come out as text: no element, attribute or handler
/// they spell may appear in the markup.
@Suite struct DeckEscapingTests {
  static let hostile = [
    "<script>alert(1)</script>", "\"onload=alert(1) x=\"", "'><img src=x onerror=alert(1)>",
    "a & b", "]]><svg onload=alert(1)>", "</textarea><script>x()</script>",
  ]

  static func hostilePage(_ evil: String) -> DeckPage {
    DeckPage(
      executionID: evil, runName: evil, taskName: evil, nodeID: evil, attempt: 0,
      outcome: .success, origin: evil,
      timeline: [DeckTimelineEntry(name: evil, start: 0, end: 1, wallTime: 1, processTime: 1)],
      gantt: [GanttBar(label: evil, start: 0, end: 1, kind: .runtime, link: evil)],
      inputs: [DeckValueRow(name: evil, type: evil, value: evil)],
      outputs: [
        DeckValueRow(
          name: evil, type: evil, value: evil,
          metadata: [DeckMetadataItem(key: evil, value: evil)])
      ],
      source: "x = '\(evil)'  # \(evil)\n\(evil)", dependencies: [evil, "\(evil)==1.0"])
  }

  @Test func escapeCoversTheFiveCharacters() {
    #expect(HTML.escape("&<>\"'") == "&amp;&lt;&gt;&quot;&#39;")
    #expect(HTML.escape("plain é 日本") == "plain é 日本")
    #expect(HTML.escape("a\u{1}b") == "a\u{FFFD}b")
  }

  @Test(arguments: hostile)
  func hostilePageStaysText(_ evil: String) {
    let html = DeckRenderer.page(Self.hostilePage(evil))
    #expect(!html.contains(evil) || !evil.contains(where: { "<>\"'&".contains($0) }))
    let parsed = WellFormed.parse(html)
    #expect(parsed.error == nil, "\(parsed.error ?? "")")
    #expect(!parsed.elements.contains("img"))
    #expect(parsed.elements.filter { $0 == "script" }.count == 1)  // only our own copy script
    #expect(!parsed.attributes.keys.contains("onerror"))
    #expect(parsed.attributes["onload"] == nil)
    // The text survives intact once the parser decodes it.
    #expect(parsed.texts.joined().contains(evil))
  }

  @Test(arguments: hostile)
  func hostileIndexStaysText(_ evil: String) {
    let index = DeckIndex(
      executionID: evil, runName: evil, origin: evil,
      entries: [
        DeckIndexEntry(
          runName: evil, taskName: evil, nodeID: evil, attempt: 0,
          outcome: .failed(kind: evil, message: evil), path: evil)
      ],
      gantt: [GanttBar(label: evil, start: 0, end: 2, kind: .node, link: evil)])
    let parsed = WellFormed.parse(DeckRenderer.index(index))
    #expect(parsed.error == nil, "\(parsed.error ?? "")")
    #expect(!parsed.elements.contains("script"))
    #expect(!parsed.elements.contains("img"))
    #expect(parsed.texts.joined().contains(evil))
  }

  @Test func failedOutcomeMessageIsEscaped() {
    var page = DeckSamples.page
    page.outcome = .failed(kind: "USER", message: "<b>boom</b> & \"quoted\"")
    let html = DeckRenderer.page(page)
    #expect(html.contains("&lt;b&gt;boom&lt;/b&gt; &amp; &quot;quoted&quot;"))
    #expect(WellFormed.parse(html).error == nil)
  }
}

@Suite struct SafeLinkTests {
  @Test(arguments: [
    "javascript:alert(1)", "https://evil.example/x", "/etc/passwd", "../x", "a/../../b", "//host/x",
    "",
  ])
  func onlyRelativeDeckPathsBecomeLinks(_ path: String) {
    #expect(SafeLink.href(path) == nil)
    let index = DeckIndex(
      executionID: "e", runName: "r",
      entries: [
        DeckIndexEntry(
          runName: "r", taskName: "t", nodeID: "n", attempt: 0, outcome: .success, path: path)
      ],
      gantt: [GanttBar(label: "b", start: 0, end: 1, kind: .node, link: path)])
    let parsed = WellFormed.parse(DeckRenderer.index(index))
    #expect(parsed.error == nil)
    #expect(parsed.attributes["href"] == nil)
  }

  @Test func deckPathsAreLinks() {
    let path = DeckPaths(names: ["a/b", "n0"]).deck(runName: "a/b", nodeID: "n0", attempt: 1)
    #expect(SafeLink.href(path) == path)
  }
}
