import Foundation

/// A `flyte-lint lsp` process driven over pipes, as an editor drives it.
final class LSPSession: @unchecked Sendable {
  struct Failure: Error, CustomStringConvertible { var description: String }

  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let lock = NSCondition()
  private var received: [[UInt8]] = []
  private var closed = false
  let stderr = Collected()

  init(workingDirectory: URL? = nil) throws {
    process.executableURL = try CLI.binary()
    process.arguments = ["lsp"]
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let handle = output.fileHandleForReading
    Thread.detachNewThread { [self] in readFrames(handle) }
    let errHandle = errors.fileHandleForReading
    DispatchQueue.global().async { [stderr] in stderr.set(errHandle.readDataToEndOfFile()) }
  }

  private func readFrames(_ handle: FileHandle) {
    var buffer: [UInt8] = []
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { break }
      buffer += chunk
      while let (body, rest) = Self.frame(buffer) {
        buffer = rest
        lock.lock()
        received.append(body)
        lock.signal()
        lock.unlock()
      }
    }
    lock.lock()
    closed = true
    lock.broadcast()
    lock.unlock()
  }

  /// One body cut from the front of `buffer`, and what follows it.
  static func frame(_ buffer: [UInt8]) -> ([UInt8], [UInt8])? {
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    guard buffer.count >= 4,
      let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<$0 + 4]) == separator })
    else { return nil }
    let header = String(decoding: buffer[0..<end], as: UTF8.self)
    guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
      let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
    else { return nil }
    let start = end + 4
    guard buffer.count >= start + length else { return nil }
    return (Array(buffer[start..<start + length]), Array(buffer[(start + length)...]))
  }

  func sendRaw(_ bytes: [UInt8]) { input.fileHandleForWriting.write(Data(bytes)) }

  func send(_ message: Any) throws {
    let body = try JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
    sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body))
  }

  /// The next message from the server, parsed; fails after `timeout` seconds.
  func receive(timeout: TimeInterval = 30) throws -> Any {
    let deadline = Date().addingTimeInterval(timeout)
    lock.lock()
    defer { lock.unlock() }
    while received.isEmpty {
      if closed { throw Failure(description: "the server closed its output; stderr: \(String(decoding: stderr.value, as: UTF8.self))") }
      if !lock.wait(until: deadline) { throw Failure(description: "no message within \(timeout) s") }
    }
    let body = received.removeFirst()
    return try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
  }

  /// Closes stdin and waits for the exit status.
  func finish(timeout: TimeInterval = 30) throws -> Int32 {
    try? input.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        throw Failure(description: "the server did not exit within \(timeout) s")
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return process.terminationStatus
  }
}
