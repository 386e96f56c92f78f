import FlyteSyntax

/// One finding with its file, for reports that list findings across files.
struct LocatedFinding {
  let finding: Finding
  let file: FileReport
  let start: SourcePosition
  let end: SourcePosition

  /// Every finding of the run, most important first: errors, then warnings, then infos; within
  /// a severity by path and position. CI systems that show only the first few (GitHub: 10
  /// errors and 10 warnings a step) then show the ones that fail the run.
  static func byImportance(_ run: RunReport) -> [LocatedFinding] {
    var all: [LocatedFinding] = []
    for file in run.files {
      for finding in file.findings {
        all.append(
          LocatedFinding(
            finding: finding, file: file, start: file.position(finding.range.start),
            end: file.position(finding.range.end)))
      }
    }
    return all.sorted {
      ($0.finding.severity, $0.file.path, $0.start.line, $0.start.column, $0.finding.code)
        < ($1.finding.severity, $1.file.path, $1.start.line, $1.start.column, $1.finding.code)
    }
  }

  /// `path:line:col`, safe for a log line (a file name may hold any byte but `/` and NUL).
  var place: String { "\(TerminalText.safe(file.path)):\(start.line):\(start.column)" }

  /// The message, flytekit's note and the help, one line each, made safe for a log line.
  var lines: [String] {
    var lines = [finding.message]
    if let note = finding.note { lines.append("note: \(note)") }
    if let help = finding.help { lines.append("help: \(help)") }
    return lines.map(TerminalText.safe)
  }
}
