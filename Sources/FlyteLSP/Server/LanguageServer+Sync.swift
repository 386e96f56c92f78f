import FlyteLint
import FlyteWorkspace

extension LanguageServer {
  func didOpen(_ params: JSONValue?) throws(ResponseError) {
    let item = params?["textDocument"]
    guard let uri = item?["uri"]?.stringValue, let text = item?["text"]?.stringValue else {
      throw .missing("textDocument.uri/text")
    }
    let document = Document(
      uri: uri, languageId: item?["languageId"]?.stringValue ?? "yaml", version: item?["version"]?.intValue ?? 0,
      text: Array(text.utf8))
    documents[uri] = document
    analyses[uri] = nil
    markStale(uri)
    markDependentsStale(of: uri)
  }

  func didChange(_ params: JSONValue?) throws(ResponseError) {
    var document = try openDocument(params)
    guard let changes = params?["contentChanges"]?.arrayValue else { throw .missing("contentChanges") }
    try document.apply(changes, encoding: encoding)
    document.version = params?["textDocument"]?["version"]?.intValue ?? document.version + 1
    documents[document.uri] = document
    markStale(document.uri)
    markDependentsStale(of: document.uri)
  }

  /// Workflows in other open documents may use this one's tasks.
  private func markDependentsStale(of uri: String) {
    for other in documents.keys.sorted() where other != uri && usesOtherFiles(other) { markStale(other) }
  }

  func didSave(_ params: JSONValue?) throws(ResponseError) {
    let document = try openDocument(params)
    if let path = document.filePath, workspace.index.isBuilt { workspace.index.update(path, bytes: document.text) }
  }

  func didClose(_ params: JSONValue?) throws(ResponseError) {
    let document = try openDocument(params)
    documents[document.uri] = nil
    analyses[document.uri] = nil
    lastParsed[document.uri] = nil
    stale.removeAll { $0 == document.uri }
    // Clear what was shown: the editor keeps pushed diagnostics until told otherwise.
    if !clientPullsDiagnostics {
      channel.notify("textDocument/publishDiagnostics", .object([("uri", .string(document.uri)), ("diagnostics", .array([]))]))
    }
    if let path = document.filePath, workspace.index.isBuilt { workspace.index.refresh(path) }
    markDependentsStale(of: document.uri)
  }

  func didChangeWatchedFiles(_ params: JSONValue?) {
    var configChanged = false
    for change in params?["changes"]?.arrayValue ?? [] {
      guard let uri = change["uri"]?.stringValue, let path = DocumentURI.path(of: uri) else { continue }
      let name = path.split(separator: "/").last.map(String.init) ?? path
      if ConfigurationLoader.fileNames.contains(name) {
        configChanged = true
      } else if FileDiscovery.hasManifestExtension(name), workspace.index.isBuilt {
        let isOpen = documents.values.contains { $0.filePath == path }
        if !isOpen { workspace.index.refresh(path) }
      }
    }
    if configChanged {
      reloadConfiguration()
    } else {
      for uri in documents.keys where usesOtherFiles(uri) { markStale(uri) }
    }
  }

  /// A configuration changed: every open document is linted again.
  func reloadConfiguration() {
    workspace.reloadConfiguration()
    analyses.removeAll()
    for uri in documents.keys.sorted() { markStale(uri) }
  }

  /// True when the document's findings depend on other files.
  private func usesOtherFiles(_ uri: String) -> Bool {
    guard let analysis = analyses[uri] else { return true }
    return !(analysis.fileReport?.unresolvedUses.isEmpty ?? true)
  }

  func markStale(_ uri: String) {
    if let analysis = analyses[uri], let document = documents[uri], analysis.version == document.version,
      usesOtherFiles(uri)
    {
      analyses[uri] = nil  // same text, but what it depends on changed
    }
    if !stale.contains(uri) { stale.append(uri) }
  }
}
