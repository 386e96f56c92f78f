/// The bounds that keep parsing safe on hostile input (SPEC §2.2).
public struct SyntaxLimits: Sendable {
  /// Deepest collection nesting accepted; real manifests nest fewer than 20 levels.
  public var maxDepth: Int
  /// Most nodes one document may expand to once aliases are followed (billion laughs).
  public var maxAliasExpansion: Int
  /// Largest input accepted, in bytes.
  public var maxFileBytes: Int

  public init(maxDepth: Int = 1_000, maxAliasExpansion: Int = 1_000_000, maxFileBytes: Int = 256 << 20) {
    self.maxDepth = maxDepth
    self.maxAliasExpansion = maxAliasExpansion
    self.maxFileBytes = maxFileBytes
  }

  public static let standard = SyntaxLimits()
}
