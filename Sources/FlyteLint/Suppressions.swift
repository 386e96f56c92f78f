import FlyteManifest
import FlyteSyntax

/// A `# flyte-lint: disable…` comment (SPEC §7).
public struct Suppression: Sendable {
  public enum Scope: Sendable, Equatable {
    /// The comment's own line (`disable=`) or the next one (`disable-next-line=`), 0-based.
    case line(Int)
    case file
  }

  public struct Code: Sendable {
    /// As written (a code or a rule name).
    public var text: String
    public var range: ByteRange
    /// The rule's code, nil when it names no rule.
    public var code: String?
  }

  public var scope: Scope
  public var codes: [Code]
  public var justification: String?
  /// The whole comment.
  public var comment: ByteRange

  /// Parses every suppression comment of a YAML file.
  public static func all(in file: ManifestFile) -> [Suppression] {
    file.tree.comments.compactMap { parse($0, file: file) }
  }

  static func parse(_ comment: ByteRange, file: ManifestFile) -> Suppression? {
    let bytes = file.tree.source
    var i = comment.lowerBound + 1
    let end = comment.upperBound
    func skipSpaces() { while i < end && (bytes[i] == .init(ascii: " ") || bytes[i] == .init(ascii: "\t")) { i += 1 } }
    func take(_ word: String) -> Bool {
      let w = Array(word.utf8)
      guard i + w.count <= end, Array(bytes[i..<i + w.count]) == w else { return false }
      i += w.count
      return true
    }
    skipSpaces()
    guard take("flyte-lint:") else { return nil }
    skipSpaces()
    let line = file.lineIndex.lineNumber(at: comment.lowerBound)
    let scope: Scope
    if take("disable-next-line=") {
      scope = .line(line + 1)
    } else if take("disable-file=") {
      scope = .file
    } else if take("disable=") {
      scope = .line(line)
    } else {
      return nil
    }
    var codes: [Code] = []
    while i < end {
      let start = i
      while i < end && bytes[i] != .init(ascii: ",") && bytes[i] != .init(ascii: " ") && bytes[i] != .init(ascii: "\t") { i += 1 }
      if i > start {
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        codes.append(Code(text: text, range: ByteRange(start, i), code: RuleRegistry.rule(named: text)?.description.code))
      }
      guard i < end, bytes[i] == .init(ascii: ",") else { break }
      i += 1
    }
    skipSpaces()
    var justification: String?
    if take("--") {
      skipSpaces()
      let text = String(decoding: bytes[i..<end], as: UTF8.self)
      justification = text.isEmpty ? nil : text
    }
    return Suppression(scope: scope, codes: codes, justification: justification, comment: comment)
  }

  func covers(line: Int) -> Bool {
    switch scope {
    case .file: return true
    case .line(let l): return l == line
    }
  }
}
