import FlyteLint
import FlyteSyntax

extension FuzzHarness {
  /// Manifest building and every rule, as a `.yaml` and as a `.json` file: findings lie
  /// within the input, are sorted by position then code, and so do their fixes' edits and
  /// related locations; the run-wide step (`RunChecks.finish`) keeps them within the input.
  public static func lint(_ input: [UInt8]) -> String? {
    let linter = Linter(rules: RuleRegistry.all)
    for path in ["fuzz.yaml", "fuzz.json"] {
      for mustBeManifest in [false, true] {
        guard
          case .checked(let report) = FileChecker.check(
            path: path, bytes: input, linter: linter, mustBeManifest: mustBeManifest)
        else { continue }
        if let problem = findingsProblem(report.findings, input, path) { return problem }
        var run = [report]
        RunChecks.finish(&run)
        if let problem = findingsProblem(
          run[0].findings, input, path + " (after the run-wide checks)")
        {
          return problem
        }
      }
    }
    return nil
  }

  static func findingsProblem(_ findings: [Finding], _ input: [UInt8], _ path: String) -> String? {
    let n = input.count
    func inside(_ r: ByteRange) -> Bool { r.lowerBound <= r.upperBound && r.upperBound <= n }
    var previous: (UInt32, String)?
    for finding in findings {
      if !inside(finding.range) {
        return "\(path): \(finding.code) range \(finding.range) outside the \(n)-byte input"
      }
      if let related = finding.related.first(where: { $0.path == nil && !inside($0.range) }) {
        return "\(path): \(finding.code) related range \(related.range) outside the input"
      }
      var position = 0
      for edit in finding.fix?.edits ?? [] {
        if !inside(edit.range) || edit.range.lowerBound < position {
          return "\(path): \(finding.code) fix edit \(edit.range) outside the input or out of order"
        }
        position = edit.range.upperBound
      }
      let key = (finding.range.start, finding.code)
      if let previous, key < previous {
        return "\(path): findings not sorted (\(finding.code) at \(finding.range))"
      }
      previous = key
    }
    return nil
  }

  /// The fixer on the input as one file (`.yaml`, and `.json` when it starts with `{`), safe
  /// fixes and then unsafe ones too: it settles, refuses only files with syntax errors, its
  /// result parses without errors, and fixing the result again changes nothing.
  public static func fix(_ input: [UInt8]) -> String? {
    var paths = ["fuzz.yaml"]
    if input.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 })
      == UInt8(ascii: "{")
    {
      paths.append("fuzz.json")
    }
    for path in paths {
      for unsafe in [false, true] {
        let outcome = fixing(input, path: path, unsafe: unsafe)
        let mode = unsafe ? "unsafe" : "safe"
        if !outcome.unsettled.isEmpty {
          return "\(path) (\(mode)): still changing after the last pass"
        }
        if let refusal = outcome.refusals.first(where: { $0.refusal != .syntaxError }) {
          return "\(path) (\(mode)): fix refused: \(refusal.refusal)"
        }
        guard let fixed = outcome.fixes.first?.fixed else { continue }
        if let error = SyntaxTree.parse(fixed, path: path).errors.first {
          return "\(path) (\(mode)): the fixed text does not parse: \(error)"
        }
        let again = fixing(fixed, path: path, unsafe: unsafe)
        if !again.fixes.isEmpty || !again.unsettled.isEmpty || !again.refusals.isEmpty {
          return "\(path) (\(mode)): a second fix pass changes the fixed text"
        }
      }
    }
    return nil
  }

  static func fixing(_ bytes: [UInt8], path: String, unsafe: Bool) -> RunFixOutcome {
    let linter = Linter(rules: RuleRegistry.all)
    guard case .checked(let report) = FileChecker.check(path: path, bytes: bytes, linter: linter)
    else { return RunFixer(includeUnsafe: unsafe).run([]) }
    return RunFixer(includeUnsafe: unsafe).run([RunFixer.Subject(report: report, linter: linter)])
  }
}
