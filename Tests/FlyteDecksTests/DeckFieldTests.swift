import FlyteDecks
import Testing

@Suite struct DeckFieldTests {
  @Test func defaultFieldsShowFlytekitOrder() {
    #expect(
      DeckField.tabs(
        deckFields: [.input, .output, .sourceCode, .timeline, .dependencies], succeeded: true)
        == [.timeline, .sourceCode, .dependencies, .input, .output])
  }

  @Test func deckFieldsFilterNeverReorderAndDuplicatesCollapse() {
    #expect(
      DeckField.tabs(deckFields: [.output, .timeline, .output], succeeded: true) == [
        .timeline, .output,
      ])
    #expect(DeckField.tabs(deckFields: [], succeeded: true).isEmpty)
  }

  @Test func failedAttemptKeepsOnlyTimeline() {
    #expect(DeckField.tabs(deckFields: DeckField.flytekitOrder, succeeded: false) == [.timeline])
    #expect(DeckField.tabs(deckFields: [.input], succeeded: false).isEmpty)
  }

  @Test func rawValuesAreFlytekitStrings() {
    #expect(DeckField(rawValue: "Source Code") == .sourceCode)
    #expect(DeckField(rawValue: "source_code") == nil)
  }
}
