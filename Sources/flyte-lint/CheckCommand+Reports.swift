import FlyteLint

/// Writing `check`'s reports: each requested format to standard output or its file, and the
/// Markdown step summary inside GitHub Actions.
extension CheckCommand {
  /// Writes every report; false when a file could not be written (the others still are).
  static func writeReports(_ run: RunReport, options: CheckOptions, statistics: Bool) -> Bool {
    let paths = repositoryPaths()
    var ok = true
    for output in options.outputs {
      guard let path = output.path else {
        // `--statistics` takes the place of the report on the terminal; files still get theirs.
        let text =
          statistics
          ? Self.statistics(run)
          : options.render(run, as: output.format, toTerminal: true, paths: paths)
        OutputStream.standardOutput.write(text)
        continue
      }
      do throws(AtomicFile.Failure) {
        try AtomicFile.write(
          Array(options.render(run, as: output.format, toTerminal: false, paths: paths).utf8),
          to: path)
      } catch {
        OutputStream.standardError.write("error: \(error.description)\n")
        ok = false
      }
    }
    if options.outputs.contains(where: { $0.format == .github }),
      let summary = CheckOptions.environment("GITHUB_STEP_SUMMARY"), !summary.isEmpty
    {
      do throws(AtomicFile.Failure) {
        try AtomicFile.append(Array(StepSummary.render(run).utf8), to: summary)
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
