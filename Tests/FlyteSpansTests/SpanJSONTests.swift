import FlyteSpans
import Foundation
import Testing

@Suite struct SpanJSONTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures/spans")

  static func fixture(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
  }

  @Test(arguments: ["admin", "oproot"])
  func fixturesMatchFlytekitByteForByte(name: String) throws {
    let span = try SpanJSON.decode(try Self.fixture("\(name).json"))
    #expect(span.explain() == (try Self.fixture("\(name).explain.txt")))
    #expect(span.dump() == (try Self.fixture("\(name).dump.yaml")))
  }

  @Test func roundTripKeepsEverything() throws {
    let span = try SpanJSON.decode(try Self.fixture("admin.json"))
    let text = SpanJSON.encode(span)
    #expect(try SpanJSON.decode(text) == span)
    #expect(SpanJSON.encode(try SpanJSON.decode(text)) == text, "encoding is a fixed point")
    #expect(try SpanJSON.decode(SpanJSON.encodeResponse(span)) == span)
  }

  @Test func encodesLikeFlytectl() {
    let execution = WorkflowExecutionID(project: "p", domain: "d", name: "x<1>")
    let span = Span(
      id: .workflow(execution), startTime: Timestamp(seconds: 1_704_067_200),
      endTime: Timestamp(seconds: 1_704_067_201, nanos: 500_000),
      spans: [
        Span(
          id: .task(TaskExecutionID(nodeExecutionId: NodeExecutionID(nodeId: "n0"))),
          startTime: Timestamp(seconds: 0, nanos: 1),
          endTime: Timestamp(seconds: 0, nanos: 120_000_000)),
        Span(id: .operation(""), startTime: Timestamp(seconds: 0), endTime: Timestamp(seconds: 0)),
      ])
    let expected = """
      {
      \t"startTime": "2024-01-01T00:00:00Z",
      \t"endTime": "2024-01-01T00:00:01.000500Z",
      \t"workflowId": {
      \t\t"project": "p",
      \t\t"domain": "d",
      \t\t"name": "x\\u003c1\\u003e"
      \t},
      \t"spans": [
      \t\t{
      \t\t\t"startTime": "1970-01-01T00:00:00.000000001Z",
      \t\t\t"endTime": "1970-01-01T00:00:00.120Z",
      \t\t\t"taskId": {
      \t\t\t\t"nodeExecutionId": {
      \t\t\t\t\t"nodeId": "n0"
      \t\t\t\t}
      \t\t\t}
      \t\t},
      \t\t{
      \t\t\t"startTime": "1970-01-01T00:00:00Z",
      \t\t\t"endTime": "1970-01-01T00:00:00Z",
      \t\t\t"operationId": ""
      \t\t}
      \t]
      }

      """
    #expect(SpanJSON.encode(span) == expected)
  }

  @Test func readsSnakeCaseNamesNullsAndStringNumbers() throws {
    let text = """
      {"span": {"start_time": "2024-01-01T02:00:00+02:00", "end_time": "2024-01-01T00:00:01.25Z",
        "task_id": {"retry_attempt": "2", "task_id": {"resource_type": 1, "name": "t"}, "node_execution_id": null},
        "spans": null, "futureField": [1, 2]}}
      """
    let span = try SpanJSON.decode(text)
    #expect(span.startTime == Timestamp(seconds: 1_704_067_200))
    #expect(span.endTime == Timestamp(seconds: 1_704_067_201, nanos: 250_000_000))
    #expect(
      span.id
        == .task(
          TaskExecutionID(taskId: Identifier(resourceType: .task, name: "t"), retryAttempt: 2)))
    #expect(span.spans.isEmpty)
  }

  @Test(arguments: [
    ("", "empty input"),
    ("{\"startTime\": \"2024-01-01T00:00:00Z\"", "invalid JSON at line 1"),
    ("[1, 2]", "$: expected a JSON object"),
    ("{\"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\"}", "$: missing startTime"),
    ("{\"startTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\"}", "$: missing endTime"),
    (
      "{\"span\": {\"startTime\": 5, \"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\"}}",
      "$.span.startTime: expected a JSON string"
    ),
    (
      "{\"startTime\": \"2024-13-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\"}",
      "$.startTime: \"2024-13-01T00:00:00Z\" is not an RFC 3339 timestamp"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\"}",
      "$: missing id"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\", \"nodeId\": {}}",
      "only one id may be set"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\", \"spans\": {}}",
      "$.spans: expected a JSON array"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\", \"spans\": [7]}",
      "$.spans[0]: expected a JSON object"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"taskId\": {\"retryAttempt\": -1}}",
      "$.taskId.retryAttempt: expected an unsigned 32-bit integer"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"taskId\": {\"taskId\": {\"resourceType\": \"NOPE\"}}}",
      "$.taskId.taskId.resourceType: expected one of"
    ),
    (
      "{\"startTime\": \"2024-01-01T00:00:00Z\", \"start_time\": \"2024-01-01T00:00:00Z\"}",
      "given twice"
    ),
  ])
  func malformedInputIsATypedError(input: String, message: String) {
    #expect {
      _ = try SpanJSON.decode(input)
    } throws: { error in
      guard let error = error as? SpanJSONError else { return false }
      return error.description.contains(message)
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let depth = 100_000
    var text = ""
    for _ in 0..<depth {
      text +=
        "{\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-01-01T00:00:00Z\", \"operationId\": \"X\", \"spans\": ["
    }
    text += String(repeating: "]}", count: depth)
    #expect(throws: SpanJSONError.self) { _ = try SpanJSON.decode(text) }
  }

  @Test func deepHandBuiltTreesPrintWithoutRecursion() {
    // A 20,000-deep chain of node spans: explain prints only the leaf operation (indented
    // 40,000 spaces); dump stops at the operation spans between nodes, as flytekit does.
    var chain = Span(
      id: .operation("LEAF"), startTime: Timestamp(seconds: 0), endTime: Timestamp(seconds: 1))
    var alternating = chain
    for level in 0..<20_000 {
      chain = Span(
        id: .node(NodeExecutionID(nodeId: "n")), startTime: Timestamp(seconds: 0),
        endTime: Timestamp(seconds: 1), spans: [chain])
      let id: SpanID = level % 2 == 0 ? .node(NodeExecutionID(nodeId: "n")) : .operation("OP")
      alternating = Span(
        id: id, startTime: Timestamp(seconds: 0), endTime: Timestamp(seconds: 1),
        spans: [alternating])
    }
    let lines = chain.explain().split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.last?.hasSuffix(String(repeating: " ", count: 39_998) + "node/n") == true)
    #expect(
      alternating.dump()
        == "? ''\n: breakdown:\n    OP: 1.0\n  nodes:\n    n:\n      breakdown:\n        OP: 1.0\n\n"
    )
    // Tear the chains down one level at a time: the default deinit of a 20,000-deep value
    // would recurse.
    while let child = chain.spans.first { chain = child }
    while let child = alternating.spans.first { alternating = child }
  }
}

