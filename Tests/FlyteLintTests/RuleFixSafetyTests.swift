import FlyteLint
import Foundation
import Testing

/// A rule's declared fix safety is what its findings carry, its docs say what the fix does,
/// and docs/fixes.md lists it.
@Suite struct RuleFixSafetyTests {
  static var rules: [String] { RuleRegistry.all.map { $0.description.code } }

  @Test(arguments: rules)
  func declaredSafetyMatchesTheFixes(_ code: String) throws {
    let d = try #require(RuleRegistry.rule(named: code)).description
    var kinds = Set<Fix.Applicability>()
    var fixed = 0
    for example in d.bad {
      let text = MarkedExample(example).text
      let found = findings(of: try #require(RuleRegistry.rule(named: code)), in: text)
      kinds.formUnion(found.compactMap { $0.fix?.applicability })
      if fixedText(text, unsafe: true) != text { fixed += 1 }
    }
    switch d.fix {
    case nil:
      #expect(kinds.isEmpty, "\(code) declares no fix but offers \(kinds)")
      #expect(d.fixSummary == nil)
    case .safe?:
      #expect(kinds == [.safe], "\(code) declares safe fixes; its bad examples offer \(kinds)")
    case .unsafe?:
      #expect(kinds == [.unsafe], "\(code) declares unsafe fixes; its bad examples offer \(kinds)")
    case .mixed?:
      #expect(
        kinds == [.safe, .unsafe], "\(code) declares mixed fixes; its bad examples offer \(kinds)")
    }
    if d.fix != nil {
      #expect(d.fixSummary != nil, "\(code) should say what its fix does")
      #expect(fixed > 0, "\(code): no bad example is changed by --fix --unsafe-fixes")
    }
  }

  /// SPEC §5/§8 and issue 4 name these as fixable, with this safety.
  @Test func theRequiredRulesAreFixable() throws {
    let required: [String: RuleDescription.FixSafety] = [
      "FL106": .safe, "FL111": .safe, "FL302": .safe, "FL303": .safe, "FL305": .safe,
      "FL901": .safe,
      "FL007": .mixed, "FL105": .unsafe,
    ]
    for (code, safety) in required {
      #expect(try #require(RuleRegistry.rule(named: code)).description.fix == safety, "\(code)")
    }
  }

  @Test func docsListEveryFixableRule() throws {
    let docs = try String(
      contentsOf: FixtureGoldenTests.root.appendingPathComponent("docs/fixes.md"), encoding: .utf8)
    for rule in RuleRegistry.all where rule.description.fix != nil {
      let d = rule.description
      #expect(
        docs.contains("| \(d.code) | \(d.name) | \(d.fix?.rawValue ?? "") |"),
        "docs/fixes.md lacks the row of \(d.code)")
    }
  }
}
