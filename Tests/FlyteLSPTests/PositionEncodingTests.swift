import FlyteLSP
import FlyteSyntax
import Testing

@Suite struct PositionEncodingTests {
  // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 bytes, 2 UTF-16 units, 1 scalar.
  let index = LineIndex(Array("a: é😀x\nb: 1\n".utf8))

  @Test func columnsDifferByEncoding() {
    let x = 3 + 2 + 4  // byte offset of "x"
    #expect(index.lspPosition(at: x, .utf8) == LSPPosition(line: 0, character: 9))
    #expect(index.lspPosition(at: x, .utf16) == LSPPosition(line: 0, character: 6))
    #expect(index.lspPosition(at: x, .utf32) == LSPPosition(line: 0, character: 5))
  }

  @Test func offsetsRoundTrip() {
    for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
      for offset in [0, 3, 5, 9, 10, 11, 14] {
        let position = index.lspPosition(at: offset, encoding)
        #expect(index.offset(of: position, encoding) == offset, "\(encoding) \(offset)")
      }
    }
  }

  @Test func pastTheLineEndClampsToIt() {
    #expect(index.offset(of: LSPPosition(line: 1, character: 99), .utf16) == 15)
    #expect(index.offset(of: LSPPosition(line: 9, character: 0), .utf16) == 16)
  }

  @Test func negotiationPrefersTheClientsOrderAndDefaultsToUTF16() {
    #expect(PositionEncoding.negotiate(["utf-8", "utf-16"]) == .utf8)
    #expect(PositionEncoding.negotiate(["utf-32", "utf-8"]) == .utf32)
    #expect(PositionEncoding.negotiate(["latin-1"]) == .utf16)
    #expect(PositionEncoding.negotiate(nil) == .utf16)
  }
}
