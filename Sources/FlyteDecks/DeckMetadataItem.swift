/// One key/value of output metadata (dynamic partitions, time partition, additional items);
/// order is the caller's.
public struct DeckMetadataItem: Sendable, Hashable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}
