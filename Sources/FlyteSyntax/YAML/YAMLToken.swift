/// A token of the YAML scanner. Block structure tokens (`blockMappingStart`, `blockEnd`, `key`
/// before a simple key) are virtual: the scanner inserts them where indentation says so.
struct YAMLToken {
  enum Kind: UInt8 {
    case streamStart, streamEnd
    case versionDirective, tagDirective, reservedDirective
    case documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value
    case alias, anchor, tag, scalar
  }

  var kind: Kind
  var start: Int
  var end: Int
  /// Scalars: value range (in the source or in the decoded buffer). Anchors and aliases: the
  /// name. Tags: the suffix. Tag directives: the prefix.
  var valueStart: Int = 0
  var valueEnd: Int = 0
  /// Tags and tag directives: the handle (`!`, `!!`, `!name!`); empty for verbatim tags.
  var handleStart: Int = 0
  var handleEnd: Int = 0
  var style: Node.Style = .plain
  /// Scalars: the value is a slice of the source rather than of the decoded buffer.
  var inSource: Bool = true
  /// Keys and values: written as `?` / `:` by the author rather than implied by a simple key.
  var explicit: Bool = false
  /// Tags: verbatim `!<…>` form.
  var verbatim: Bool = false

  init(_ kind: Kind, _ start: Int, _ end: Int) {
    self.kind = kind
    self.start = start
    self.end = end
  }
}
