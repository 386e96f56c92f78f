/// flytekit's `DeckField` (a `str` enum): the raw values are the exact strings flytekit accepts
/// in `deck_fields` and shows as tab names.
public enum DeckField: String, Sendable, CaseIterable, Hashable {
  case input = "Input"
  case output = "Output"
  case sourceCode = "Source Code"
  case timeline = "Timeline"
  case dependencies = "Dependencies"

  /// The order flytekit creates decks in a pod: Timeline joins the deck list before inputs are
  /// converted, the rest are written after the outputs. Tabs follow creation order.
  public static let flytekitOrder: [DeckField] = [
    .timeline, .sourceCode, .dependencies, .input, .output,
  ]

  /// Tabs a page shows: `deck_fields` only filters (duplicates collapse), never reorders. On a
  /// failed attempt `_write_decks` never ran, so only the Timeline deck exists.
  public static func tabs(deckFields: [DeckField], succeeded: Bool) -> [DeckField] {
    let wanted = Set(deckFields)
    return flytekitOrder.filter { wanted.contains($0) && (succeeded || $0 == .timeline) }
  }

  /// Stable lower-case id used in element ids and CSS classes (never user text).
  var slug: String {
    switch self {
    case .input: "input"
    case .output: "output"
    case .sourceCode: "source"
    case .timeline: "timeline"
    case .dependencies: "dependencies"
    }
  }
}
