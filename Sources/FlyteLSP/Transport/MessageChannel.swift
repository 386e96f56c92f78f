import FlyteLint

#if canImport(Glibc)
  import Glibc
#endif

/// Writes framed messages to the client. Only the server's worker writes, but logs may come
/// from anywhere, so every write holds a lock and goes out whole.
final class MessageChannel: @unchecked Sendable {
  private let fd: Int32
  private var mutex = pthread_mutex_t()
  /// False once a write failed (the client went away): later writes are dropped.
  private(set) var isOpen = true

  init(fd: Int32) {
    self.fd = fd
    pthread_mutex_init(&mutex, nil)
  }

  deinit { pthread_mutex_destroy(&mutex) }

  func send(_ message: JSONValue) {
    let body = message.compactBytes()
    var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    frame += body
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    guard isOpen else { return }
    isOpen = Self.writeAll(frame, to: fd)
  }

  func respond(to id: RequestID?, result: JSONValue) {
    send(.object([("jsonrpc", .string("2.0")), ("id", id?.json ?? .null), ("result", result)]))
  }

  func respond(to id: RequestID?, error: ResponseError) {
    send(.object([("jsonrpc", .string("2.0")), ("id", id?.json ?? .null), ("error", error.json)]))
  }

  func notify(_ method: String, _ params: JSONValue) {
    send(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
  }

  func request(id: Int, _ method: String, _ params: JSONValue) {
    send(.object([("jsonrpc", .string("2.0")), ("id", .string("flyte-lint-\(id)")), ("method", .string(method)), ("params", params)]))
  }

  static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return true }
      var offset = 0
      while offset < raw.count {
        let n = write(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
  }
}
