import FlyteLint
import FlyteManifest
import FlyteSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// The language server's state and its message loop (SPEC §10).
///
/// One worker handles messages in order; a reader thread only frames and decodes them (see
/// `IncomingQueue`). Handlers live in `LanguageServer+Concern.swift` files, each method in one
/// place; `dispatch` only routes.
public final class LanguageServer {
  enum Phase { case waitingForInitialize, running, shutDown }

  let channel: MessageChannel
  let queue = IncomingQueue()
  var phase = Phase.waitingForInitialize
  var encoding = PositionEncoding.utf16
  var documents: [String: Document] = [:]
  var analyses: [String: DocumentAnalysis] = [:]
  /// Each document's latest text that parsed: completion reads its facts (input names, keys
  /// present) while the current text is half typed.
  var lastParsed: [String: ManifestFile] = [:]
  /// Documents whose diagnostics must be published once the queue is quiet.
  var stale: [String] = []
  var workspace: Workspace
  /// The client pulls diagnostics (`textDocument/diagnostic`): we then do not push them too,
  /// or editors would show each finding twice.
  var clientPullsDiagnostics = false
  var clientRegistersWatchers = false
  /// The client shows nested `DocumentSymbol`s (else it gets flat `SymbolInformation`s).
  var clientNestsSymbols = false
  var docsURL = ToolInfo.informationURI + "/blob/main/rules/"
  private var nextOutgoingID = 1
  var analysisSerial = 0
  /// Where diagnostics of the server itself go (a closure, so tests can capture them).
  let log: (String) -> Void

  public init(outputFD: Int32, log: @escaping (String) -> Void) {
    channel = MessageChannel(fd: outputFD)
    self.log = log
    workspace = Workspace(root: nil)
  }

  /// Reads messages from `inputFD` until `exit` or the end of input; returns the exit code the
  /// protocol asks for (0 after `shutdown`, else 1).
  public func run(inputFD: Int32) -> Int32 {
    startReader(inputFD)
    while let message = queue.pop() {
      if case .notification("exit", _) = message { return phase == .shutDown ? 0 : 1 }
      handle(message)
      // Documents with a newer change already queued wait for it (a burst of keystrokes is
      // linted once); the rest are published now.
      publishStaleDiagnostics()
      if !channel.isOpen { return 1 }
    }
    return phase == .shutDown ? 0 : 1
  }

  /// Handles one message body as if it had arrived framed, then publishes what changed;
  /// answers go to the output descriptor. For drivers without a byte stream (fuzzing, tests).
  /// Returns false when the body was `exit`.
  public func receive(body: [UInt8]) -> Bool {
    let message = IncomingMessage.decode(body)
    if case .notification("exit", _) = message { return false }
    handle(message)
    publishStaleDiagnostics()
    return true
  }

  private func startReader(_ fd: Int32) {
    let queue = self.queue
    let log = self.log
    let reader = ReaderThread(fd: fd, queue: queue, log: log)
    reader.start()
  }

  func handle(_ message: IncomingMessage) {
    switch message {
    case .request(let id, let method, let params):
      if queue.isCancelled(id) {
        queue.forget(id)
        channel.respond(to: id, error: ResponseError(.requestCancelled, "cancelled before it started"))
        return
      }
      let result: Result<JSONValue, ResponseError>
      do throws(ResponseError) {
        result = .success(try request(method, params))
      } catch {
        result = .failure(error)
      }
      if queue.isCancelled(id) {
        queue.forget(id)
        channel.respond(to: id, error: ResponseError(.requestCancelled, "cancelled"))
        return
      }
      switch result {
      case .success(let value): channel.respond(to: id, result: value)
      case .failure(let error): channel.respond(to: id, error: error)
      }
    case .notification(let method, let params):
      notification(method, params)
    case .response:
      break
    case .invalid(let id, let error):
      log("flyte-lint lsp: \(error.message)")
      channel.respond(to: id, error: error)
    }
  }

