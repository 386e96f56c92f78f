import FlyteWorkspace
import FlyteSpans
import FlyteSyntax

/// `flyte-lint spans explain|dump FILE`: flytekit's `FlyteExecutionSpan` views of any Span
/// JSON — our own spans.json or what Flyte Admin returns for an execution's metrics.
enum SpansCommand {
  static let help = """
    USAGE: flyte-lint spans explain FILE
           flyte-lint spans dump FILE

    Reads a flyteidl Span as proto3 JSON — a bare Span, or Flyte Admin's metrics response
    {"span": {...}} — and prints it the way flytekit's FlyteExecutionSpan does (timestamps
    in UTC):
      explain   a table of every operation: start, end, duration and entity
      dump      YAML: seconds per operation (breakdown) per workflow, node and task attempt
    "-" reads stdin. Exit 0 on success, 1 when FILE cannot be read or is not valid Span
    JSON, 2 on usage errors or when FILE does not exist.

    """

  static func run(_ raw: [String]) -> ExitStatus {
    let args: Arguments
    switch CommandLineTool.parse(raw, options: [], flags: [], help: help) {
    case .arguments(let parsed): args = parsed
    case .finished(let status): return status
    }
    guard args.positionals.count == 2 else {
      return CommandLineTool.usageError(
        "spans takes a view (explain or dump) and one FILE", help: help)
    }
    let view = args.positionals[0]
    let path = args.positionals[1]
    guard view == "explain" || view == "dump" else {
      return CommandLineTool.usageError(
        "unknown spans view \"\(view)\" (expected explain or dump)", help: help)
    }
    let limit = SyntaxLimits.standard.maxFileBytes
    let bytes: [UInt8]
    do {
      bytes =
        path == "-"
        ? try FileInput.readStandardInput(limit: limit)
        : try FileInput.read(path: path, limit: limit)
    } catch {
      OutputStream.standardError.write("error: \(error.description)\n")
      // A named path that does not exist is a usage error (SPEC §1); one that cannot be read is not.
      if case .notFound = error { return .usage }
      return .findings
    }
    let span: Span
    do {
      span = try SpanJSON.decode(bytes)
    } catch {
      let name = path == "-" ? "<stdin>" : path
      OutputStream.standardError.write("error: \(name): not a valid Span: \(error.description)\n")
      return .findings
    }
    OutputStream.standardOutput.write(view == "explain" ? span.explain() : span.dump())
    return .success
  }
}
