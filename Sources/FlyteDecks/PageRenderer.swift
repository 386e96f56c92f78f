/// Renders one attempt's deck: header with the outcome, then radio-button tabs (pure CSS, so
/// they work with scripts off) in flytekit's order.
struct PageRenderer {
  var page: DeckPage
  var selected: DeckField?

  func render() -> String {
    let tabs = page.tabs
    let open = selected.flatMap { tabs.contains($0) ? $0 : nil } ?? tabs.first
    var body = ""
    if tabs.isEmpty {
      body = "<p class=\"muted\">This attempt has no deck tabs"
      body += " (deck_fields is empty, or the attempt failed before decks were written).</p>"
    } else {
      body = "<div class=\"tabs\">\n"
      for tab in tabs {
        let checked = tab == open ? " checked=\"checked\"" : ""
        body += "<input type=\"radio\" name=\"deck-tab\" id=\"tab-\(tab.slug)\"\(checked)/>\n"
      }
      body += "<nav>"
      for tab in tabs {
        body += "<label for=\"tab-\(tab.slug)\">\(HTML.escape(tab.rawValue))</label>"
      }
      body += "</nav>\n<div class=\"panels\">\n"
      for tab in tabs {
        body += "<section class=\"panel\" id=\"panel-\(tab.slug)\">\n\(panel(tab))\n</section>\n"
      }
      body += "</div>\n</div>"
    }
    return DeckDocument.wrap(
      title: "\(page.taskName) \u{2014} \(page.nodeID) attempt \(page.attempt)",
      header: header(), body: body, script: tabs.contains(.dependencies))
  }

  private func header() -> String {
    var h = "<header class=\"top\"><h1>\(HTML.escape(page.taskName)) "
    h += DeckDocument.badge(page.outcome) + "</h1>"
    h += DeckDocument.facts([
      ("Execution", page.executionID), ("Run", page.runName), ("Node", page.nodeID),
      ("Attempt", String(page.attempt)),
    ])
    if case .failed(let kind, let message) = page.outcome {
      h +=
        "<div class=\"error\"><strong>\(HTML.escape(kind))</strong>: \(HTML.escape(message))</div>"
    }
    return h + "</header>"
  }

  private func panel(_ tab: DeckField) -> String {
    switch tab {
    case .timeline: timeline()
    case .sourceCode: source()
    case .dependencies: DependencyPanel(specs: page.dependencies).render()
    case .input: ValuePanel(rows: page.inputs, noun: "inputs", withMetadata: false).render()
    case .output: ValuePanel(rows: page.outputs, noun: "outputs", withMetadata: true).render()
    }
  }

  private func timeline() -> String {
    var rows: [String] = []
    for entry in page.timeline {
      var row = "<tr><td>\(HTML.escape(entry.name))</td>"
      for value in [entry.start, entry.end, entry.wallTime, entry.processTime] {
        row += "<td class=\"num\">\(Fixed.format(value, decimals: 6))</td>"
      }
      rows.append(row + "</tr>")
    }
    var html = "<h2>Timeline</h2>"
    html +=
      page.timeline.isEmpty
      ? "<p class=\"muted\">No timeit entries were recorded.</p>"
      : DeckDocument.table(
        head: ["Name", "Start (s)", "Finish (s)", "Wall Time(s)", "Process Time(s)"], rows: rows)
    // Without spans from the runtime, chart the timeit entries themselves.
    let bars =
      page.gantt.isEmpty
      ? page.timeline.map { GanttBar(label: $0.name, start: $0.start, end: $0.end, kind: .timeit) }
      : page.gantt
    html += "<h2>Gantt</h2>" + GanttChart(bars: bars, origin: page.origin).render()
    html += "<p class=\"muted\">Entries are listed in the order they were recorded: a block is"
    html += " recorded when it ends, so inner blocks come before the block around them.</p>"
    return html
  }

  private func source() -> String {
    guard !page.source.isEmpty else { return "<p class=\"muted\">No source was given.</p>" }
    return "<pre class=\"source\"><code>\(PythonHighlighter.html(page.source))</code></pre>"
  }
}
