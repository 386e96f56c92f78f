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
    /// The edit that removes this code (or the whole comment when it is the only one).
    public var removal = TextEdit(range: .empty(at: 0), newText: "")
  }

  public var scope: Scope
  public var codes: [Code]
  public var justification: String?
  /// The whole comment.
  public var comment: ByteRange
  /// Bytes of the line a line-scoped suppression covers (line break excluded).
  public var covered: ByteRange?

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
      // `FL101,FL203` and `FL101, FL203` alike.
      let afterCode = i
      skipSpaces()
      guard i < end, bytes[i] == .init(ascii: ",") else {
        i = afterCode
        break
      }
      i += 1
      skipSpaces()
    }
    skipSpaces()
    var justification: String?
    if take("--") {
      skipSpaces()
      let text = String(decoding: bytes[i..<end], as: UTF8.self)
      justification = text.isEmpty ? nil : text
    }
    var suppression = Suppression(scope: scope, codes: codes, justification: justification, comment: comment)
    if case .line(let l) = scope { suppression.covered = file.lineIndex.lineRange(l) }
    for j in suppression.codes.indices { suppression.codes[j].removal = suppression.removal(of: j, source: bytes) }
    return suppression
  }

  /// The edit that drops code `j`: the whole comment (and the blanks before it) when it is
  /// the only code — its whole line when it stands alone there, so no blank line is left —
  /// else the code and one neighbouring comma.
  func removal(of j: Int, source: [UInt8]) -> TextEdit {
    if codes.count == 1 {
      var start = comment.lowerBound
      while start > 0 && (source[start - 1] == UInt8(ascii: " ") || source[start - 1] == UInt8(ascii: "\t")) { start -= 1 }
      var end = comment.upperBound
      if start == 0 || source[start - 1] == UInt8(ascii: "\n") || source[start - 1] == UInt8(ascii: "\r") {
        if end < source.count && source[end] == UInt8(ascii: "\r") { end += 1 }
        if end < source.count && source[end] == UInt8(ascii: "\n") { end += 1 }
      }
      return TextEdit(range: ByteRange(start, end), newText: "")
    }
    let code = codes[j].range
    if j + 1 < codes.count {
      return TextEdit(range: ByteRange(code.lowerBound, codes[j + 1].range.lowerBound), newText: "")
    }
    return TextEdit(range: ByteRange(codes[j - 1].range.upperBound, code.upperBound), newText: "")
  }

  /// Whether a finding starting at `offset` is on a line this suppression covers.
  func covers(offset: UInt32) -> Bool {
    guard let covered else { return true }
    return covered.contains(Int(offset)) || offset == covered.end
  }

}

/// The suppression comments of one file and which of their codes silenced something. Findings
/// added after linting (run-wide checks) go through the same state, and FL901 is decided only
/// once everything is in.
public struct SuppressionState: Sendable {
  public var suppressions: [Suppression] = []
  private var used = Set<[Int]>()

  public init(_ suppressions: [Suppression]) { self.suppressions = suppressions }

  /// Splits findings into those kept and those silenced (with their justification).
  public mutating func apply(_ findings: [Finding]) -> (kept: [Finding], suppressed: [SuppressedFinding]) {
    guard !suppressions.isEmpty else { return (findings, []) }
    var kept: [Finding] = []
    var suppressed: [SuppressedFinding] = []
    for finding in findings {
      var match: (Int, Int)?
      for (i, suppression) in suppressions.enumerated() where suppression.covers(offset: finding.range.start) {
        if let j = suppression.codes.firstIndex(where: { $0.code == finding.code }) {
          match = (i, j)
          break
        }
      }
      if let (i, j) = match {
        used.insert([i, j])
        suppressed.append(SuppressedFinding(finding: finding, justification: suppressions[i].justification))
      } else {
        kept.append(finding)
      }
    }
    return (kept, suppressed)
  }

  /// FL902: codes naming no rule.
  public func invalidCodes() -> [Finding] {
    let d = InvalidSuppressionRule.description
    let names = RuleRegistry.all.flatMap { [$0.description.code, $0.description.name] }
    return suppressions.flatMap(\.codes).filter { $0.code == nil }.map { code in
      let hint = Suggestion.closest(to: code.text, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
      return Finding(code: d.code, name: d.name, severity: d.severity,
        message: "unknown rule \"\(code.text)\" in a suppression comment\(hint)", range: code.range)
    }
  }

  /// FL901: codes of rules that ran and silenced nothing.
  public func unusedCodes(enabled: Set<String>) -> [Finding] {
    let d = UnusedSuppressionRule.description
    var result: [Finding] = []
    for (i, suppression) in suppressions.enumerated() {
      for (j, code) in suppression.codes.enumerated() {
        guard let resolved = code.code, enabled.contains(resolved), !used.contains([i, j]) else { continue }
        result.append(
          Finding(code: d.code, name: d.name, severity: d.severity,
            message: "suppression of \"\(code.text)\" is unused: nothing here triggers it", range: code.range,
            fix: Fix(.safe, "remove the unused suppression", edits: [code.removal])))
      }
    }
    return result
  }
}
