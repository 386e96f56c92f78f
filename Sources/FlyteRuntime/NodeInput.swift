import FlyteSyntax

/// A value handed to a node: the value, and the tree node it was written as (the manifest's,
/// or `--inputs`'s), so input translation checks it with the one "fits" function. nil for
/// values read back from the cache, already checked when they were produced.
public struct NodeInput: Sendable {
  public var value: SimValue
  public var source: (tree: SyntaxTree, node: NodeID)?

  public init(_ node: NodeID, in tree: SyntaxTree) {
    value = SimValue(node, in: tree)
    source = (tree, node)
  }

  public init(value: SimValue) {
    self.value = value
    source = nil
  }
}

/// Per-node settings that override the task's (SPEC §9.6), plus the execution's identity.
public struct NodeContext: Sendable {
  public var id: String
  public var executionID: String
  public var project: String
  public var domain: String
  /// `exec_workflow` tag of the stats.
  public var workflow: String
  public var retries: Int
  public var timeout: Int64?
  public var interruptible: Bool
  public var cache: CacheSettings?
}
