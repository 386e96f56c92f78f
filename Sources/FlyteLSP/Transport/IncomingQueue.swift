#if canImport(Glibc)
  import Glibc
#endif

/// Messages read from the client, waiting for the server's one worker; and the requests the
/// client cancelled meanwhile.
///
/// The reader thread decodes every message as it arrives, so a `$/cancelRequest` is seen at
/// once even while the worker is busy with a long request: the worker asks `isCancelled`
/// before it starts a request and before it answers one.
final class IncomingQueue: @unchecked Sendable {
  private var messages: [IncomingMessage] = []
  private var head = 0
  private var cancelled = Set<RequestID>()
  private var closed = false
  private var mutex = pthread_mutex_t()
  private var ready = pthread_cond_t()

  init() {
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&ready, nil)
  }

  deinit {
    pthread_cond_destroy(&ready)
    pthread_mutex_destroy(&mutex)
  }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }

  func push(_ message: IncomingMessage) {
    locked {
      if case .notification("$/cancelRequest", let params) = message, let id = RequestID(params?["id"]) {
        cancelled.insert(id)
      } else {
        messages.append(message)
      }
      pthread_cond_signal(&ready)
    }
  }

  /// No more messages will come (the client closed its end).
  func close() {
    locked {
      closed = true
      pthread_cond_broadcast(&ready)
    }
  }

  /// The next message, waiting for one; nil once the input is closed and drained.
  func pop() -> IncomingMessage? {
    locked {
      while head >= messages.count && !closed { pthread_cond_wait(&ready, &mutex) }
      guard head < messages.count else { return nil }
      let message = messages[head]
      head += 1
      if head > 256 && head * 2 > messages.count {
        messages.removeFirst(head)
        head = 0
      }
      return message
    }
  }

  /// True when a message is waiting: the worker then delays publishing diagnostics, so a burst
  /// of keystrokes is linted once.
  var hasPending: Bool { locked { head < messages.count } }

  /// True when a later message changes the document: diagnostics for this version would be
  /// stale the moment they arrive.
  func hasPendingChange(to uri: String) -> Bool {
    locked {
      messages[head...].contains { message in
        guard case .notification(let method, let params) = message,
          method == "textDocument/didChange" || method == "textDocument/didClose"
        else { return false }
        return params?["textDocument"]?["uri"]?.stringValue == uri
      }
    }
  }

  func isCancelled(_ id: RequestID) -> Bool { locked { cancelled.contains(id) } }

  /// Forgets a cancellation once its request is answered (ids may be reused after that).
  func forget(_ id: RequestID) { _ = locked { cancelled.remove(id) } }
}