@Suite struct TimestampTests {
  @Test func extremeHandBuiltTimestampsDoNotTrap() {
    let span = Span(
      id: .operation("X"), startTime: Timestamp(seconds: .min, nanos: -5),
      endTime: Timestamp(seconds: .max, nanos: 2_000_000_000))
    #expect(!span.explain().isEmpty)
    #expect(!span.dump().isEmpty)
    #expect(!SpanJSON.encode(span).isEmpty)
    #expect(Timestamp(seconds: .max).adding(nanoseconds: .max) == Timestamp(seconds: .max))
  }

  @Test func addingNanosecondsCarries() {
    let t = Timestamp(seconds: 10, nanos: 900_000_000)
    #expect(t.adding(nanoseconds: 200_000_000) == Timestamp(seconds: 11, nanos: 100_000_000))
    #expect(t.adding(nanoseconds: -1_000_000_000) == Timestamp(seconds: 9, nanos: 900_000_000))
    #expect(t.adding(nanoseconds: -950_000_000) == Timestamp(seconds: 9, nanos: 950_000_000))
  }

  @Test(arguments: [
    ("2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"),
    ("2024-02-29T23:59:59.5Z", "2024-02-29T23:59:59.500Z"),
    ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
    ("9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999999Z"),
    ("2024-01-01T01:30:00.000001+01:30", "2024-01-01T00:00:00.000001Z"),
    ("1969-12-31t23:59:59.1234z", "1969-12-31T23:59:59.123400Z"),
  ])
  func rfc3339RoundTrip(input: String, expected: String) {
    #expect(Timestamp(rfc3339: input)?.rfc3339 == expected)
  }

  @Test(arguments: [
    "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:00:00", "2024-01-01 00:00:00Z",
    "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.1234567890Z", "0000-01-01T00:00:00Z",
    "2024-1-01T00:00:00Z", "",
  ])
  func rejectsMalformedTimestamps(input: String) {
    #expect(Timestamp(rfc3339: input) == nil)
  }
}

@Suite struct DeepEncodingTests {
  @Test func encodesDeepTreesWithoutRecursionAndTheReaderRefusesPastItsLimit() throws {
    // Output size grows with depth squared (tab indentation), so 1,000 levels is enough to
    // show the shape; the writer itself uses a work stack.
    var chain = Span(
      id: .operation("LEAF"), startTime: Timestamp(seconds: 0), endTime: Timestamp(seconds: 1))
    for _ in 0..<1_000 {
      chain = Span(
        id: .node(NodeExecutionID(nodeId: "n")), startTime: Timestamp(seconds: 0),
        endTime: Timestamp(seconds: 1), spans: [chain])
    }
    let json = SpanJSON.encode(chain)
    #expect(json.hasSuffix("\n\t\t}\n\t]\n}\n"))
    #expect(json.components(separatedBy: "\"operationId\": \"LEAF\"").count == 2)
    #expect(throws: SpanJSONError.self) { _ = try SpanJSON.decode(json) }
    var shallow = chain
    for _ in 0..<900 { if let child = shallow.spans.first { shallow = child } }
    #expect(try SpanJSON.decode(SpanJSON.encode(shallow)) == shallow)
  }
}
