import FlyteSyntax

/// The machine-readable report of SPEC §6.
public enum JSONReporter {
  public static func render(_ run: RunReport) -> String {
    var findings: [String] = []
    var suppressed: [String] = []
    for file in run.files {
      for finding in file.findings { findings.append(object(finding, in: file)) }
      for s in file.suppressed {
        let base = object(s.finding, in: file)
        suppressed.append(String(base.dropLast()) + ", \"justification\": \(s.justification.map(q) ?? "null")}")
      }
    }
    return "{\"version\": 1, \"files_checked\": \(run.filesChecked), \"files_skipped\": \(run.filesSkipped), "
      + "\"findings\": [" + findings.joined(separator: ", ") + "], \"suppressed\": [" + suppressed.joined(separator: ", ") + "]}\n"
  }

  static func object(_ finding: Finding, in file: FileReport) -> String {
    let related = finding.related.map { r in
      "{\"path\": \(q(r.path ?? file.path)), \"range\": \(range(r.range, file, r.start, r.end)), \"message\": \(q(r.message))}"
    }
    var fix = "null"
    if let f = finding.fix {
      let edits = f.edits.map { "{\"range\": \(range($0.range, file)), \"new_text\": \(q($0.newText))}" }
      fix = "{\"applicability\": \(q(f.applicability.rawValue)), \"message\": \(q(f.message)), \"edits\": [\(edits.joined(separator: ", "))]}"
    }
    return "{\"path\": \(q(file.path)), \"code\": \(q(finding.code)), \"name\": \(q(finding.name)), "
      + "\"severity\": \(q(finding.severity.rawValue)), \"message\": \(q(finding.message)), "
      + "\"note\": \(finding.note.map(q) ?? "null"), \"help\": \(finding.help.map(q) ?? "null"), "
      + "\"range\": \(range(finding.range, file)), \"related\": [\(related.joined(separator: ", "))], \"fix\": \(fix)}"
  }

  static func range(_ r: ByteRange, _ file: FileReport, _ start: SourcePosition? = nil, _ end: SourcePosition? = nil) -> String {
    func point(_ offset: UInt32, _ known: SourcePosition?) -> String {
      let p = known ?? file.position(offset)
      return "{\"line\": \(p.line), \"column\": \(p.column), \"offset\": \(offset)}"
    }
    return "{\"start\": \(point(r.start, start)), \"end\": \(point(r.end, end))}"
  }

  static func q(_ s: String) -> String { JSONEscaping.quoted(s) }
}
