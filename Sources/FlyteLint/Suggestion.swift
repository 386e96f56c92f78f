/// "Did you mean" suggestions: the closest candidate by edit distance (case-insensitive,
/// `_`/`-`/space treated alike), if it is close enough to be a likely typo.
public enum Suggestion {
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let target = normalized(word)
    let limit = max(1, min(3, target.count / 3))
    var best: (String, Int)?
    for candidate in candidates {
      // The distance is at least the length difference: skip hopeless candidates before
      // normalizing them (normalizing keeps the byte count), so a huge key costs nothing.
      guard abs(candidate.utf8.count - target.count) <= limit else { continue }
      let other = normalized(candidate)
      let distance = editDistance(target, other, limit: limit)
      // Ties go to the alphabetically first candidate, so hints never depend on hash order.
      if let current = best, distance > current.1 || (distance == current.1 && candidate >= current.0) { continue }
      best = (candidate, distance)
    }
    guard let (candidate, distance) = best else { return nil }
    return distance <= limit ? candidate : nil
  }

  /// ASCII letters folded to lower case, `-` and space read as `_`; other bytes kept (so the
  /// byte count never changes, which the length test above relies on).
  private static func normalized(_ s: String) -> [UInt8] {
    s.utf8.map { b in
      switch b {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return b | 0x20
      case UInt8(ascii: "-"), UInt8(ascii: " "): return UInt8(ascii: "_")
      default: return b
      }
    }
  }

  /// Optimal-string-alignment distance (insert, delete, substitute, swap neighbours). Three
  /// rows in one buffer: this runs for every unknown key against every close candidate.
  /// Past `limit` the exact value does not matter: the search stops as soon as every cell of a
  /// row exceeds it (rows never decrease) and answers `limit + 1`.
  static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int = .max) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    var rows = [Int](repeating: 0, count: 3 * width)
    return rows.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var previous2 = base
      var previous = base + width
      var current = base + 2 * width
      for j in 0..<width { previous[j] = j }
      for i in 1...a.count {
        current[0] = i
        let ai = a[i - 1]
        for j in 1...b.count {
          let cost = ai == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1] {
            value = min(value, previous2[j - 2] + 1)
          }
          current[j] = value
        }
        // A swap reads two rows back, so both rows must be past the limit to stop.
        var rowMinimum = min(current[0], previous[0])
        for j in 1..<width { rowMinimum = min(rowMinimum, current[j], previous[j]) }
        if rowMinimum > limit { return limit + 1 }
        (previous2, previous, current) = (previous, current, previous2)
      }
      return previous[b.count]
    }
  }
}
