/// The Dependencies tab: a Name/Version table, the requirements text in a textarea (so it can
/// be copied with scripts off) and a button that copies it.
struct DependencyPanel {
  var specs: [String]

  func render() -> String {
    guard !specs.isEmpty else { return "<p class=\"muted\">No dependencies were given.</p>" }
    var html =
      "<div class=\"toolbar\"><button type=\"button\" onclick=\"flyteCopyRequirements(this)\">"
    html +=
      "Copy as requirements.txt</button><span id=\"copy-status\" class=\"muted\"></span></div>"
    let rows = specs.map { spec in
      let (name, version) = Self.split(spec)
      return "<tr><td class=\"mono\">\(HTML.escape(name))</td>"
        + "<td class=\"mono\">\(HTML.escape(version))</td></tr>"
    }
    html += DeckDocument.table(head: ["Name", "Version"], rows: rows)
    html += "<details id=\"requirements-box\"><summary>requirements.txt</summary>"
    html +=
      "<textarea id=\"requirements-text\" class=\"req\" readonly=\"readonly\" rows=\"\(min(specs.count, 20))\">"
    html += HTML.escape(specs.joined(separator: "\n") + "\n")
    return html + "</textarea></details>"
  }

  /// `pandas==2.1.0` → (`pandas`, `==2.1.0`): the name ends at the first version operator,
  /// extra, marker or space; the rest is the specifier as written.
  static func split(_ spec: String) -> (String, String) {
    let trimmed = spec.trimmingSpaces()
    guard let cut = trimmed.firstIndex(where: { "=<>!~;[@ ".contains($0) }) else {
      return (trimmed, "")
    }
    return (String(trimmed[..<cut]), String(trimmed[cut...]).trimmingSpaces())
  }
}

extension String {
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
