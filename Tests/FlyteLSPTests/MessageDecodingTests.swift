@testable import FlyteLSP
import FlyteLint
import Testing

@Suite struct MessageDecodingTests {
  static func decode(_ text: String) -> IncomingMessage { IncomingMessage.decode(Array(text.utf8)) }

  @Test func requestsNotificationsAndResponses() {
    guard case .request(.number(7), "shutdown", nil) = Self.decode(#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#) else {
      Issue.record("request")
      return
    }
    guard case .request(.text("a"), "x", _?) = Self.decode(#"{"id":"a","method":"x","params":{}}"#) else {
      Issue.record("string id")
      return
    }
    guard case .notification("exit", nil) = Self.decode(#"{"method":"exit"}"#) else {
      Issue.record("notification")
      return
    }
    guard case .notification("n", nil) = Self.decode(#"{"method":"n","id":null}"#) else {
      Issue.record("a null id is a notification")
      return
    }
    guard case .response(.text("flyte-lint-1")) = Self.decode(#"{"id":"flyte-lint-1","result":null}"#) else {
      Issue.record("response")
      return
    }
  }

  @Test(arguments: [
    (#"{"method":"#, ResponseError.Code.parseError),
    ("\u{FF}", .parseError),
    ("[1]", .invalidRequest),
    (#"{"id":1}"#, .invalidRequest),
    (#"{"id":1.5,"method":"x"}"#, .invalidRequest),
    (#"{"id":1,"method":"x","params":3}"#, .invalidRequest),
    (String(repeating: "[", count: 5_000), .parseError),
  ])
  func invalidMessagesGetTheRightError(_ text: String, _ code: ResponseError.Code) {
    guard case .invalid(_, let error) = Self.decode(text) else {
      Issue.record("\(text.prefix(20)) was accepted")
      return
    }
    #expect(error.code == code)
  }

  @Test func compactOutputRoundTrips() {
    let value = JSONValue.object([("a", .array([.int(1), .string("é\n\"x\""), .null, .bool(true), .number("1.5")]))])
    #expect(String(decoding: value.compactBytes(), as: UTF8.self) == #"{"a":[1,"é\n\"x\"",null,true,1.5]}"#)
    guard case .success(let parsed) = JSONValue.parse(value.compactBytes()) else {
      Issue.record("does not parse")
      return
    }
    #expect(parsed.compactBytes() == value.compactBytes())
  }
}
