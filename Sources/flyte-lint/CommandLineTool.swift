import FlyteWorkspace
import FlyteLint
import FlyteSyntax

/// Entry point: picks the command and maps its outcome to an exit status.
enum CommandLineTool {
  static let version = ToolInfo.version

  static let usage = """
    flyte-lint \(version) — checks Flyte task manifests the way flytekit judges them

    USAGE: flyte-lint <command> [options]

    COMMANDS:
      check [PATH ...] check task manifests (default "."); see `flyte-lint help check`
      rules            list every rule: code, name, severity, fix, summary
      rule CODE|NAME   a rule's full documentation with examples
      simulate MANIFEST  simulate a task or workflow run; see `flyte-lint help simulate`
      dump FILE        print each YAML/JSON document of FILE as one line of JSON
                       ("-" reads stdin; --stdin-filename NAME picks the parser)
      spans explain|dump FILE
                       print a Span JSON file (ours or Flyte Admin's) as flytekit's
                       FlyteExecutionSpan explain()/dump() do ("-" reads stdin)
      lsp              run the language server on stdin/stdout (docs/editors.md)
      help [COMMAND]   show help

    OPTIONS:
      --version        print the version
      -h, --help       show help

    """

  static func run(_ arguments: [String]) -> ExitStatus {
    guard let command = arguments.first else {
      OutputStream.standardError.write(usage)
      return .usage
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "check": return CheckCommand.run(rest)
    case "rules": return RulesCommand.list(rest)
    case "rule": return RulesCommand.show(rest)
    case "dump": return DumpCommand.run(rest)
    case "simulate": return SimulateCommand.run(rest)
    case "spans": return SpansCommand.run(rest)
    case "lsp": return LSPCommand.run(rest)
    case "--version", "version":
      OutputStream.standardOutput.write("flyte-lint \(version)\n")
      return .success
    case "-h", "--help":
      OutputStream.standardOutput.write(usage)
      return .success
    case "help":
      switch rest.first {
      case nil:
        OutputStream.standardOutput.write(usage)
      case "dump":
        OutputStream.standardOutput.write(DumpCommand.help)
      case "check":
        OutputStream.standardOutput.write(CheckCommand.help)
      case "simulate":
        OutputStream.standardOutput.write(SimulateCommand.help)
      case "spans":
        OutputStream.standardOutput.write(SpansCommand.help)
      case "lsp":
        OutputStream.standardOutput.write(LSPCommand.help)
      case let other?:
        OutputStream.standardError.write("error: unknown command \"\(other)\"\n\n\(usage)")
        return .usage
      }
      return .success
    default:
      OutputStream.standardError.write("error: unknown command \"\(command)\"\n\n\(usage)")
      return .usage
    }
  }

  /// Reports a usage problem the same way for every command.
  static func usageError(_ message: String, help: String) -> ExitStatus {
    OutputStream.standardError.write("error: \(message)\n\n\(help)")
    return .usage
  }

  /// A command's arguments, or how the command ends before it runs.
  enum Parsed {
    case arguments(Arguments)
    /// `-h`/`--help` printed the help, or a bad argument printed a usage error.
    case finished(ExitStatus)
  }

  /// Parses a command's arguments (`-h` and `--help` are always known flags) and answers
  /// help and usage errors the same way for every command.
  static func parse(_ raw: [String], options: Set<String>, flags: Set<String>, help: String) -> Parsed {
    let args: Arguments
    do {
      args = try Arguments(raw, options: options, flags: flags.union(["-h", "--help"]))
    } catch {
      return .finished(usageError(error.description, help: help))
    }
    if args.flags.contains("-h") || args.flags.contains("--help") {
      OutputStream.standardOutput.write(help)
      return .finished(.success)
    }
    return .arguments(args)
  }
}
