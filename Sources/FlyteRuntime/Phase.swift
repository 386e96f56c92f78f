/// flytekit's timeit names and the virtual time each phase takes. The costs are ours (a pod's
/// real overheads vary); they live here only, and docs/simulate.md lists them.
public enum Phase {
  public static let loadTask = "Load task"
  public static let asyncTranslate = "AsyncTranslate literal to python value"
  public static let translateInputs = "Translate literal to python value"
  public static let userCode = "Execute user level code"
  public static let translateOutputs = "Translate the output to literals"
  public static let dispatch = "dispatch execute"
  static func download(_ uri: String) -> String { "Download data to local from \(uri)" }
  static func upload(_ uri: String) -> String { "Upload data to \(uri)" }

  /// Nanoseconds of virtual time per phase.
  public static let loadCost: Int64 = 100_000_000
  public static let downloadCost: Int64 = 50_000_000
  public static let translateInputsCost: Int64 = 10_000_000
  public static let translateOutputsCost: Int64 = 10_000_000
  public static let uploadCost: Int64 = 50_000_000
}
