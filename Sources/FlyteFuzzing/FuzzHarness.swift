/// The properties the fuzz targets check (Tests/Fuzz), one function per target.
///
/// Each takes the fuzzer's bytes and returns nil when every property held, else a description
/// of the one that broke. A crash inside is a finding too: the fuzz executables run these
/// functions under libFuzzer and AddressSanitizer, and `FuzzRegressionTests` replays the
/// inputs saved under `fixtures/fuzz/<target>/` through the same functions.
public enum FuzzHarness {
  /// The targets by name (the folder names under `fixtures/fuzz/`).
  public static let targets: [(name: String, run: @Sendable ([UInt8]) -> String?)] = [
    ("yaml", yaml), ("json", json), ("lint", lint), ("fix", fix), ("lsp", lsp),
    ("simulate", simulate),
  ]

  /// The target called `name`, if there is one.
  public static func target(named name: String) -> (@Sendable ([UInt8]) -> String?)? {
    targets.first { $0.name == name }?.run
  }
}
