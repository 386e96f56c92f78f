/// The Input and Output tabs: one row per value with its type and (outputs) metadata.
struct ValuePanel {
  var rows: [DeckValueRow]
  var noun: String
  var withMetadata: Bool

  func render() -> String {
    guard !rows.isEmpty else { return "<p class=\"muted\">No \(noun).</p>" }
    var head = ["Name", "Type", "Value"]
    if withMetadata { head.append("Metadata") }
    let body = rows.map { row in
      var tr = "<tr><td class=\"mono\">\(HTML.escape(row.name))</td>"
      tr += "<td class=\"mono\">\(HTML.escape(row.type))</td>"
      tr += "<td class=\"mono\">\(HTML.escape(row.value))</td>"
      if withMetadata { tr += "<td>\(metadata(row.metadata))</td>" }
      return tr + "</tr>"
    }
    return DeckDocument.table(head: head, rows: body)
  }

  private func metadata(_ items: [DeckMetadataItem]) -> String {
    guard !items.isEmpty else { return "<span class=\"muted\">none</span>" }
    var dl = "<dl class=\"meta\">"
    for item in items {
      dl += "<dt>\(HTML.escape(item.key))</dt><dd>\(HTML.escape(item.value))</dd>"
    }
    return dl + "</dl>"
  }
}
