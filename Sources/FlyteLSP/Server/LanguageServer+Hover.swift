import FlyteLint
import FlyteManifest

extension LanguageServer {
  /// `textDocument/hover`: a key's meaning and flytekit default, a DeckField's tab, a rule in a
  /// suppression comment, and the rule behind each diagnostic under the cursor.
  func hover(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let document = try openDocument(params)
    let offset = try position(params, in: document)
    let analysis = analysis(of: document)
    guard let result = HoverProvider.hover(in: analysis.file, at: offset, findings: analysis.findings) else { return .null }
    return .object([
      ("contents", .object([("kind", .string("markdown")), ("value", .string(result.markdown))])),
      ("range", document.lineIndex.lspRange(result.range, encoding).json),
    ])
  }

  /// `textDocument/completion`: task, metadata and Cache keys; DeckField values; the task's
  /// input names in `cache_ignore_input_vars`; rule codes in suppression comments. The text
  /// being typed rarely parses, so the last version that did supplies the facts.
  func completion(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let document = try openDocument(params)
    let offset = try position(params, in: document)
    let current = analysis(of: document).file
    let lastGood = current.tree.errors.isEmpty ? current : lastParsed[document.uri]
    let candidates = CompletionProvider.complete(source: document.text, at: offset, lastGood: lastGood)
    let items: [JSONValue] = candidates.enumerated().map { i, candidate in
      var members: [(String, JSONValue)] = [
        ("label", .string(candidate.label)), ("kind", .int(Self.completionKind(candidate.kind))),
        ("sortText", .string(Self.sortKey(i))),
        (
          "textEdit",
          .object([
            ("range", document.lineIndex.lspRange(candidate.replaceRange, encoding).json),
            ("newText", .string(candidate.insertText)),
          ])
        ),
      ]
      if let detail = candidate.detail { members.append(("detail", .string(detail))) }
      if let documentation = candidate.documentation {
        members.append(("documentation", .object([("kind", .string("markdown")), ("value", .string(documentation))])))
      }
      return .object(members)
    }
    return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
  }

  /// LSP `CompletionItemKind`s: keys are properties, values enum members, inputs variables,
  /// rule codes constants.
  static func completionKind(_ kind: CompletionCandidate.Kind) -> Int {
    switch kind {
    case .key: return 10
    case .value: return 20
    case .inputName: return 6
    case .ruleCode: return 21
    }
  }

  /// `0007`: sort keys that keep the provider's order in every editor.
  static func sortKey(_ n: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
