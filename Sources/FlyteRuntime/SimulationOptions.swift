/// What to simulate and how (the `simulate` command's flags).
public struct SimulationOptions: Sendable {
  public enum Target: Sendable, Equatable {
    /// The manifest's only workflow, else its only task (SPEC §1).
    case automatic
    case task(String)
    case workflow(String)
  }

  public var target: Target = .automatic
  /// 2024-01-01T00:00:00Z.
  public var start: Int64 = 1_704_067_200 * 1_000_000_000
  public var project = "flytesnacks"
  public var domain = "development"
  /// nil: `--no-cache`.
  public var cacheDirectory: String? = ".flyte-lint/cache"
  /// `--inputs`: JSON text that overrides the `simulate.inputs`.
  public var inputsJSON: [UInt8]?

  public init() {}
}

/// Why a simulation could not start (usage errors, exit 2).
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
  case noTarget(candidates: [String])
  case unknownTask(String)
  case unknownWorkflow(String)
  case badInputs(String)

  public var description: String {
    switch self {
    case .noTarget(let candidates):
      let list =
        candidates.isEmpty
        ? "the manifest has no task and no workflow"
        : "candidates: " + candidates.joined(separator: ", ")
      return "choose what to simulate with --task or --workflow; \(list)"
    case .unknownTask(let name): return "no task named \"\(name)\" in the manifest"
    case .unknownWorkflow(let name): return "no workflow named \"\(name)\" in the manifest"
    case .badInputs(let why): return "--inputs: \(why)"
    }
  }
}

extension SimulationOptions {
  /// `--start`: RFC 3339 text such as `2024-01-01T00:00:00Z` → nanoseconds since the epoch.
  public static func parseStart(_ text: String) -> Int64? { Nanos.parseTimestamp(text) }
}
