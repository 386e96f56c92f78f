import FlyteLint
import FlyteSyntax
import Testing

/// Fixes one run of in-memory files as `check --fix` does (every rule on, opt-in ones too).
func fixing(
  _ files: [(path: String, text: String)], unsafe: Bool, rules: [any Rule.Type] = RuleRegistry.all,
  mustBeManifest: Bool = true, permission: @escaping (String) -> FixRefusal? = { _ in nil }
) -> RunFixOutcome {
  let linter = Linter(rules: rules)
  let subjects = files.compactMap { file -> RunFixer.Subject? in
    let outcome = FileChecker.check(
      path: file.path, bytes: Array(file.text.utf8), linter: linter, mustBeManifest: mustBeManifest)
    guard case .checked(let report) = outcome else { return nil }
    return RunFixer.Subject(report: report, linter: linter, mustBeManifest: mustBeManifest)
  }
  return RunFixer(includeUnsafe: unsafe, permission: permission).run(subjects)
}

/// One file's text after fixing (as it was when nothing applied).
func fixedText(
  _ text: String, path: String = "example.yaml", unsafe: Bool,
  rules: [any Rule.Type] = RuleRegistry.all
) -> String {
  let outcome = fixing([(path, text)], unsafe: unsafe, rules: rules)
  return outcome.fixes.first.map { String(decoding: $0.fixed, as: UTF8.self) } ?? text
}

/// The edits of every fix the single-file run of `bytes` offers (what a pass may apply).
func offeredEdits(_ bytes: [UInt8], path: String, unsafe: Bool, mustBeManifest: Bool) -> Set<
  TextEdit
> {
  let outcome = FileChecker.check(
    path: path, bytes: bytes, linter: Linter(rules: RuleRegistry.all),
    mustBeManifest: mustBeManifest)
  guard case .checked(let report) = outcome else { return [] }
  var run = [report]
  RunChecks.finish(&run)
  let fixes = run[0].findings.compactMap(\.fix).filter { unsafe || $0.applicability == .safe }
  return Set(fixes.flatMap(\.edits))
}

/// The fix properties of SPEC §8 for one file fixed in a single-file run:
/// - the result parses;
/// - it is exactly the recorded edits applied pass by pass, each edit one that a finding of
///   that pass's text offered, so no byte outside a fixed range changed;
/// - with safe fixes only, every comment but a removed suppression survives;
/// - fixing the result again changes nothing.
func expectFixProperties(
  _ text: String, path: String, unsafe: Bool, mustBeManifest: Bool = true,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let outcome = fixing([(path, text)], unsafe: unsafe, mustBeManifest: mustBeManifest)
  #expect(
    outcome.unsettled.isEmpty, "\(path): still changing after the last pass",
    sourceLocation: sourceLocation)
  #expect(
    outcome.refusals.allSatisfy { $0.refusal == .syntaxError }, "\(path): \(outcome.refusals)",
    sourceLocation: sourceLocation)
  guard let fix = outcome.fixes.first else { return }
  #expect(
    !SyntaxTree.parse(fix.fixed, path: path).hasErrors, "\(path): the fixed text does not parse",
    sourceLocation: sourceLocation)

  var bytes = fix.original
  for (n, pass) in fix.passes.enumerated() {
    let offered = offeredEdits(bytes, path: path, unsafe: unsafe, mustBeManifest: mustBeManifest)
    var next: [UInt8] = []
    var position = 0
    for edit in pass {
      #expect(
        offered.contains(edit), "\(path) pass \(n + 1): \(edit) was not offered by a finding",
        sourceLocation: sourceLocation)
      #expect(
        edit.range.lowerBound >= position && edit.range.upperBound <= bytes.count,
        sourceLocation: sourceLocation)
      guard edit.range.lowerBound >= position, edit.range.upperBound <= bytes.count else { return }
      next += bytes[position..<edit.range.lowerBound]
      next += edit.newText.utf8
      position = edit.range.upperBound
    }
    next += bytes[position...]
    bytes = next
  }
  #expect(
    bytes == fix.fixed, "\(path): the result is not its edits applied",
    sourceLocation: sourceLocation)

  let kept = comments(fix.fixed, path: path)
  for comment in comments(fix.original, path: path)
  where !unsafe && !comment.hasPrefix("# flyte-lint:") && !comment.hasPrefix("#flyte-lint:") {
    #expect(
      kept.contains(comment), "\(path): comment \"\(comment)\" was lost",
      sourceLocation: sourceLocation)
  }

  let again = fixing(
    [(path, String(decoding: fix.fixed, as: UTF8.self))], unsafe: unsafe,
    mustBeManifest: mustBeManifest)
  #expect(
    again.fixes.isEmpty, "\(path): a second --fix changed \(again.fixes.map(\.path))",
    sourceLocation: sourceLocation)
}

/// Comment texts in source order.
func comments(_ bytes: [UInt8], path: String) -> [String] {
  let tree = SyntaxTree.parse(bytes, path: path)
  return tree.comments.map { tree.text($0) }
}
