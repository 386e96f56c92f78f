/// Turns the deck model into self-contained HTML (inline CSS/JS, no network). Output is
/// XHTML-compatible and deterministic: same model, same bytes.
public enum DeckRenderer {
  /// One attempt's `deck.html`. `selecting` picks the tab open on load (default: the first).
  public static func page(_ page: DeckPage, selecting: DeckField? = nil) -> String {
    PageRenderer(page: page, selected: selecting).render()
  }

  /// The run's `index.html`.
  public static func index(_ index: DeckIndex) -> String {
    IndexRenderer(index: index).render()
  }
}
