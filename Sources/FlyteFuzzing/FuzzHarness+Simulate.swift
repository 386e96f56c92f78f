import FlyteLint
import FlyteManifest
import FlyteRuntime

extension FuzzHarness {
  /// The simulator on the input as a manifest, as `flyte-lint simulate` runs it: only when it
  /// has tasks or workflows and no error findings; no cache, and the run's files (summary,
  /// metrics, logs, spans, decks) rendered in memory. Running it twice gives the same files
  /// (the clock is virtual).
  public static func simulate(_ input: [UInt8]) -> String? {
    let path = "fuzz.yaml"
    guard
      case .checked(let report) = FileChecker.check(
        path: path, bytes: input, linter: Linter(), mustBeManifest: true)
    else { return nil }
    var files = [report]
    RunChecks.finish(&files)
    if files[0].findings.contains(where: { $0.severity == .error }) { return nil }
    var options = SimulationOptions()
    options.cacheDirectory = nil
    let file = ManifestFile(path: path, bytes: input)
    guard let first = try? Simulator(file: file, options: options).run() else { return nil }
    let written = RunWriter.files(first)
    guard let second = try? Simulator(file: file, options: options).run() else {
      return "the second run failed where the first succeeded"
    }
    let again = RunWriter.files(second)
    if written.map(\.name) != again.map(\.name) || written.map(\.text) != again.map(\.text) {
      return "two runs of the same manifest wrote different files"
    }
    return nil
  }
}
