/// "Did you mean" suggestions: the closest candidate by edit distance (case-insensitive,
/// `_`/`-`/space treated alike), if it is close enough to be a likely typo.
public enum Suggestion {
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let target = normalized(word)
    let limit = max(1, min(3, target.count / 3))
    var best: (String, Int)?
    for candidate in candidates {
      let other = normalized(candidate)
      // The distance is at least the length difference: skip hopeless candidates cheaply, so
      // a huge key costs nothing.
      guard abs(other.count - target.count) <= limit else { continue }
      let distance = editDistance(target, other)
      // Ties go to the alphabetically first candidate, so hints never depend on hash order.
      if let current = best, distance > current.1 || (distance == current.1 && candidate >= current.0) { continue }
      best = (candidate, distance)
    }
    guard let (candidate, distance) = best else { return nil }
    return distance <= limit ? candidate : nil
  }

  private static func normalized(_ s: String) -> [UInt8] {
    s.lowercased().utf8.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") ? UInt8(ascii: "_") : $0 }
  }

  /// Optimal-string-alignment distance (insert, delete, substitute, swap neighbours).
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
