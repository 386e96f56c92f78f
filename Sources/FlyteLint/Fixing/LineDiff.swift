/// The shortest edit script between two line lists (Myers' greedy O((N+M)·D) algorithm). Fixes
/// change few lines of long files, so D stays small and so does the work.
enum LineDiff {
  enum Step: Equatable {
    /// Line `old` of the first list is line `new` of the second.
    case same(old: Int, new: Int)
    case delete(old: Int)
    case insert(new: Int)
  }

  static func steps<Line: Hashable>(_ a: [Line], _ b: [Line]) -> [Step] {
    // Equal lines at both ends are never part of the script: leave them out of the search.
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix
      && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    // Compare small integers, not lines.
    var ids: [Line: Int] = [:]
    func id(_ line: Line) -> Int {
      if let known = ids[line] { return known }
      ids[line] = ids.count
      return ids.count - 1
    }
    var middleA: [Int] = []
    for line in a[prefix..<(a.count - suffix)] { middleA.append(id(line)) }
    var middleB: [Int] = []
    for line in b[prefix..<(b.count - suffix)] { middleB.append(id(line)) }
    var result = (0..<prefix).map { Step.same(old: $0, new: $0) }
    for step in myers(middleA, middleB) {
      switch step {
      case .same(let old, let new): result.append(.same(old: old + prefix, new: new + prefix))
      case .delete(let old): result.append(.delete(old: old + prefix))
      case .insert(let new): result.append(.insert(new: new + prefix))
      }
    }
    for i in 0..<suffix {
      result.append(.same(old: a.count - suffix + i, new: b.count - suffix + i))
    }
    return result
  }

  private static func myers(_ a: [Int], _ b: [Int]) -> [Step] {
    let n = a.count
    let m = b.count
    let offset = n + m + 1
    var v = [Int](repeating: 0, count: 2 * offset + 1)
    // trace[d] holds v[-d...d] as it was before round d: enough to walk back.
    var trace: [[Int]] = []
    for d in 0...(n + m) {
      trace.append(Array(v[(offset - d)...(offset + d)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m { return backtrack(trace, n: n, m: m) }
      }
    }
    return []  // not reached: round n + m always ends the search
  }

  private static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [Step] {
    var steps: [Step] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, to: 0, by: -1) {
      let before = trace[d]
      func at(_ k: Int) -> Int { before[k + d] }
      let k = x - y
      let previousK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
      let previousX = at(previousK)
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        x -= 1
        y -= 1
        steps.append(.same(old: x, new: y))
      }
      if x == previousX {
        y -= 1
        steps.append(.insert(new: y))
      } else {
        x -= 1
        steps.append(.delete(old: x))
      }
    }
    while x > 0 && y > 0 {
      x -= 1
      y -= 1
      steps.append(.same(old: x, new: y))
    }
    return steps.reversed()
  }
}
