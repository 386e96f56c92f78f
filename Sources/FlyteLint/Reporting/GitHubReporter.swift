/// GitHub Actions workflow commands (SPEC §6): one `::error`/`::warning`/`::notice` line per
/// finding, which the runner turns into an annotation on the pull request.
public struct GitHubReporter {
  public var paths: RepositoryPaths

  public init(paths: RepositoryPaths) { self.paths = paths }

  /// Most important first: the runner keeps only 10 error and 10 warning annotations a step.
  public func render(_ run: RunReport) -> String {
    var out = ""
    for located in LocatedFinding.byImportance(run) { out += command(located) + "\n" }
    return out
  }

  func command(_ located: LocatedFinding) -> String {
    let finding = located.finding
    var properties = [
      ("file", paths.relative(located.file.path) ?? paths.absolute(located.file.path)),
      ("line", String(located.start.line)),
      ("endLine", String(located.end.line)),
    ]
    // The runner rejects col/endColumn on a range that spans lines.
    if located.start.line == located.end.line {
      properties += [
        ("col", String(located.start.column)), ("endColumn", String(located.end.column)),
      ]
    }
    properties.append(("title", "\(finding.code) \(finding.name)"))
    let list = properties.map { "\($0)=\(Self.escapeProperty($1))" }.joined(separator: ",")
    // The place repeats in the message so the raw log stays readable on its own.
    let message = located.place + ": " + located.lines.joined(separator: "\n")
    return "::\(Self.command(finding.severity)) \(list)::\(Self.escapeData(message))"
  }

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "notice"
    }
  }

  /// A message: `%`, CR and LF are encoded, so no text can end the command or start another.
  static func escapeData(_ text: String) -> String { escape(text, property: false) }

  /// A property value: as a message, and `:` and `,` too, which separate properties.
  static func escapeProperty(_ text: String) -> String { escape(text, property: true) }

  private static func escape(_ text: String, property: Bool) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case ":" where property: out += "%3A"
      case "," where property: out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
