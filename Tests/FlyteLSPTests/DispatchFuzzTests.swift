@testable import FlyteLSP
import FlyteLint
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Random sessions of valid and mangled messages through the whole server in-process: it must
/// answer every request exactly once and never crash, whatever the params hold.
@Suite struct DispatchFuzzTests {
  static let methods = [
    "textDocument/didOpen", "textDocument/didChange", "textDocument/didSave", "textDocument/didClose",
    "textDocument/diagnostic", "textDocument/codeAction", "textDocument/hover", "textDocument/completion",
    "textDocument/documentSymbol", "textDocument/definition", "workspace/didChangeWatchedFiles",
    "workspace/didChangeConfiguration", "$/cancelRequest", "shutdown", "initialize", "no/such",
  ]

  static let texts = [
    "tasks:\n  - name: a.b\n    cache: true\n    retries: -1\n", "", "\u{0}\u{1}", "tasks: [", "{\"tasks\": [{\"name\": 1}]}",
    "workflows:\n  - name: w\n    nodes:\n      - id: n\n        task: missing\n", "a: 😀é\r\nb: \u{FEFF}\n",
    String(repeating: "- ", count: 3_000) + "x\n", "# flyte-lint: disable=FL1\ntasks: []\n",
  ]

  struct Session {
    var rng: SplitMix
    var messages: [JSONValue] = []
    var requestIDs: [Int] = []
    var nextID = 10

    mutating func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
    mutating func int() -> JSONValue { .int(pick([0, 1, 2, 5, -1, 1 << 40, Int.min])) }

    mutating func value(_ depth: Int = 0) -> JSONValue {
      switch rng.next() % (depth > 2 ? 4 : 7) {
      case 0: return .null
      case 1: return int()
      case 2: return .string(pick(texts))
      case 3: return .bool(rng.next() % 2 == 0)
      case 4: return .array((0..<Int(rng.next() % 3)).map { _ in value(depth + 1) })
      default: return params(depth + 1)
      }
    }

    mutating func position() -> JSONValue { .object([("line", int()), ("character", int())]) }

    mutating func params(_ depth: Int = 0) -> JSONValue {
      let uri: JSONValue = .string(pick(["file:///w/a.yaml", "file:///w/b.json", "untitled:1", "x"]))
      var members: [(String, JSONValue)] = [
        ("textDocument", .object([("uri", uri), ("text", .string(pick(texts))), ("version", int()), ("languageId", .string("yaml"))])),
        ("position", position()), ("range", .object([("start", position()), ("end", position())])),
        ("contentChanges", .array([.object([("range", .object([("start", position()), ("end", position())])), ("text", .string(pick(texts)))])])),
        ("context", .object([("diagnostics", .array([])), ("only", .array([.string(pick(["source", "quickfix", "x"]))]))])),
        ("changes", .array([.object([("uri", uri), ("type", .int(2))])])),
        ("id", int()), ("capabilities", .object([])),
      ]
      // Drop or mangle some members.
      members = members.compactMap { m in
        switch rng.next() % 6 {
        case 0: return nil
        case 1: return (m.0, depth < 3 ? value(depth + 1) : .null)
        default: return m
        }
      }
      return .object(members)
    }

    mutating func add() {
      let method = pick(methods)
      var members: [(String, JSONValue)] = [("jsonrpc", .string("2.0")), ("method", .string(method))]
      if rng.next() % 2 == 0 {
        members.append(("id", .int(nextID)))
        requestIDs.append(nextID)
        nextID += 1
      }
      if rng.next() % 8 != 0 { members.append(("params", params())) }
      messages.append(.object(members))
    }
  }

  static func run(_ messages: [JSONValue]) -> [JSONValue] {
    var input: [UInt8] = []
    for m in messages {
      let body = m.compactBytes()
      input += Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
    guard let inFile = tmpfile(), let outFile = tmpfile() else { return [] }
    defer {
      fclose(inFile)
      fclose(outFile)
    }
    _ = input.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, inFile) }
    fflush(inFile)
    rewind(inFile)
    let server = LanguageServer(outputFD: fileno(outFile)) { _ in }
    _ = server.run(inputFD: fileno(inFile))
    lseek(fileno(outFile), 0, SEEK_SET)
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fileno(outFile), $0.baseAddress, $0.count) }
      if n <= 0 { break }
      output += chunk[0..<n]
    }
    var framer = MessageFramer()
    framer.append(output)
    var replies: [JSONValue] = []
    while let next = framer.next() {
      if case .message(let body) = next, case .success(let value) = JSONValue.parse(body) { replies.append(value) }
    }
    return replies
  }

  @Test func everyRequestIsAnsweredOnceWhateverItHolds() {
    var rng = SplitMix(seed: 7)
    for round in 0..<60 {
      var session = Session(rng: SplitMix(seed: rng.next()))
      let initialize: JSONValue = .object([
        ("jsonrpc", .string("2.0")), ("id", .int(1)), ("method", .string("initialize")),
        ("params", .object([("capabilities", .object([])), ("rootUri", .string("file:///nonexistent-flyte-lint-root"))])),
      ])
      session.messages.append(initialize)
      for _ in 0..<25 { session.add() }
      let replies = Self.run(session.messages)
      let answered = replies.compactMap { $0["id"]?.intValue }
      #expect(answered.sorted() == ([1] + session.requestIDs).sorted(), "round \(round)")
    }
  }
}
