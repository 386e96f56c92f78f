import FlyteSyntax

/// The default report: each finding with its source line, carets under the range, the
/// flytekit note and a help line; then a summary. Colour only when asked for.
public struct TextReporter {
  public var color: Bool

  public init(color: Bool) { self.color = color }

  private func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  public func render(_ run: RunReport, summary: Bool = true) -> String {
    var out = ""
    for file in run.files {
      for finding in file.findings { out += render(finding, in: file) + "\n" }
    }
    if summary { out += paint(run.summary, "1") + "\n" }
    return out
  }

  func render(_ finding: Finding, in file: FileReport) -> String {
    let start = file.position(finding.range.start)
    let severityColor = finding.severity == .error ? "1;31" : finding.severity == .warning ? "1;33" : "1;36"
    var out = "\(paint("\(file.path):\(start.line):\(start.column):", "1")) "
      + "\(paint("\(finding.severity.rawValue):", severityColor)) \(TerminalText.safe(finding.message)) "
      + paint("[\(finding.code) \(finding.name)]", "2") + "\n"
    if let snippet = snippet(finding, in: file, markColor: severityColor) { out += snippet }
    for related in finding.related {
      let at = related.start ?? file.position(related.range.start)
      out += "   = \(paint("related", "1")): \(related.path ?? file.path):\(at.line):\(at.column): \(TerminalText.safe(related.message))\n"
    }
    if let note = finding.note { out += "   = \(paint("note", "1")): \(TerminalText.safe(note))\n" }
    if let help = finding.help { out += "   = \(paint("help", "1")): \(TerminalText.safe(help))\n" }
    if let fix = finding.fix {
      out += "   = \(paint("fix", "1")) (\(fix.applicability.rawValue)): \(TerminalText.safe(fix.message))\n"
    }
    return out
  }

  /// The previous line for context, the finding's line, and carets under the range.
  private func snippet(_ finding: Finding, in file: FileReport, markColor: String) -> String? {
    guard let source = file.source, let index = file.lineIndex, !source.isEmpty else { return nil }
    let lineNumber = index.lineNumber(at: Int(finding.range.start))
    let line = index.lineRange(lineNumber)
    let width = String(lineNumber + 1).count
    func gutter(_ label: String) -> String { String(repeating: " ", count: width - label.count) + label + " | " }
    func text(_ range: ByteRange) -> String {
      TerminalText.safe(String(decoding: source[range.lowerBound..<range.upperBound], as: UTF8.self)
        .replacingTabs())
    }
    var out = String(repeating: " ", count: width) + " |\n"
    if lineNumber > 0 {
      let previous = index.lineRange(lineNumber - 1)
      out += gutter(String(lineNumber)) + text(previous) + "\n"
    }
    out += gutter(String(lineNumber + 1)) + text(line) + "\n"
    let startColumn = index.position(at: Int(finding.range.start)).column
    let endOffset = min(Int(finding.range.end), line.upperBound)
    let endColumn = index.position(at: max(endOffset, Int(finding.range.start))).column
    let carets = String(repeating: "^", count: max(1, endColumn - startColumn))
    out += String(repeating: " ", count: width) + " | " + String(repeating: " ", count: startColumn - 1)
      + paint(carets, markColor) + "\n"
    return out
  }
}

extension String {
  /// Tabs shown as one space so carets stay aligned with columns.
  fileprivate func replacingTabs() -> String {
    String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
  }
}
