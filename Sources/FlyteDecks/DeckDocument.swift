/// The skeleton both pages share: doctype, head with inline style (and script), header facts.
enum DeckDocument {
  static func wrap(title: String, header: String, body: String, script: Bool) -> String {
    var html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
    html += "<head>\n<meta charset=\"utf-8\"/>\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    html += "<title>\(HTML.escape(title))</title>\n"
    html += "<style>\n\(DeckStyle.css)\n</style>\n"
    if script { html += "<script>\n\(DeckStyle.script)\n</script>\n" }
    html += "</head>\n<body>\n\(header)\n<main>\n\(body)\n</main>\n"
    html += "<footer>Written by flyte-lint simulate. Times come from a virtual clock;"
    html += " every name and value on this page is shown as text.</footer>\n"
    html += "</body>\n</html>\n"
    return html
  }

  /// `<dl>` of label/value pairs; values are escaped here.
  static func facts(_ pairs: [(String, String)]) -> String {
    var dl = "<dl class=\"facts\">"
    for (label, value) in pairs {
      dl += "<div><dt>\(label)</dt><dd>\(HTML.escape(value))</dd></div>"
    }
    return dl + "</dl>"
  }

  static func badge(_ outcome: DeckOutcome) -> String {
    switch outcome {
    case .success: "<span class=\"badge ok\">succeeded</span>"
    case .failed(let kind, _): "<span class=\"badge bad\">failed \(HTML.escape(kind))</span>"
    }
  }

  static func table(head: [String], rows: [String]) -> String {
    var t = "<table class=\"grid\"><thead><tr>"
    for cell in head { t += "<th>\(cell)</th>" }
    t += "</tr></thead><tbody>"
    for row in rows { t += row }
    return t + "</tbody></table>"
  }
}
