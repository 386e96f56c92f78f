import FlyteSyntax

/// How a position's `character` counts (LSP 3.17 `positionEncoding`): UTF-16 code units by
/// default, UTF-8 bytes when client and server agree on it.
public enum PositionEncoding: String, Sendable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"

  /// The server's pick from the client's list, in the client's order of preference; UTF-16
  /// when the client names none we read (the protocol's default).
  public static func negotiate(_ offered: [String]?) -> PositionEncoding {
    for name in offered ?? [] {
      if let encoding = PositionEncoding(rawValue: name) { return encoding }
    }
    return .utf16
  }
}

/// A 0-based line and a character offset in some `PositionEncoding`.
public struct LSPPosition: Hashable, Sendable {
  public var line: Int
  public var character: Int
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }
}

public struct LSPRange: Hashable, Sendable {
  public var start: LSPPosition
  public var end: LSPPosition
  public init(start: LSPPosition, end: LSPPosition) {
    self.start = start
    self.end = end
  }
}

extension LineIndex {
  /// The LSP position of a byte offset.
  public func lspPosition(at offset: Int, _ encoding: PositionEncoding) -> LSPPosition {
    switch encoding {
    case .utf8:
      let p = utf8Position(at: offset)
      return LSPPosition(line: p.line, character: p.utf8Column)
    case .utf16:
      let p = utf16Position(at: offset)
      return LSPPosition(line: p.line, character: p.utf16Column)
    case .utf32:
      let p = position(at: offset)
      return LSPPosition(line: p.line - 1, character: p.column - 1)
    }
  }

  public func lspRange(_ range: ByteRange, _ encoding: PositionEncoding) -> LSPRange {
    LSPRange(start: lspPosition(at: range.lowerBound, encoding), end: lspPosition(at: range.upperBound, encoding))
  }

  /// The byte offset of an LSP position; a character past the line's end means the line's end
  /// (as the protocol says), a line past the last means the end of the text.
  public func offset(of position: LSPPosition, _ encoding: PositionEncoding) -> Int {
    switch encoding {
    case .utf8: return offset(line: position.line, utf8Column: position.character)
    case .utf16: return offset(line: position.line, utf16Column: position.character)
    case .utf32: return offset(line: position.line, scalarColumn: position.character)
    }
  }
}
