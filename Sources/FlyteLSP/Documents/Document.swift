import FlyteLint
import FlyteManifest
import FlyteSyntax

/// One open document: the editor's text, not the file on disk.
struct Document {
  let uri: String
  /// The file-system path when the URI is a `file:` one.
  let filePath: String?
  var languageId: String
  var version: Int
  private(set) var text: [UInt8]
  private(set) var lineIndex: LineIndex

  init(uri: String, languageId: String, version: Int, text: [UInt8]) {
    self.uri = uri
    filePath = DocumentURI.path(of: uri)
    self.languageId = languageId
    self.version = version
    self.text = text
    lineIndex = LineIndex(text)
  }

  /// The path the linter sees: the file's, or a name whose extension tells JSON from YAML for
  /// an unsaved buffer.
  var lintPath: String {
    if let filePath { return filePath }
    return languageId.lowercased() == "json" ? "untitled.json" : "untitled.yaml"
  }

  /// Applies `textDocument/didChange` content changes in order: a change with a range
  /// replaces that range (positions in `encoding`, against the text as the previous changes
  /// left it); one without replaces the whole text.
  mutating func apply(_ changes: [JSONValue], encoding: PositionEncoding) throws(ResponseError) {
    for change in changes {
      guard let newText = change["text"]?.stringValue else { throw .missing("contentChanges[].text") }
      guard let rangeValue = change["range"] else {
        replaceAll(Array(newText.utf8))
        continue
      }
      guard let range = LSPRange(rangeValue) else { throw .missing("contentChanges[].range") }
      var lower = lineIndex.offset(of: range.start, encoding)
      var upper = lineIndex.offset(of: range.end, encoding)
      if lower > upper { swap(&lower, &upper) }
      text.replaceSubrange(lower..<upper, with: newText.utf8)
      lineIndex = LineIndex(text)
    }
  }

  mutating func replaceAll(_ bytes: [UInt8]) {
    text = bytes
    lineIndex = LineIndex(text)
  }
}
