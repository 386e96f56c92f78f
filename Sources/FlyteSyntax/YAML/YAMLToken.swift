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
  // Offsets are stored as UInt32 (inputs are at most 256 MiB) so a token stays small: tokens
  // are copied and shifted in the queue a lot.
  private var start32: UInt32
  private var end32: UInt32
  private var valueStart32: UInt32 = 0
  private var valueEnd32: UInt32 = 0
  private var handleStart32: UInt32 = 0
  private var handleEnd32: UInt32 = 0

  var start: Int {
    get { Int(start32) }
    set { start32 = UInt32(truncatingIfNeeded: newValue) }
  }
  var end: Int {
    get { Int(end32) }
    set { end32 = UInt32(truncatingIfNeeded: newValue) }
  }
  /// Scalars: value range (in the source or in the decoded buffer). Anchors and aliases: the
  /// name. Tags: the suffix. Tag directives: the prefix.
  var valueStart: Int {
    get { Int(valueStart32) }
    set { valueStart32 = UInt32(truncatingIfNeeded: newValue) }
  }
  var valueEnd: Int {
    get { Int(valueEnd32) }
    set { valueEnd32 = UInt32(truncatingIfNeeded: newValue) }
  }
  /// Tags and tag directives: the handle (`!`, `!!`, `!name!`); empty for verbatim tags.
  var handleStart: Int {
    get { Int(handleStart32) }
    set { handleStart32 = UInt32(truncatingIfNeeded: newValue) }
  }
  var handleEnd: Int {
    get { Int(handleEnd32) }
    set { handleEnd32 = UInt32(truncatingIfNeeded: newValue) }
  }
  var style: Node.Style = .plain
  /// Scalars: the value is a slice of the source rather than of the decoded buffer.
  var inSource: Bool = true
  /// Keys and values: written as `?` / `:` by the author rather than implied by a simple key.
  var explicit: Bool = false
  /// Tags: verbatim `!<…>` form.
  var verbatim: Bool = false
  /// Virtual tokens that come right before this one, found once a `:` confirms a simple key:
  /// flags rather than queue insertions, so confirming a key moves no memory.
  var virtualPrefix: UInt8 = 0

  static let prefixMappingStart: UInt8 = 1
  static let prefixKey: UInt8 = 2

  init(_ kind: Kind, _ start: Int, _ end: Int) {
    self.kind = kind
    start32 = UInt32(truncatingIfNeeded: start)
    end32 = UInt32(truncatingIfNeeded: end)
  }
}
