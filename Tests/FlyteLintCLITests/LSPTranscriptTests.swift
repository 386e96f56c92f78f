import Foundation
import Testing

/// Recorded editor sessions (`fixtures/lsp/transcripts/*.jsonl`) replayed against the real
/// `flyte-lint lsp` over pipes. Each line is one step:
///   {"send": MESSAGE}            the client sends a message
///   {"raw": "TEXT"}              the client writes these bytes as they are (framing tests)
///   {"expect": MESSAGE}          the server's next message, exactly
///   {"write": {"path": P, "text": T}}   a file of the workspace changes on disk
///   {"exit": CODE}               stdin closes; the server exits with CODE
/// `${WORKSPACE}` stands for a fresh copy of `fixtures/lsp/workspace`. Lines starting with `#`
/// are comments. `FLYTE_LINT_RECORD=1` rewrites the expect lines from what the server says.
@Suite(.serialized) struct LSPTranscriptTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("fixtures/lsp")

  static var transcripts: [String] {
    let folder = root.appendingPathComponent("transcripts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted()
  }

  @Test func transcriptsExist() { #expect(Self.transcripts.count >= 8) }

  @Test(arguments: transcripts) func replay(_ name: String) throws {
    let file = Self.root.appendingPathComponent("transcripts/\(name)")
    let workspace = try Self.copyWorkspace()
    defer { try? FileManager.default.removeItem(at: workspace) }
    let recording = ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1"
    let session = try LSPSession(workingDirectory: workspace)
    var recorded: [String] = []
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    for (number, rawLine) in lines.enumerated() {
      let line = String(rawLine)
      if line.isEmpty || line.hasPrefix("#") {
        recorded.append(line)
        continue
      }
      let step = try Self.parse(line.replacingOccurrences(of: "${WORKSPACE}", with: workspace.path))
      let location = "\(name):\(number + 1)"
      if let message = step["send"] {
        try session.send(message)
      } else if let raw = step["raw"] as? String {
        session.sendRaw(Array(raw.utf8))
      } else if let write = step["write"] as? [String: String], let path = write["path"], let text = write["text"] {
        try Data(text.utf8).write(to: workspace.appendingPathComponent(path), options: .atomic)
      } else if let expected = step["expect"] {
        if recording { continue }
        let actual = try session.receive()
        #expect(try Self.canonical(actual) == Self.canonical(expected), "\(location)")
        recorded.append(line)
        continue
      } else if let code = step["exit"] as? Int {
        if recording { recorded += try Self.drain(session, workspace) }
        let status = try session.finish()
        #expect(Int(status) == code, "\(location): exit status")
      } else {
        Issue.record("\(location): unknown step \(line)")
      }
      recorded.append(line)
      if recording && step["exit"] == nil { recorded += try Self.drain(session, workspace) }
    }
    if recording {
      try recorded.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name): review the diff, then run again without FLYTE_LINT_RECORD")
    }
  }

  /// Recording: every message the server sends until it is quiet for a moment.
  static func drain(_ session: LSPSession, _ workspace: URL) throws -> [String] {
    var lines: [String] = []
    while let message = try? session.receive(timeout: 1.5) {
      let text = try canonical(message).replacingOccurrences(of: workspace.path, with: "${WORKSPACE}")
      lines.append("{\"expect\":\(text)}")
    }
    return lines
  }

  static func parse(_ line: String) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
      throw LSPSession.Failure(description: "a step must be a JSON object: \(line)")
    }
    return object
  }

  /// Sorted keys, no spaces: equal messages print the same.
  static func canonical(_ value: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  static func copyWorkspace() throws -> URL {
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("flyte-lint-lsp-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: root.appendingPathComponent("workspace"), to: target)
    return target.resolvingSymlinksInPath()
  }
}
