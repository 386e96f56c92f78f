import FlyteLSP
import FlyteWorkspace

#if canImport(Glibc)
  import Glibc
#endif

/// `flyte-lint lsp`: the language server on stdin/stdout (SPEC §10).
enum LSPCommand {
  static let help = """
    USAGE: flyte-lint lsp [--stdio]

    Runs the flyte-lint language server: LSP 3.17 (JSON-RPC 2.0 with Content-Length framing)
    on stdin and stdout. Editors start it themselves; docs/editors.md has the setup for
    Neovim, VS Code and Helix. Each document is linted with the .flyte-lint.yaml that applies
    to its path, as `check` would; stdout carries only the protocol, and the server's own
    messages go to stderr. --stdio is accepted (and is the only transport).
    Exit 0 after shutdown and exit, 1 when the input ends or `exit` comes without `shutdown`.

    """

  static func run(_ raw: [String]) -> ExitStatus {
    switch CommandLineTool.parse(raw, options: [], flags: ["--stdio"], help: help) {
    case .arguments(let args):
      guard args.positionals.isEmpty else { return CommandLineTool.usageError("lsp takes no paths", help: help) }
    case .finished(let status): return status
    }
    // A client that went away must not kill us mid-write; a write error says so instead.
    signal(SIGPIPE, SIG_IGN)
    // Keep the protocol's stdout to ourselves: anything else printing to fd 1 lands on stderr.
    let protocolFD = dup(1)
    guard protocolFD >= 0 else {
      OutputStream.standardError.write("error: cannot duplicate stdout: \(FileInput.lastError())\n")
      return .internalError
    }
    _ = dup2(2, 1)
    let server = LanguageServer(outputFD: protocolFD) { line in OutputStream.standardError.write(line + "\n") }
    return server.run(inputFD: 0) == 0 ? .success : .findings
  }
}
