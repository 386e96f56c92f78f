/// A path glob relative to a base folder: `*` (within a segment), `?`, `**` (any number of
/// segments), character-exact otherwise. Paths use `/`.
public struct Glob: Sendable, Equatable {
  public let pattern: String
  private let segments: [[UInt8]]

  public init(_ pattern: String) {
    self.pattern = pattern
    var p = pattern
    while p.hasPrefix("./") { p.removeFirst(2) }
    // A pattern without a slash matches at any depth, as in .gitignore.
    if !p.contains("/") { p = "**/" + p }
    if p.hasSuffix("/") { p += "**" }
    segments = p.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
  }

  /// Whether a relative path (no leading `./`) matches; a folder pattern matches all below it.
  public func matches(_ relativePath: String) -> Bool {
    let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    let reachable = matchedPrefixes(parts)
    if reachable[parts.count] { return true }
    // `vendor` matches `vendor/x/y.yaml` too (everything below a matched folder).
    guard segments.last != Glob.doubleStar, parts.count > 1 else { return false }
    return (1..<parts.count).contains { reachable[$0] }
  }

  private static let doubleStar = Array("**".utf8)

  /// `result[j]`: the whole pattern matches the first `j` path segments. Dynamic programming
  /// over (pattern segment, path segment): linear in each, whatever the `**` count.
  private func matchedPrefixes(_ parts: [[UInt8]]) -> [Bool] {
    var reachable = [Bool](repeating: false, count: parts.count + 1)
    reachable[0] = true
    for segment in segments {
      var next = [Bool](repeating: false, count: parts.count + 1)
      if segment == Glob.doubleStar {
        var any = false
        for j in 0...parts.count {
          any = any || reachable[j]
          next[j] = any
        }
      } else {
        for j in 0..<parts.count where reachable[j] && Glob.matchSegment(segment, parts[j]) { next[j + 1] = true }
      }
      reachable = next
    }
    return reachable
  }

  /// `*` and `?` within one segment (classic two-pointer wildcard match, no recursion).
  static func matchSegment(_ p: [UInt8], _ s: [UInt8]) -> Bool {
    var i = 0, j = 0, star = -1, mark = 0
    while j < s.count {
      if i < p.count && (p[i] == UInt8(ascii: "?") || p[i] == s[j]) {
        i += 1
        j += 1
      } else if i < p.count && p[i] == UInt8(ascii: "*") {
        star = i
        mark = j
        i += 1
      } else if star >= 0 {
        i = star + 1
        mark += 1
        j = mark
      } else {
        return false
      }
    }
    while i < p.count && p[i] == UInt8(ascii: "*") { i += 1 }
    return i == p.count
  }
}
