// `flyte-lint-bench --lsp`: how long the real `flyte-lint lsp` takes from an incremental edit
// of a 5,000-line manifest to its diagnostics (SPEC §11: ≤ 20 ms), against the same round trip
// for a 10-line manifest measured in the same run (the protocol's own cost).

import Foundation

enum LSPBenchmark {
  static func run(lines: Int, edits: Int) {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("flyte-lint").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      fail("no flyte-lint binary next to the benchmark (\(binary)); build with `swift build -c release`")
    }
    var generator = CorpusGenerator(seed: 11)
    let big = generator.makeFile(lines: lines)
    let small = generator.makeFile(lines: 10)
    let server = Server(binary)
    server.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:] as [String: Any]]])
    _ = server.receive { $0["id"] as? Int == 1 }
    server.send(["jsonrpc": "2.0", "method": "initialized", "params": [:] as [String: Any]])
    print("lsp benchmark: \(edits) incremental edits per document, each timed from didChange to publishDiagnostics")
    let baseline = measure(server, uri: "file:///bench/small.yaml", text: small.text, edits: edits)
    let large = measure(server, uri: "file:///bench/large.yaml", text: big.text, edits: edits)
    // The same text with every task's cache version removed: a finding per cached task.
    let faulty = Array(String(decoding: big.text, as: UTF8.self).replacingOccurrences(of: "cache_version:", with: "cache_versoin:").utf8)
    let withFindings = measure(server, uri: "file:///bench/faulty.yaml", text: faulty, edits: edits)
    let bigLines = big.text.lazy.filter { $0 == 0x0A }.count
    report("\(bigLines)-line manifest (\(big.text.count / 1024) KiB, \(big.tasks) tasks)", large)
    report("the same with a misspelt key per cached task", withFindings)
    report("10-line manifest (baseline)", baseline)
    print(String(format: "median large/baseline: %.1fx; target: median <= 20 ms on the large manifest", large.median / baseline.median))
    server.send(["jsonrpc": "2.0", "id": 2, "method": "shutdown"])
    _ = server.receive { $0["id"] as? Int == 2 }
    server.send(["jsonrpc": "2.0", "method": "exit"])
  }

  struct Timings {
    var seconds: [Double]
    var diagnostics: Int
    var median: Double { seconds.sorted()[seconds.count / 2] }
    var p90: Double { seconds.sorted()[min(seconds.count - 1, seconds.count * 9 / 10)] }
    var max: Double { seconds.max() ?? 0 }
  }

  static func report(_ label: String, _ t: Timings) {
    print(label.padding(toLength: 50, withPad: " ", startingAt: 0)
      + String(format: "median %6.2f ms   p90 %6.2f ms   max %6.2f ms   (%d diagnostics)", t.median * 1000, t.p90 * 1000, t.max * 1000, t.diagnostics))
  }

  /// Opens the document, then alternately inserts and removes a comment line in its middle.
  static func measure(_ server: Server, uri: String, text: [UInt8], edits: Int) -> Timings {
    server.send(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "yaml", "version": 1, "text": String(decoding: text, as: UTF8.self)]]])
    var diagnostics = published(server, uri: uri, version: 1)
    let middle = text.lazy.filter { $0 == 0x0A }.count / 2
    var seconds: [Double] = []
    let clock = ContinuousClock()
    for k in 0..<edits {
      let version = k + 2
      let insert = k % 2 == 0
      let range: [String: Any] = [
        "start": ["line": middle, "character": 0], "end": ["line": insert ? middle : middle + 1, "character": 0],
      ]
      let start = clock.now
      server.send(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
        "textDocument": ["uri": uri, "version": version],
        "contentChanges": [["range": range, "text": insert ? "# edited \(k)\n" : ""]],
      ]])
      diagnostics = published(server, uri: uri, version: version)
      let elapsed = clock.now - start
      seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return Timings(seconds: seconds, diagnostics: diagnostics)
  }

  static func published(_ server: Server, uri: String, version: Int) -> Int {
    let message = server.receive { m in
      guard m["method"] as? String == "textDocument/publishDiagnostics", let p = m["params"] as? [String: Any] else { return false }
      return p["uri"] as? String == uri && p["version"] as? Int == version
    }
    return ((message["params"] as? [String: Any])?["diagnostics"] as? [Any])?.count ?? 0
  }

  /// The server process and a blocking reader of its framed messages.
  final class Server {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    var buffer: [UInt8] = []

    init(_ binary: String) {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = ["lsp"]
      process.standardInput = input
      process.standardOutput = output
      do { try process.run() } catch { fail("cannot start \(binary) lsp: \(error)") }
    }

    func send(_ message: [String: Any]) {
      guard let body = try? JSONSerialization.data(withJSONObject: message) else { fail("cannot encode a message") }
      input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// Reads messages until one satisfies `wanted`.
    func receive(_ wanted: ([String: Any]) -> Bool) -> [String: Any] {
      while true {
        if let body = nextBody() {
          if let m = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any], wanted(m) { return m }
          continue
        }
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { fail("the server closed its output") }
        buffer += chunk
      }
    }

    /// The next whole body in `buffer` (the header is `Content-Length: N` alone, as ours is).
    private func nextBody() -> [UInt8]? {
      var end = 0
      while end + 3 < buffer.count
        && !(buffer[end] == 0x0D && buffer[end + 1] == 0x0A && buffer[end + 2] == 0x0D && buffer[end + 3] == 0x0A)
      {
        end += 1
      }
      guard end + 3 < buffer.count,
        let length = Int(String(decoding: buffer[0..<end], as: UTF8.self).split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "")
      else { return nil }
      guard buffer.count >= end + 4 + length else { return nil }
      let body = Array(buffer[(end + 4)..<(end + 4 + length)])
      buffer.removeFirst(end + 4 + length)
      return body
    }
  }
}
