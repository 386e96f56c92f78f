import FlyteSyntax

/// Time the platform spends around the task pods, in virtual nanoseconds (SPEC §9.4, §9.5):
/// the defaults live here only (documented in docs/simulate.md) and a workflow's — or, for a
/// single-task run, the task's — `simulate.platform` block overrides them. They become the
/// WORKFLOW_/NODE_ SETUP and TEARDOWN operations of the span tree.
public struct PlatformOverheads: Sendable, Equatable {
  public var workflowSetup: Int64 = 1_000_000_000
  public var nodeSetup: Int64 = 1_000_000_000
  public var nodeTeardown: Int64 = 1_000_000_000
  public var workflowTeardown: Int64 = 1_000_000_000

  public static let defaults = PlatformOverheads()

  /// `platform: {workflow_setup: 2s, node_setup: 500ms, …}` inside a `simulate` block; a
  /// missing, negative or unreadable value keeps its default.
  init(simulate block: NodeID?, in tree: SyntaxTree) {
    guard let block, let platform = tree.value(of: "platform", in: block), tree.isMapping(platform)
    else { return }
    func read(_ key: String, _ value: inout Int64) {
      if let node = tree.value(of: key, in: platform), let nanos = SimulateBlock.nanos(node, tree) {
        value = nanos
      }
    }
    read("workflow_setup", &workflowSetup)
    read("node_setup", &nodeSetup)
    read("node_teardown", &nodeTeardown)
    read("workflow_teardown", &workflowTeardown)
  }

  public init() {}
}
