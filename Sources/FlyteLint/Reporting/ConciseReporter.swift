/// `path:line:col: severity: message [CODE]`, one finding a line.
public enum ConciseReporter {
  public static func render(_ run: RunReport) -> String {
    var out = ""
    for file in run.files {
      for finding in file.findings {
        let at = file.position(finding.range.start)
        out += "\(file.path):\(at.line):\(at.column): \(finding.severity.rawValue): \(TerminalText.safe(finding.message)) [\(finding.code)]\n"
      }
    }
    return out
  }
}
