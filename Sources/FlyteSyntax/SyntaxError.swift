/// A problem found while reading YAML or JSON. Parsers never throw: they return these as values
/// next to the (partial) tree.
public struct SyntaxError: Hashable, Sendable, CustomStringConvertible {
  public var code: Code
  public var message: String
  public var range: ByteRange

  public init(_ code: Code, _ message: String, _ range: ByteRange) {
    self.code = code
    self.message = message
    self.range = range
  }

  public var description: String { "\(range): \(message) [\(code.rawValue)]" }

  /// Stable identifiers: tools and tests match on these, never on message text.
  public enum Code: String, Sendable, CaseIterable {
    case invalidUTF8 = "invalid-utf8"
    case nulByte = "nul-byte"
    case fileTooLarge = "file-too-large"
    case tooDeep = "too-deep"
    case aliasExpansion = "alias-expansion"
    case unexpectedCharacter = "unexpected-character"
    case unexpectedToken = "unexpected-token"
    case unexpectedEnd = "unexpected-end"
    case unterminatedString = "unterminated-string"
    case invalidEscape = "invalid-escape"
    case invalidIndentation = "invalid-indentation"
    case tabIndentation = "tab-indentation"
    case invalidDirective = "invalid-directive"
    case invalidTag = "invalid-tag"
    case invalidAnchor = "invalid-anchor"
    case undefinedAlias = "undefined-alias"
    case invalidKey = "invalid-key"
    case invalidBlockScalar = "invalid-block-scalar"
    case invalidNumber = "invalid-number"
    case invalidComment = "invalid-comment"
    case trailingContent = "trailing-content"
    case controlCharacter = "control-character"
  }
}
