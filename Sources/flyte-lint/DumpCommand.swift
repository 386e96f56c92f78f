import FlyteWorkspace
import FlyteSyntax

/// `flyte-lint dump FILE`: the parsed documents as JSON lines, for debugging and the
/// conformance suites.
enum DumpCommand {
  static let help = """
    USAGE: flyte-lint dump FILE [--stdin-filename NAME]

    Parses FILE (YAML, or strict JSON for *.json) and prints each document as one line of JSON.
    Numbers are exact; .inf/.nan print as strings; for duplicate keys the last wins.
    "-" reads stdin; --stdin-filename names it (and picks the parser by its extension).
    Exit 0 when it parses, 1 with path:line:col: message when it does not, 2 on usage errors.

    """

  static func run(_ raw: [String]) -> ExitStatus {
    let args: Arguments
    switch CommandLineTool.parse(raw, options: ["--stdin-filename"], flags: [], help: help) {
    case .arguments(let parsed): args = parsed
    case .finished(let status): return status
    }
    guard args.positionals.count == 1, let path = args.positionals.first else {
      return CommandLineTool.usageError("dump takes exactly one FILE", help: help)
    }
    let limits = SyntaxLimits.standard
    let displayName = path == "-" ? (args.options["--stdin-filename"] ?? "<stdin>") : path
    let bytes: [UInt8]
    do {
      bytes = path == "-"
        ? try FileInput.readStandardInput(limit: limits.maxFileBytes)
        : try FileInput.read(path: path, limit: limits.maxFileBytes)
    } catch {
      OutputStream.standardError.write("error: \(error.description)\n")
      // A path that does not exist is a usage error; one that cannot be read is a finding.
      if case .notFound = error { return .usage }
      return .findings
    }
    let tree = SyntaxTree.parse(bytes, path: displayName, limits: limits)
    if !tree.errors.isEmpty {
      let index = LineIndex(bytes)
      var report = ""
      for error in tree.errors {
        let position = index.position(at: error.range.lowerBound)
        report += "\(displayName):\(position.line):\(position.column): \(error.message) [\(error.code.rawValue)]\n"
      }
      OutputStream.standardError.write(report)
      return .findings
    }
    for document in tree.documents {
      // One document at a time: memory stays near the input's size even for huge files.
      var line = tree.dumpJSON(document)
      line.append(UInt8(ascii: "\n"))
      OutputStream.standardOutput.write(line)
    }
    return .success
  }
}
