import Testing

@testable import FlyteSyntax

@Suite struct LineIndexTests {
  @Test func unicodeScalarAndUTF16Columns() {
    // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
    let bytes = Array("ab\né😀x\n".utf8)
    let index = LineIndex(bytes)
    let x = 3 + 2 + 4
    #expect(index.position(at: x) == SourcePosition(line: 2, column: 3))
    #expect(index.utf16Position(at: x) == (line: 1, utf16Column: 3))
    #expect(index.utf8Position(at: x) == (line: 1, utf8Column: 6))
    #expect(index.offset(line: 1, utf16Column: 3) == x)
    #expect(index.offset(line: 1, utf8Column: 6) == x)
    #expect(index.offset(line: 1, utf16Column: 99) == x + 1)
    #expect(index.lineCount == 3)
  }

  @Test func lineBreakKinds() {
    let index = LineIndex(Array("a\r\nb\rc\nd".utf8))
    #expect(index.lineStarts == [0, 3, 5, 7])
    #expect(index.lineRange(0) == ByteRange(0, 1))
    #expect(index.position(at: 7) == SourcePosition(line: 4, column: 1))
  }
}
