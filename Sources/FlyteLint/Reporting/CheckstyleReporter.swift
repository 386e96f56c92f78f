/// Checkstyle XML, read by Jenkins (warnings-ng), GitLab via converters, reviewdog and most
/// code-review tools: one `<file>` per checked file (clean files too, so consumers know what
/// was checked), one `<error>` per finding.
public enum CheckstyleReporter {
  public static func render(_ run: RunReport) -> String {
    var out = XMLText.declaration + "<checkstyle version=\"4.3\">\n"
    for file in run.files {
      guard !file.findings.isEmpty else {
        out += "  <file\(XMLText.attributes([("name", file.path)]))/>\n"
        continue
      }
      out += "  <file\(XMLText.attributes([("name", file.path)]))>\n"
      for finding in file.findings {
        let start = file.position(finding.range.start)
        let attributes = XMLText.attributes([
          ("line", String(start.line)),
          ("column", String(start.column)),
          ("severity", finding.severity.rawValue),
          ("message", finding.message),
          // Dotted like Checkstyle's own check names: consumers show the last part as the type.
          ("source", "\(ToolInfo.name).\(finding.code)"),
        ])
        out += "    <error\(attributes)/>\n"
      }
      out += "  </file>\n"
    }
    return out + "</checkstyle>\n"
  }
}
