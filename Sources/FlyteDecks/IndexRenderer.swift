/// Renders the run's `index.html`: the whole-run Gantt and a table linking every deck.
struct IndexRenderer {
  var index: DeckIndex

  func render() -> String {
    var header = "<header class=\"top\"><h1>\(HTML.escape(index.runName))</h1>"
    header += DeckDocument.facts([
      ("Execution", index.executionID), ("Decks", String(index.entries.count)),
    ])
    header += "</header>"
    var body = "<section class=\"panel\" style=\"display: block; border-top: 1px solid var(--line);"
    body += " margin-top: 12px\">\n<h2>Run</h2>\n"
    body += GanttChart(bars: index.gantt, origin: index.origin).render()
    body += "\n<h2>Decks</h2>\n"
    if index.entries.isEmpty {
      body += "<p class=\"muted\">No task in this run had decks on.</p>"
    } else {
      let rows = index.entries.map { entry in
        "<tr><td class=\"mono\">\(HTML.escape(entry.nodeID))</td>"
          + "<td class=\"mono\">\(HTML.escape(entry.taskName))</td>"
          + "<td class=\"num\">\(entry.attempt)</td><td>\(DeckDocument.badge(entry.outcome))</td>"
          + "<td>\(Self.link(entry.path))</td></tr>"
      }
      body += DeckDocument.table(head: ["Node", "Task", "Attempt", "Outcome", "Deck"], rows: rows)
    }
    body += "\n</section>"
    return DeckDocument.wrap(
      title: "\(index.runName) \u{2014} decks", header: header, body: body, script: false)
  }

  /// A deck path as a link, or as plain text when it is not a safe relative path.
  static func link(_ path: String) -> String {
    guard let href = SafeLink.href(path) else { return HTML.escape(path) }
    return "<a href=\"\(HTML.escape(href))\">\(HTML.escape(href))</a>"
  }
}
