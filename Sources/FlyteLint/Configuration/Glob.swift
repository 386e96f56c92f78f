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
    return match(0, parts, 0) || (segments.last.map { $0 != Array("**".utf8) } ?? false
      && matchPrefix(parts))
  }

  /// `vendor` matches `vendor/x/y.yaml` too (everything below a matched folder).
  private func matchPrefix(_ parts: [[UInt8]]) -> Bool {
    guard parts.count > 1 else { return false }
    for cut in 1..<parts.count where match(0, Array(parts[..<cut]), 0) { return true }
    return false
  }

  private func match(_ si: Int, _ parts: [[UInt8]], _ pi: Int) -> Bool {
    // Iterative over segments; `**` tries every split (bounded by path depth).
    if si == segments.count { return pi == parts.count }
    if segments[si] == Array("**".utf8) {
      var k = pi
      while k <= parts.count {
        if match(si + 1, parts, k) { return true }
        k += 1
      }
      return false
    }
    guard pi < parts.count, Glob.matchSegment(segments[si], parts[pi]) else { return false }
    return match(si + 1, parts, pi + 1)
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
