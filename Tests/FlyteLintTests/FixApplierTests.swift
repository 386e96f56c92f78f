import FlyteLint
import FlyteSyntax
import Testing

@Suite struct FixApplierTests {
  let text = Array("0123456789".utf8)

  func fix(_ edits: (Int, Int, String)...) -> Fix {
    Fix(.safe, "test", edits: edits.map { TextEdit(range: ByteRange($0.0, $0.1), newText: $0.2) })
  }

  @Test func appliesFixesWholeAndInPositionOrder() {
    let pass = FixApplier.apply([fix((7, 8, "x")), fix((1, 3, ""), (5, 5, "+"))], to: text)
    #expect(String(decoding: pass.bytes, as: UTF8.self) == "034+56x89")
    #expect(pass.applied == 2)
    #expect(pass.deferred == 0)
    #expect(pass.edits.map(\.range.start) == [1, 5, 7])
  }

  @Test func aFixTouchingAnAppliedEditWaitsWhole() {
    // The second fix overlaps the first in one of its two edits: none of it is applied.
    let pass = FixApplier.apply([fix((2, 5, "ab")), fix((8, 9, "Z"), (4, 6, "q"))], to: text)
    #expect(String(decoding: pass.bytes, as: UTF8.self) == "01ab56789")
    #expect(pass.applied == 1)
    #expect(pass.deferred == 1)
  }

  @Test func editsAtTheSamePlaceConflictButNeighboursDoNot() {
    let same = FixApplier.apply([fix((3, 3, "a")), fix((3, 4, "b"))], to: text)
    #expect(same.applied == 1)
    let touching = FixApplier.apply([fix((2, 4, "")), fix((4, 6, ""))], to: text)
    #expect(String(decoding: touching.bytes, as: UTF8.self) == "016789")
    #expect(touching.applied == 2)
  }

  @Test func aMalformedFixIsLeftOut() {
    let outside = FixApplier.apply([fix((8, 12, "x"))], to: text)
    #expect(outside.bytes == text)
    #expect(outside.applied == 0)
    let selfOverlapping = FixApplier.apply([fix((1, 4, "a"), (3, 5, "b"))], to: text)
    #expect(selfOverlapping.bytes == text)
  }

  @Test func multiByteTextIsSplicedAsBytes() {
    let source = Array("a: é\n".utf8)
    let pass = FixApplier.apply([fix((3, 5, "😀"))], to: source)
    #expect(String(decoding: pass.bytes, as: UTF8.self) == "a: 😀\n")
  }
}
