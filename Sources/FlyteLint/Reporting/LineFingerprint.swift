import FlyteSyntax

/// SARIF's `partialFingerprints.primaryLocationLineHash` for the findings of one file. Code
/// scanning matches alerts across commits by it, so it must not change when lines are added
/// above a finding: it hashes the rule and the text of the finding's line (whitespace removed,
/// so re-indenting or CRLF endings do not matter either), never the line number. The same rule
/// on lines with the same text is told apart by an occurrence count, in file order: `hash:n`.
struct LineFingerprint {
  private var seen: [UInt64: Int] = [:]

  /// The next fingerprint; call in file order.
  mutating func next(_ finding: Finding, in file: FileReport) -> String {
    var hash = Self.fnv1a(Array(finding.code.utf8) + [0])
    if let source = file.source, let index = file.lineIndex {
      let line = index.lineRange(index.lineNumber(at: Int(finding.range.start)))
      hash = Self.fnv1a(
        source[line.lowerBound..<line.upperBound].lazy.filter { !Self.isSpace($0) }, from: hash)
    }
    seen[hash, default: 0] += 1
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex + ":\(seen[hash, default: 1])"
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  /// 64-bit FNV-1a: small, stable across platforms and releases (unlike `Hasher`, which is
  /// seeded per process), and spread well enough for telling lines apart.
  static func fnv1a<S: Sequence>(_ bytes: S, from start: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64
  where S.Element == UInt8 {
    var hash = start
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
