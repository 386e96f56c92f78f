import FlyteSyntax
import FlyteLSP

#if canImport(Glibc)
  import Glibc
#endif

extension FuzzHarness {
  /// Where the servers' answers go.
  static let devNull: Int32 = open("/dev/null", O_WRONLY)

  /// The language server. Input that starts like a header (`Content-Length`) is a byte stream
  /// for `MessageFramer`, fed in pieces of sizes derived from the input, whose messages drive
  /// an initialized server: pieces never change what is framed. Any other input is the text
  /// of a document: opened, edited, and asked for diagnostics, hover, completion, code
  /// actions, symbols and definitions at positions derived from it. Nothing may crash.
  public static func lsp(_ input: [UInt8]) -> String? {
    let prefix = Array("content-".utf8)
    let head = input.prefix(prefix.count).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return head == prefix ? lspStream(input) : lspDocument(input)
  }

  static func newServer(utf8: Bool, pull: Bool, nested: Bool) -> LanguageServer {
    let server = LanguageServer(outputFD: devNull, log: { _ in })
    var textDocument: [String] = []
    if pull { textDocument.append(#""diagnostic":{}"#) }
    if nested {
      textDocument.append(#""documentSymbol":{"hierarchicalDocumentSymbolSupport":true}"#)
    }
    let encodings = utf8 ? #"["utf-8"]"# : #"["utf-16"]"#
    let capabilities =
      #"{"general":{"positionEncodings":\#(encodings)},"textDocument":{\#(textDocument.joined(separator: ","))}}"#
    _ = server.receive(
      body: body(
        #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":\#(capabilities)}}"#
      ))
    _ = server.receive(body: body(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#))
    return server
  }

  static func body(_ text: String) -> [UInt8] { Array(text.utf8) }

  static func lspStream(_ input: [UInt8]) -> String? {
    var choices = FuzzBytes(input)
    var whole = MessageFramer()
    whole.append(input)
    var expected: [[UInt8]] = []
    while let output = whole.next() {
      if case .message(let body) = output { expected.append(body) }
    }
    let server = newServer(utf8: choices.below(2) == 0, pull: choices.below(2) == 0, nested: true)
    var framer = MessageFramer()
    var bodies: [[UInt8]] = []
    var offset = 0
    var open = true
    while offset < input.count {
      let size = 1 + choices.below(choices.below(4) == 0 ? 4 : 96)
      let end = min(input.count, offset + size)
      framer.append(input[offset..<end])
      offset = end
      while let output = framer.next() {
        guard case .message(let body) = output else { continue }
        bodies.append(body)
        if open { open = server.receive(body: body) }
      }
    }
    if bodies != expected {
      return
        "framing in pieces gave \(bodies.count) messages, at once \(expected.count), or different bodies"
    }
    return nil
  }

  static func lspDocument(_ input: [UInt8]) -> String? {
    var choices = FuzzBytes(input)
    let server = newServer(
      utf8: choices.below(2) == 0, pull: choices.below(2) == 0, nested: choices.below(2) == 0)
    let json = choices.below(4) == 0
    let uri = JSONEscaping.quoted(json ? "file:///fuzz/m.json" : "file:///fuzz/m.yaml")
    let text = String(decoding: input, as: UTF8.self)
    let lines = max(1, text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
    var id = 1
    func position() -> String {
      // Mostly inside the text; sometimes past a line's end or the last line.
      "{\"line\":\(choices.below(lines + 1)),\"character\":\(choices.below(choices.below(8) == 0 ? 4000 : 60))}"
    }
    func request(_ method: String, _ params: String) {
      _ = server.receive(
        body: body(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#))
      id += 1
    }
    let document = "{\"uri\":\(uri)}"
    func ask() {
      request("textDocument/hover", "{\"textDocument\":\(document),\"position\":\(position())}")
      request(
        "textDocument/completion", "{\"textDocument\":\(document),\"position\":\(position())}")
      request(
        "textDocument/definition", "{\"textDocument\":\(document),\"position\":\(position())}")
      request("textDocument/documentSymbol", "{\"textDocument\":\(document)}")
      request("textDocument/diagnostic", "{\"textDocument\":\(document)}")
      request(
        "textDocument/codeAction",
        "{\"textDocument\":\(document),\"range\":{\"start\":\(position()),\"end\":\(position())},\"context\":{\"diagnostics\":[]}}"
      )
    }
    _ = server.receive(
      body: body(
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":\#(uri),"languageId":"yaml","version":1,"text":\#(JSONEscaping.quoted(text))}}}"#
      ))
    ask()
    // An edit: a piece of the text typed again somewhere, or a range deleted.
    let from = choices.below(input.count + 1)
    let piece = String(
      decoding: input[from..<min(input.count, from + choices.below(24))], as: UTF8.self)
    let change =
      #"{"range":{"start":\#(position()),"end":\#(position())},"text":\#(JSONEscaping.quoted(piece))}"#
    _ = server.receive(
      body: body(
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":\#(uri),"version":2},"contentChanges":[\#(change)]}}"#
      ))
    ask()
    _ = server.receive(
      body: body(
        #"{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":\#(document)}}"#
      ))
    return nil
  }
}
