/// What `--diff` prints: a unified diff (`diff -u`, `git diff` style) that `git apply` and
/// `patch -p1` accept.
public enum UnifiedDiff {
  /// The diff from `old` to `new` for `path`, with `context` lines around each change; empty
  /// when the texts are equal.
  public static func render(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
    guard old != new else { return "" }
    let a = lines(old)
    let b = lines(new)
    let steps = LineDiff.steps(a, b)
    var out = "--- a/\(path)\n+++ b/\(path)\n"
    for hunk in hunks(steps, context: context) {
      out += header(steps, hunk)
      for step in steps[hunk] {
        switch step {
        case .same(let i, _): out += line(" ", a, i)
        case .delete(let i): out += line("-", a, i)
        case .insert(let j): out += line("+", b, j)
        }
      }
    }
    return out
  }

  /// Lines with their line breaks (`\n`, so `\r\n` stays whole); the last may lack one.
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      result.append(bytes[start...i])
      start = i + 1
    }
    if start < bytes.count { result.append(bytes[start...]) }
    return result
  }

  private static func line(_ mark: String, _ lines: [ArraySlice<UInt8>], _ i: Int) -> String {
    let text = String(decoding: lines[i], as: UTF8.self)
    return lines[i].last == UInt8(ascii: "\n")
      ? mark + text : mark + text + "\n\\ No newline at end of file\n"
  }

  /// Ranges of steps to print: each change with `context` steps around it, merged when two
  /// changes are close enough for their context to touch.
  private static func hunks(_ steps: [LineDiff.Step], context: Int) -> [Range<Int>] {
    let changes = steps.indices.filter {
      if case .same = steps[$0] { return false } else { return true }
    }
    var result: [Range<Int>] = []
    for change in changes {
      let start = max(0, change - context)
      let end = min(steps.count, change + context + 1)
      if let last = result.last, start <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<end
      } else {
        result.append(start..<end)
      }
    }
    return result
  }

  /// `@@ -12,7 +12,6 @@`: 1-based first lines and counts (`,1` left out; an empty side names
  /// the line before it, as `diff -u` does).
  private static func header(_ steps: [LineDiff.Step], _ hunk: Range<Int>) -> String {
    var oldBefore = 0
    var newBefore = 0
    for step in steps[..<hunk.lowerBound] {
      if case .insert = step {} else { oldBefore += 1 }
      if case .delete = step {} else { newBefore += 1 }
    }
    var oldCount = 0
    var newCount = 0
    for step in steps[hunk] {
      if case .insert = step {} else { oldCount += 1 }
      if case .delete = step {} else { newCount += 1 }
    }
    func side(_ before: Int, _ count: Int) -> String {
      count == 0 ? "\(before),0" : count == 1 ? "\(before + 1)" : "\(before + 1),\(count)"
    }
    return "@@ -\(side(oldBefore, oldCount)) +\(side(newBefore, newCount)) @@\n"
  }
}