  /// A request's result, or the error to answer with.
  private func request(_ method: String, _ params: JSONValue?) throws(ResponseError) -> JSONValue {
    switch phase {
    case .waitingForInitialize where method != "initialize":
      throw ResponseError(.serverNotInitialized, "the server has not been initialized")
    case .running where method == "initialize", .shutDown where method == "initialize":
      throw ResponseError(.invalidRequest, "initialize was already received")
    case .shutDown where method != "shutdown":
      throw ResponseError(.invalidRequest, "the server is shutting down")
    default: break
    }
    switch method {
    case "initialize": return try initialize(params)
    case "shutdown":
      phase = .shutDown
      return .null
    case "textDocument/diagnostic": return try pullDiagnostics(params)
    case "textDocument/codeAction": return try codeActions(params)
    case "textDocument/hover": return try hover(params)
    case "textDocument/completion": return try completion(params)
    case "textDocument/documentSymbol": return try documentSymbols(params)
    case "textDocument/definition": return try definition(params)
    default: throw ResponseError(.methodNotFound, "unknown method \"\(method)\"")
    }
  }

  private func notification(_ method: String, _ params: JSONValue?) {
    // Before `initialize` only `exit` counts; after `shutdown` nothing changes state.
    guard phase == .running else { return }
    do throws(ResponseError) {
      switch method {
      case "initialized": initialized()
      case "textDocument/didOpen": try didOpen(params)
      case "textDocument/didChange": try didChange(params)
      case "textDocument/didSave": try didSave(params)
      case "textDocument/didClose": try didClose(params)
      case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
      case "workspace/didChangeConfiguration": reloadConfiguration()
      default: break  // `$/setTrace`, `$/progress`… need no answer.
      }
    } catch {
      log("flyte-lint lsp: \(method): \(error.message)")
    }
  }

  /// A server-to-client request; its answer is not awaited.
  func sendRequest(_ method: String, _ params: JSONValue) {
    channel.request(id: nextOutgoingID, method, params)
    nextOutgoingID += 1
  }

  /// The open document a request names, or the error saying it is not open.
  func openDocument(_ params: JSONValue?) throws(ResponseError) -> Document {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue else { throw .missing("textDocument.uri") }
    guard let document = documents[uri] else {
      throw ResponseError(.invalidParams, "\(uri) is not open: send textDocument/didOpen first")
    }
    return document
  }

  func position(_ params: JSONValue?, in document: Document) throws(ResponseError) -> Int {
    guard let position = LSPPosition(params?["position"]) else { throw .missing("position") }
    return document.lineIndex.offset(of: position, encoding)
  }
}

/// The thread that reads the client's bytes: frames, decodes and queues them.
private final class ReaderThread: @unchecked Sendable {
  let fd: Int32
  let queue: IncomingQueue
  let log: (String) -> Void

  init(fd: Int32, queue: IncomingQueue, log: @escaping (String) -> Void) {
    self.fd = fd
    self.queue = queue
    self.log = log
  }

  func start() {
    var thread = pthread_t()
    let context = Unmanaged.passRetained(self).toOpaque()
    let started = pthread_create(&thread, nil, { raw in
      guard let raw else { return nil }
      let reader = Unmanaged<ReaderThread>.fromOpaque(raw).takeRetainedValue()
      reader.loop()
      return nil
    }, context)
    if started != 0 {
      Unmanaged<ReaderThread>.fromOpaque(context).release()
      loop()
    } else {
      pthread_detach(thread)
    }
  }

  private func loop() {
    var framer = MessageFramer()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      framer.append(chunk[0..<n])
      while let output = framer.next() {
        switch output {
        case .message(let body): queue.push(IncomingMessage.decode(body))
        case .skipped(let count, let reason): log("flyte-lint lsp: skipped \(count) bytes: \(reason)")
        }
      }
    }
    queue.close()
  }
}
