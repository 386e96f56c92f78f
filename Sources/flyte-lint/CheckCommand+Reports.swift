import FlyteWorkspace
import FlyteIO
import FlyteLint

/// Writing `check`'s reports: each requested format to standard output or its file, and the
/// Markdown step summary inside GitHub Actions.
extension CheckCommand {
  /// Writes every report; false when a file could not be written (the others still are).
  /// `trailer` (the fix lines) follows each report whose format has the summary line;
  /// `terminal` is standard error when stdout carries a fixed file instead.
  static func writeReports(
    _ run: RunReport, options: CheckOptions, statistics: Bool, trailer: String = "",
    terminal: OutputStream = .standardOutput
  ) -> Bool {
    let paths = repositoryPaths()
    var ok = true
    for output in options.outputs {
      guard let path = output.path else {
        // `--statistics` takes the place of the report on the terminal; files still get theirs.
        let text =
          statistics
          ? Self.statistics(run)
          : options.render(run, as: output.format, toTerminal: true, paths: paths)
        terminal.write(text + (output.format.isText ? trailer : ""))
        continue
      }
      do throws(AtomicFileError) {
        let text = options.render(run, as: output.format, toTerminal: false, paths: paths)
        try AtomicFile(path: path).write(Array((text + (output.format.isText ? trailer : "")).utf8))
      } catch {
        OutputStream.standardError.write("error: cannot write \(path): \(error.reason)\n")
        ok = false
      }
    }
    if options.outputs.contains(where: { $0.format == .github }),
      let summary = CheckOptions.environment("GITHUB_STEP_SUMMARY"), !summary.isEmpty
    {
      do throws(AppendFile.Failure) {
        try AppendFile.append(Array(StepSummary.render(run).utf8), to: summary)
      } catch {
        // The annotations are out already; a missing summary is worth a word, not a failure.
        OutputStream.standardError.write("warning: GITHUB_STEP_SUMMARY: \(error.description)\n")
      }
    }
    return ok
  }

  /// The repository root is the nearest folder with `.git` above the working directory (the
  /// same rule configuration discovery stops at); outside a repository, the working directory.
  static func repositoryPaths() -> RepositoryPaths {
    let cwd = ConfigurationResolver.currentDirectory()
    var folder = cwd
    while !ConfigurationResolver.exists(folder + "/.git") {
      guard folder != "/" else { return RepositoryPaths(root: cwd, workingDirectory: cwd) }
      folder = ConfigurationLoader.directory(of: folder)
    }
    return RepositoryPaths(root: folder, workingDirectory: cwd)
  }
}
