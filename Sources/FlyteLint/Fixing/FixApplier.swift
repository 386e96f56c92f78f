import FlyteSyntax

/// One pass of fixing: applies fixes to a file's bytes, each fix whole or not at all.
public enum FixApplier {
  /// What one pass did.
  public struct Pass: Sendable, Equatable {
    /// The file after the pass.
    public var bytes: [UInt8]
    /// The edits applied, in the coordinates of the pass's input, sorted by position.
    public var edits: [TextEdit]
    /// How many fixes were applied.
    public var applied: Int
    /// Fixes left out because they touch bytes an earlier fix of this pass changed. The file
    /// is linted again after the pass, so the finding (if it still stands) offers its fix anew.
    public var deferred: Int
  }

  /// Applies `fixes` in order, skipping any fix with an edit that overlaps an edit already
  /// taken (or starts at the same place, where the order of the two would be a guess).
  public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> Pass {
    var taken: [TextEdit] = []
    var applied = 0
    var deferred = 0
    for fix in fixes {
      let edits = fix.edits.sorted(by: Self.precedes)
      guard isWellFormed(edits, count: bytes.count) else {
        // A rule bug, never the input's fault: leave the fix out rather than guess.
        deferred += 1
        continue
      }
      if edits.contains(where: { edit in taken.contains { conflicts($0.range, edit.range) } }) {
        deferred += 1
        continue
      }
      taken += edits
      applied += 1
    }
    taken.sort(by: Self.precedes)
    return Pass(
      bytes: splice(taken, into: bytes), edits: taken, applied: applied, deferred: deferred)
  }

  /// The bytes with sorted, non-overlapping `edits` applied.
  public static func splice(_ edits: [TextEdit], into bytes: [UInt8]) -> [UInt8] {
    guard !edits.isEmpty else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.newText.utf8.count })
    var position = 0
    for edit in edits {
      out += bytes[position..<edit.range.lowerBound]
      out += edit.newText.utf8
      position = edit.range.upperBound
    }
    out += bytes[position...]
    return out
  }

  static func precedes(_ a: TextEdit, _ b: TextEdit) -> Bool {
    (a.range.start, a.range.end) < (b.range.start, b.range.end)
  }

  /// Two edits conflict when their ranges share a byte or start at the same offset (two
  /// insertions there, or an insertion before a replacement, have no single right order).
  static func conflicts(_ a: ByteRange, _ b: ByteRange) -> Bool {
    a.start == b.start || (a.start < b.end && b.start < a.end)
  }

  /// Inside the file, and not overlapping each other.
  private static func isWellFormed(_ sorted: [TextEdit], count: Int) -> Bool {
    guard sorted.allSatisfy({ $0.range.upperBound <= count }) else { return false }
    return zip(sorted, sorted.dropFirst()).allSatisfy { !conflicts($0.range, $1.range) }
  }
}
