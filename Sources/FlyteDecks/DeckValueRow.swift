/// One input or output: name, type as text, value as text, and (outputs) metadata.
public struct DeckValueRow: Sendable, Hashable {
  public var name: String
  public var type: String
  public var value: String
  public var metadata: [DeckMetadataItem]

  public init(name: String, type: String, value: String, metadata: [DeckMetadataItem] = []) {
    self.name = name
    self.type = type
    self.value = value
    self.metadata = metadata
  }
}
