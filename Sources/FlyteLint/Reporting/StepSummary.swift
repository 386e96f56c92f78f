/// The Markdown appended to `$GITHUB_STEP_SUMMARY`: the summary line and a table of every
/// finding, most important first. Annotations stop at 10 errors and 10 warnings a step; the
/// table is where the rest can be read.
public enum StepSummary {
  /// GitHub drops a step summary larger than 1 MiB entirely; rows stop well before that.
  static let maxBytes = 900_000
  static let annotationLimit = 10

  public static func render(_ run: RunReport) -> String {
    var out = "### flyte-lint\n\n\(cell(run.summary))\n\n"
    let findings = LocatedFinding.byImportance(run)
    guard !findings.isEmpty else { return out }
    let errors = run.count(.error)
    let warnings = run.count(.warning)
    if errors > annotationLimit || warnings > annotationLimit {
      out +=
        "GitHub annotates at most \(annotationLimit) errors and \(annotationLimit) warnings per step; "
        + "this table lists every finding.\n\n"
    }
    out += "| severity | location | rule | message |\n| --- | --- | --- | --- |\n"
    for (i, located) in findings.enumerated() {
      let row =
        "| \(located.finding.severity.rawValue) | \(cell(located.place)) | "
        + "\(located.finding.code) \(cell(located.finding.name)) | "
        + located.lines.map(cell).joined(separator: "<br>") + " |\n"
      if out.utf8.count + row.utf8.count > maxBytes {
        out +=
          "\n\(findings.count - i) more findings are not shown: a step summary holds at most 1 MiB. "
          + "The json or sarif report lists them all.\n"
        break
      }
      out += row
    }
    return out + "\n"
  }

  /// Text safe inside a table cell: no line breaks, no `|` ending the cell, and no character
  /// that would start Markdown or HTML formatting (user values may hold any of them).
  static func cell(_ text: String) -> String {
    var out = ""
    for scalar in TerminalText.safe(text).unicodeScalars {
      switch scalar {
      case "\\", "|", "`", "*", "_", "[", "]", "<", ">", "~", "&", "#", "!":
        out.unicodeScalars.append("\\")
        out.unicodeScalars.append(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
