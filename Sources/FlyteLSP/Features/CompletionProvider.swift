import FlyteLint
import FlyteManifest
import FlyteSyntax

/// One completion item, free of protocol.
public struct CompletionCandidate: Sendable, Equatable {
  public enum Kind: Sendable { case key, value, inputName, ruleCode }

  public var label: String
  public var kind: Kind
  /// A short line shown beside the label (a key's accepted values, an input's type, a rule's name).
  public var detail: String?
  /// Markdown.
  public var documentation: String?
  public var insertText: String
  /// The bytes the insertion replaces: the part of the word already typed before the cursor.
  public var replaceRange: ByteRange

  public init(
    label: String, kind: Kind, detail: String? = nil, documentation: String? = nil,
    insertText: String,
    replaceRange: ByteRange
  ) {
    self.label = label
    self.kind = kind
    self.detail = detail
    self.documentation = documentation
    self.insertText = insertText
    self.replaceRange = replaceRange
  }
}

/// Completion (SPEC §10): task, metadata, Cache-object, top-level, workflow and node keys;
/// DeckField values; input names in ignored-input lists; rule codes in suppression comments.
/// Works on raw bytes, since the text being typed rarely parses.
public enum CompletionProvider {
  /// The candidates at byte `offset` of `source`. `lastGood` is the last version of the
  /// document that parsed: it supplies the task's inputs while the current text is broken.
  public static func complete(source: [UInt8], at offset: Int, lastGood: ManifestFile?)
    -> [CompletionCandidate]
  {
    switch CompletionContext.at(offset, in: source) {
    case .key(let place, let present, let partial, let insertion)?:
      let taken = Set(present)
      return place.keys.filter { !taken.contains($0) }.map { key in
        let doc = KeyDocumentation.doc(for: key, in: place)
        return CompletionCandidate(
          label: key, kind: .key, detail: doc?.accepts,
          documentation: doc.map { KeyDocumentation.render(key: key, $0) },
          insertText: insertion.before + key + insertion.after, replaceRange: partial)
      }
    case .deckField(let listed, let partial)?:
      let quote = partial.isEmpty ? nil : quoteByte(source[partial.lowerBound])
      return TaskKeys.deckFields.filter { !listed.contains($0) }.map { field in
        CompletionCandidate(
          label: field, kind: .value, detail: "DeckField",
          documentation: KeyDocumentation.deckField(field),
          insertText: quote.map { q in q + field + q } ?? field, replaceRange: partial)
      }
    case .inputName(let task, let listed, let partial)?:
      let inputs = InputLookup.inputs(
        task: task, source: source, offset: offset, lastGood: lastGood)
      let quote = partial.isEmpty ? nil : quoteByte(source[partial.lowerBound])
      return inputs.filter { !listed.contains($0.name) }.map { input in
        CompletionCandidate(
          label: input.name, kind: .inputName, detail: input.type, documentation: nil,
          insertText: quote.map { $0 + input.name + $0 } ?? InputLookup.plainOrQuoted(input.name),
          replaceRange: partial)
      }
    case .ruleCode(let listed, let partial)?:
      return ruleCodes(listed: listed, partial: partial, source: source)
    case nil:
      return []
    }
  }

  /// Codes (names when the typed part starts lowercase), minus those the comment lists.
  private static func ruleCodes(listed: [String], partial: ByteRange, source: [UInt8])
    -> [CompletionCandidate]
  {
    let taken = Set(listed.compactMap { RuleRegistry.rule(named: $0)?.description.code })
    let byName =
      partial.lowerBound < partial.upperBound
      && source[partial.lowerBound] >= UInt8(ascii: "a")
      && source[partial.lowerBound] <= UInt8(ascii: "z")
    return RuleRegistry.all.map { $0.description }.filter { !taken.contains($0.code) }.map { d in
      CompletionCandidate(
        label: byName ? d.name : d.code, kind: .ruleCode, detail: byName ? d.code : d.name,
        documentation: d.summary, insertText: byName ? d.name : d.code, replaceRange: partial)
    }
  }

  private static func quoteByte(_ byte: UInt8) -> String? {
    byte == UInt8(ascii: "\"") ? "\"" : byte == UInt8(ascii: "'") ? "'" : nil
  }
}
