import FlyteWorkspace

/// One report of a `check` run: a format and where it goes. `--output FILE` binds to the
/// `--format` before it, so one run can print text and write SARIF (`--format text --format
/// sarif --output out.sarif`); a format without `--output` goes to standard output.
struct ReportOutput: Equatable {
  enum Format: String, CaseIterable {
    case text, concise, json, sarif, github, checkstyle, junit

    /// The formats that end with the summary line (SPEC §6: it belongs to them only).
    var isText: Bool { self == .text || self == .concise }
  }

  var format: Format
  /// nil: standard output.
  var path: String?

  /// The outputs the command line asks for. Without `--format`, one report in the default
  /// format: `github` inside GitHub Actions (`GITHUB_ACTIONS=true`), else `text`.
  static func parse(_ ordered: [(name: String, value: String)], inGitHubActions: Bool)
    throws(CheckOptions.Problem) -> [ReportOutput]
  {
    let defaultFormat: Format = inGitHubActions ? .github : .text
    let anyFormat = ordered.contains { $0.name == "--format" }
    var outputs: [ReportOutput] = []
    // Whether the last output came from a --format that has no --output yet.
    var open = false
    for (name, value) in ordered {
      if name == "--format" {
        guard let format = Format(rawValue: value) else {
          let names = Format.allCases.map(\.rawValue).joined(separator: ", ")
          throw CheckOptions.Problem(
            description: "unknown format \"\(value)\"; expected one of \(names)")
        }
        outputs.append(ReportOutput(format: format, path: nil))
        open = true
      } else if name == "--output" {
        guard !value.isEmpty else {
          throw CheckOptions.Problem(description: "--output needs a file name")
        }
        let path = value == "-" ? nil : value
        if open, !outputs.isEmpty {
          outputs[outputs.count - 1].path = path
        } else if !anyFormat && outputs.isEmpty {
          outputs.append(ReportOutput(format: defaultFormat, path: path))
        } else {
          throw CheckOptions.Problem(
            description:
              "--output \(value) has no --format of its own before it; write --format FORMAT --output FILE"
          )
        }
        open = false
      }
    }
    if outputs.isEmpty { outputs = [ReportOutput(format: defaultFormat, path: nil)] }
    try validate(outputs)
    return outputs
  }

  private static func validate(_ outputs: [ReportOutput]) throws(CheckOptions.Problem) {
    let toStandardOutput = outputs.filter { $0.path == nil }
    if toStandardOutput.count > 1 {
      let names = toStandardOutput.map(\.format.rawValue).joined(separator: " and ")
      throw CheckOptions.Problem(
        description:
          "only one format can go to standard output, not \(names); give the others --output FILE")
    }
    var seen: Set<String> = []
    for path in outputs.compactMap(\.path) {
      let key = ConfigurationResolver.absolute(path, in: ConfigurationResolver.currentDirectory())
      guard seen.insert(key).inserted else {
        throw CheckOptions.Problem(description: "two reports would be written to \(path)")
      }
    }
  }
}
