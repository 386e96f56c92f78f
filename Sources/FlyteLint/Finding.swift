import FlyteSyntax

public enum Severity: String, Sendable, Comparable, CaseIterable {
  case error, warning, info

  private var rank: Int {
    switch self {
    case .error: return 0
    case .warning: return 1
    case .info: return 2
    }
  }
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Another place that explains a finding (the first of two duplicate keys, a default's key…).
public struct RelatedLocation: Sendable, Equatable {
  /// nil means the finding's own file.
  public var path: String?
  public var range: ByteRange
  public var message: String
  /// Line/column of `range` in the other file (set when `path` names another file).
  public var start: SourcePosition?
  public var end: SourcePosition?

  public init(path: String? = nil, range: ByteRange, message: String, start: SourcePosition? = nil, end: SourcePosition? = nil) {
    self.path = path
    self.range = range
    self.message = message
    self.start = start
    self.end = end
  }
}

/// A text replacement: `range` of the original bytes becomes `newText`.
public struct TextEdit: Sendable, Hashable {
  public var range: ByteRange
  public var newText: String

  public init(range: ByteRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

public struct Fix: Sendable, Equatable {
  public enum Applicability: String, Sendable { case safe, unsafe }
  public var applicability: Applicability
  public var message: String
  public var edits: [TextEdit]

  public init(_ applicability: Applicability, _ message: String, edits: [TextEdit]) {
    self.applicability = applicability
    self.message = message
    self.edits = edits
  }
}

/// One problem found by a rule, at a byte range of its file.
public struct Finding: Sendable, Equatable {
  public var code: String
  public var name: String
  public var severity: Severity
  public var message: String
  /// flytekit's own text for the same problem, when it raises one.
  public var note: String?
  public var help: String?
  public var range: ByteRange
  public var related: [RelatedLocation]
  public var fix: Fix?

  public init(
    code: String, name: String, severity: Severity, message: String, note: String? = nil,
    help: String? = nil, range: ByteRange, related: [RelatedLocation] = [], fix: Fix? = nil
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.message = message
    self.note = note
    self.help = help
    self.range = range
    self.related = related
    self.fix = fix
  }
}
