/// Time the platform spends around the task pods, in virtual nanoseconds (SPEC §9.5): one
/// place, documented in docs/simulate.md. They become the WORKFLOW_/NODE_ SETUP and TEARDOWN
/// operations of the span tree.
public enum PlatformOverheads {
  public static let workflowSetup: Int64 = 1_000_000_000
  public static let nodeSetup: Int64 = 1_000_000_000
  public static let nodeTeardown: Int64 = 1_000_000_000
  public static let workflowTeardown: Int64 = 1_000_000_000
}
