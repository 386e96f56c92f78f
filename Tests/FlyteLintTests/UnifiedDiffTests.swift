import FlyteLint
import Testing

@Suite struct UnifiedDiffTests {
  func diff(_ old: String, _ new: String, context: Int = 3) -> String {
    UnifiedDiff.render(old: Array(old.utf8), new: Array(new.utf8), path: "t.yaml", context: context)
  }

  @Test func equalTextsGiveNothing() {
    #expect(diff("a\nb\n", "a\nb\n") == "")
  }

  @Test func oneChangedLineWithContext() {
    let old = (1...9).map { "l\($0)\n" }.joined()
    let new = old.swapping("l5\n", "five\n")
    #expect(
      diff(old, new)
        == "--- a/t.yaml\n+++ b/t.yaml\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+five\n l6\n l7\n l8\n"
    )
  }

  @Test func distantChangesMakeTwoHunksAndCloseOnesOne() {
    let old = (1...20).map { "l\($0)\n" }.joined()
    let two = old.swapping("l2\n", "x\n").swapping("l18\n", "y\n")
    #expect(diff(old, two).components("@@ -").count == 3)
    let one = old.swapping("l2\n", "x\n").swapping("l8\n", "y\n")
    #expect(diff(old, one).components("@@ -").count == 2)
  }

  @Test func removedAndAddedLinesCountRight() {
    #expect(
      diff("a\nb\nc\n", "a\nc\n") == "--- a/t.yaml\n+++ b/t.yaml\n@@ -1,3 +1,2 @@\n a\n-b\n c\n")
    #expect(diff("", "a\n") == "--- a/t.yaml\n+++ b/t.yaml\n@@ -0,0 +1 @@\n+a\n")
    #expect(diff("a\n", "") == "--- a/t.yaml\n+++ b/t.yaml\n@@ -1 +0,0 @@\n-a\n")
  }

  @Test func aMissingFinalNewlineIsMarked() {
    #expect(
      diff("a\nb", "a\nc")
        == "--- a/t.yaml\n+++ b/t.yaml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
    )
  }

  /// Applying the diff to the old text gives the new one, over 200 varied edits (choices come
  /// from a fixed hash of the case number, so every run tests the same cases).
  @Test func theDiffRebuildsTheNewText() {
    for n in 0..<200 {
      var draw = 0
      func pick(_ bound: Int) -> Int {
        draw += 1
        return bound <= 0
          ? 0
          : Int(truncatingIfNeeded: (UInt64(n * 64 + draw) &* 0x9E37_79B9_7F4A_7C15) >> 33) % bound
      }
      let old = (0..<pick(30)).map { _ in "l\(pick(6))\n" }
      var new = old
      for _ in 0..<pick(5) {
        let at = pick(new.count)
        switch pick(3) {
        case 0: new.insert("n\(pick(6))\n", at: at)
        case 1: if !new.isEmpty { new.remove(at: at) }
        default: if !new.isEmpty { new[at] = "c\(pick(6))\n" }
        }
      }
      let patch = diff(old.joined(), new.joined(), context: pick(4))
      #expect(apply(patch, to: old) == new, "\(old) → \(new)\n\(patch)")
    }
  }

  /// A small patch applier for the test: hunks in order, context and removals checked.
  func apply(_ patch: String, to old: [String]) -> [String]? {
    if patch.isEmpty { return old }
    var result: [String] = []
    var position = 0
    let lines = patch.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
      .dropLast()
    for line in lines {
      if line.hasPrefix("@@ -") {
        let start = Int(line.dropFirst(4).prefix { $0.isNumber }) ?? 0
        let count = line.dropFirst(4).drop { $0.isNumber }.hasPrefix(",0") ? 0 : 1
        let first = count == 0 ? start : start - 1
        guard first >= position else { return nil }
        result += old[position..<first]
        position = first
      } else if line.hasPrefix("+") {
        result.append(line.dropFirst() + "\n")
      } else {
        guard position < old.count, old[position] == line.dropFirst() + "\n" else { return nil }
        if line.hasPrefix(" ") { result.append(old[position]) }
        position += 1
      }
    }
    return result + old[position...]
  }
}

extension String {
  fileprivate func swapping(_ a: String, _ b: String) -> String {
    components(a).joined(separator: b)
  }

  fileprivate func components(_ separator: String) -> [Substring] {
    var parts: [Substring] = []
    var rest = self[...]
    while let range = rest.range(of: separator) {
      parts.append(rest[..<range.lowerBound])
      rest = rest[range.upperBound...]
    }
    return parts + [rest]
  }
}
