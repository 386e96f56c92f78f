@testable import FlyteLSP
import Testing

@Suite struct MessageFramerTests {
  static func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

  /// Feeds `bytes` in pieces of the given sizes (cycled) and collects every output.
  static func feed(_ bytes: [UInt8], pieces: [Int], framer: inout MessageFramer) -> [MessageFramer.Output] {
    var outputs: [MessageFramer.Output] = []
    var i = 0
    var k = 0
    while i < bytes.count {
      let n = max(1, pieces[k % pieces.count])
      framer.append(bytes[i..<min(i + n, bytes.count)])
      i += n
      k += 1
      while let output = framer.next() { outputs.append(output) }
    }
    return outputs
  }

  static func messages(_ outputs: [MessageFramer.Output]) -> [String] {
    outputs.compactMap { if case .message(let body) = $0 { return String(decoding: body, as: UTF8.self) } else { return nil } }
  }

  @Test func severalMessagesInOneRead() {
    var framer = MessageFramer()
    let bytes = Self.frame("{\"a\":1}") + Self.frame("{\"b\":2}") + Self.frame("{}")
    #expect(Self.messages(Self.feed(bytes, pieces: [bytes.count], framer: &framer)) == ["{\"a\":1}", "{\"b\":2}", "{}"])
  }

  @Test func headerSplitAtEveryByte() {
    var framer = MessageFramer()
    let bytes = Self.frame("{\"é\":\"😀\"}") + Self.frame("[]")
    #expect(Self.messages(Self.feed(bytes, pieces: [1], framer: &framer)) == ["{\"é\":\"😀\"}", "[]"])
    #expect(framer.bufferedCount == 0)
  }

  @Test func headersInAnyCaseWithContentTypeAndBareNewlines() {
    var framer = MessageFramer()
    let bytes = Array("content-length:  3 \r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}\n".utf8)
      + Array("Content-Length: 2\n\n[]".utf8)
    #expect(Self.messages(Self.feed(bytes, pieces: [5], framer: &framer)) == ["{}\n", "[]"])
  }

  @Test func garbageBetweenMessagesIsSkippedAndReported() {
    var framer = MessageFramer()
    let bytes = Array("noise\r\n".utf8) + Self.frame("1") + Array("\u{0}\u{1}junk".utf8) + Self.frame("2")
    let outputs = Self.feed(bytes, pieces: [bytes.count], framer: &framer)
    #expect(Self.messages(outputs) == ["1", "2"])
    #expect(outputs.filter { if case .skipped = $0 { return true } else { return false } }.count == 2)
  }

  @Test func invalidOrHugeLengthsAreSkippedAndTheStreamRecovers() {
    var framer = MessageFramer(maxBodyBytes: 100)
    let bytes = Array("Content-Length: abc\r\n\r\n".utf8) + Array("Content-Length: 999999999\r\n\r\n".utf8) + Self.frame("ok")
    let outputs = Self.feed(bytes, pieces: [7], framer: &framer)
    #expect(Self.messages(outputs) == ["ok"])
    #expect(outputs.contains(.skipped(count: 23, reason: "header without a valid Content-Length")))
  }

  @Test func aHugeMessageArrivesWhole() {
    var framer = MessageFramer()
    let body = "\"" + String(repeating: "x", count: 8 << 20) + "\""
    let outputs = Self.feed(Self.frame(body), pieces: [65_536], framer: &framer)
    #expect(Self.messages(outputs).first?.utf8.count == body.utf8.count)
  }

  @Test func anEndlessHeaderIsDroppedNotHoarded() {
    var framer = MessageFramer()
    let bytes = Array("Content-Length: 1".utf8) + [UInt8](repeating: 0x20, count: 20_000)
    let outputs = Self.feed(bytes, pieces: [4096], framer: &framer)
    #expect(outputs.contains { if case .skipped = $0 { return true } else { return false } })
    #expect(framer.bufferedCount < 10_000)
  }

  /// Random messages, random garbage without a header name, random read sizes: every message
  /// comes out, in order, whatever the cuts.
  @Test func randomCutsAndGarbageLoseNoMessage() {
    var rng = SplitMix(seed: 42)
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      var sent: [String] = []
      for m in 0..<Int(rng.next() % 6) {
        if rng.next() % 3 == 0 { bytes += (0..<Int(rng.next() % 40)).map { _ in UInt8(0x20 + rng.next() % 64) } }
        let body = "{\"n\":\(m),\"s\":\"" + String(repeating: "é", count: Int(rng.next() % 50)) + "\"}"
        sent.append(body)
        bytes += Self.frame(body)
      }
      var framer = MessageFramer()
      let pieces = (0..<5).map { _ in Int(rng.next() % 64) + 1 }
      #expect(Self.messages(Self.feed(bytes, pieces: pieces, framer: &framer)) == sent)
    }
  }
}

struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
