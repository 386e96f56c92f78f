import FlyteSpans
import Foundation
import Testing

@Suite struct ExplainDumpTests {
  @Test func explainMatchesFlytekitByteForByte() {
    #expect(VerifiedExample.tree.explain() == VerifiedExample.explain)
  }

  @Test func dumpMatchesFlytekitByteForByte() {
    #expect(VerifiedExample.tree.dump() == VerifiedExample.dump)
  }

  @Test func verifiedExampleFromJSONGivesTheSameText() throws {
    let span = try SpanJSON.decode(SpanJSON.encode(VerifiedExample.tree))
    #expect(span.explain() == VerifiedExample.explain)
    #expect(span.dump() == VerifiedExample.dump)
  }

  @Test func verifiedExampleFromAdminShapedJSON() throws {
    let span = try SpanJSON.decode(try SpanJSONTests.fixture("verified.json"))
    #expect(span.explain() == VerifiedExample.explain)
    #expect(span.dump() == VerifiedExample.dump)
  }
}
