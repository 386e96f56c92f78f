import Testing

@testable import FlyteDecks

@Suite struct DeckPageTests {
  @Test func samplePageAndIndexAreWellFormed() {
    for html in [DeckRenderer.page(DeckSamples.page), DeckRenderer.index(DeckSamples.index)] {
      let parsed = WellFormed.parse(html)
      #expect(parsed.error == nil, "\(parsed.error ?? "")")
    }
  }

  @Test func tabsFollowFlytekitOrderWhateverTheDeclaredOrder() {
    var page = DeckSamples.page
    page.deckFields = [.output, .input, .timeline]
    let html = DeckRenderer.page(page)
    let labels = WellFormed.parse(html).texts.filter {
      ["Timeline", "Input", "Output", "Source Code", "Dependencies"].contains($0)
    }
    #expect(Array(labels.prefix(3)) == ["Timeline", "Input", "Output"])
    #expect(!html.contains("id=\"panel-source\""))
    #expect(!html.contains("id=\"panel-dependencies\""))
    #expect(!html.contains("<script>"))  // no copy button, no script
  }

  @Test func firstTabIsOpenUnlessAnotherIsSelected() {
    let first = DeckRenderer.page(DeckSamples.page)
    #expect(first.contains("id=\"tab-timeline\" checked=\"checked\""))
    let chosen = DeckRenderer.page(DeckSamples.page, selecting: .output)
    #expect(chosen.contains("id=\"tab-output\" checked=\"checked\""))
    #expect(!chosen.contains("id=\"tab-timeline\" checked"))
    var failed = DeckSamples.page
    failed.outcome = .failed(kind: "USER", message: "x")
    // Output is not a tab of a failed attempt: fall back to the first.
    #expect(
      DeckRenderer.page(failed, selecting: .output).contains(
        "id=\"tab-timeline\" checked=\"checked\""))
  }

  @Test func noTabsSaysSo() {
    var page = DeckSamples.page
    page.deckFields = []
    let html = DeckRenderer.page(page)
    #expect(html.contains("no deck tabs"))
    #expect(WellFormed.parse(html).error == nil)
  }

  @Test func thousandBarsStayWellFormed() {
    var page = DeckSamples.page
    page.gantt = (0..<1000).map {
      GanttBar(label: "node-\($0)", start: Double($0), end: Double($0) + 3, kind: .runtime)
    }
    let html = DeckRenderer.page(page)
    #expect(WellFormed.parse(html).error == nil)
    #expect(html.contains("Gantt chart, 1000 bars"))
  }

  @Test func degenerateTimesDoNotBreakTheChart() {
    let bars = [
      GanttBar(label: "a", start: .nan, end: .infinity, kind: .other),
      GanttBar(label: "b", start: 5, end: 5, kind: .other),
    ]
    let svg = GanttChart(bars: bars, origin: "").render()
    #expect(!svg.contains("nan") && !svg.contains("inf"))
    #expect(WellFormed.parse("<div>\(svg)</div>").error == nil)
  }

  @Test func fixedFormatting() {
    #expect(Fixed.format(0.1 + 0.2, decimals: 6) == "0.300000")
    #expect(Fixed.format(-0.0000001, decimals: 6) == "0.000000")
    #expect(Fixed.format(-1.5, decimals: 1) == "-1.5")
    #expect(Fixed.format(12, decimals: 0) == "12")
    #expect(Fixed.format(.nan, decimals: 2) == "0.00")
  }

  @Test func tickSteps() {
    #expect(GanttChart.tickStep(span: 10) == 2)
    #expect(GanttChart.tickStep(span: 0.4) == 0.05)
    #expect(GanttChart.decimals(for: 0.05) == 2)
    #expect(GanttChart.tickStep(span: 0) == 1)
  }

  @Test func dependencySpecsSplit() {
    #expect(DependencyPanel.split("pandas==2.1.0") == ("pandas", "==2.1.0"))
    #expect(DependencyPanel.split(" requests ") == ("requests", ""))
    #expect(DependencyPanel.split("numpy >= 1.26") == ("numpy", ">= 1.26"))
  }
}

@Suite struct DeckNanosTests {
  @Test func nanosecondInitialisersMatchSeconds() {
    let entry = DeckTimelineEntry(name: "x", startNanos: 10_200_000_000, endNanos: 10_250_000_000)
    #expect(entry.start == 10.2 && entry.end == 10.25)
    #expect(Fixed.format(entry.wallTime, decimals: 6) == "0.050000")
    #expect(entry.processTime == entry.wallTime)
    let bar = GanttBar(
      label: "b", startNanos: 1_500_000_000, endNanos: 9_000_000_000, kind: .failed)
    #expect(bar.start == 1.5 && bar.end == 9)
  }
}
