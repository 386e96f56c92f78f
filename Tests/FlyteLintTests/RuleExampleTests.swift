import FlyteLint
import FlyteManifest
import FlyteSyntax
import Testing

/// An example manifest with `«` … `»` marking where findings must land.
struct MarkedExample: CustomStringConvertible {
  let text: String
  let expected: [ByteRange]

  init(_ marked: String) {
    (text, expected) = RuleDocumentation.stripMarkers(marked)
  }

  var description: String { text }

  /// The same example with a multi-byte comment line first, or with CRLF line ends: the
  /// expected ranges move with the text.
  func variants() -> [(String, String, [ByteRange])] {
    let prefix = "# ünïcödé 😀 first line\n"
    let shift = UInt32(prefix.utf8.count)
    let shifted = expected.map { ByteRange(start: $0.start + shift, end: $0.end + shift) }
    let bytes = Array(text.utf8)
    func crlfOffset(_ offset: UInt32) -> UInt32 {
      offset + UInt32(bytes[..<Int(offset)].filter { $0 == UInt8(ascii: "\n") }.count)
    }
    let crlf = expected.map { ByteRange(start: crlfOffset($0.start), end: crlfOffset($0.end)) }
    return [
      ("as written", text, expected),
      ("multi-byte first line", prefix + text, shifted),
      ("CRLF", text.replacingOccurrences("\n", "\r\n"), crlf),
    ]
  }
}

extension String {
  func replacingOccurrences(_ a: String, _ b: String) -> String {
    split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
  }
}

func findings(of rule: any Rule.Type, in text: String, path: String = "example.yaml") -> [Finding] {
  // All rules run, as in a real check, so interplay (one root cause, suppressions) counts; the
  // example counts as a configured manifest, so FL008 can fire.
  let outcome = FileChecker.check(path: path, bytes: Array(text.utf8), linter: Linter(rules: RuleRegistry.all), mustBeManifest: true)
  guard case .checked(let report) = outcome else { return [] }
  var run = [report]
  RunChecks.finish(&run)  // a single file is its own run
  return run[0].findings.filter { $0.code == rule.description.code }
}

struct RuleCase: CustomStringConvertible, Sendable {
  let code: String
  let index: Int
  let bad: Bool
  var rule: any Rule.Type { RuleRegistry.rule(named: code)! }
  var example: String { bad ? rule.description.bad[index] : rule.description.good[index] }
  var description: String { "\(code) \(bad ? "bad" : "good") #\(index + 1)" }

  static var all: [RuleCase] {
    RuleRegistry.all.flatMap { rule in
      rule.description.bad.indices.map { RuleCase(code: rule.description.code, index: $0, bad: true) }
        + rule.description.good.indices.map { RuleCase(code: rule.description.code, index: $0, bad: false) }
    }
  }
}

@Suite struct RuleExampleTests {
  @Test(arguments: RuleCase.all)
  func example(_ ruleCase: RuleCase) {
    let marked = MarkedExample(ruleCase.example)
    if ruleCase.bad {
      #expect(!marked.expected.isEmpty, "a bad example must mark where its findings land")
    } else {
      #expect(marked.expected.isEmpty, "a good example has no markers")
    }
    for (variant, text, expected) in marked.variants() {
      let found = findings(of: ruleCase.rule, in: text)
      #expect(
        found.map(\.range) == expected,
        "\(ruleCase) (\(variant)): expected \(expected), got \(found.map { "\($0.range) \($0.message)" })")
    }
  }

  @Test func everyRuleHasExamples() {
    for rule in RuleRegistry.all {
      #expect(!rule.description.bad.isEmpty, "\(rule.description.code) has no bad example")
      #expect(!rule.description.good.isEmpty, "\(rule.description.code) has no good example")
    }
  }

  @Test func codesAndNamesAreUniqueAndWellFormed() {
    let codes = RuleRegistry.all.map { $0.description.code }
    let names = RuleRegistry.all.map { $0.description.name }
    #expect(Set(codes).count == codes.count)
    #expect(Set(names).count == names.count)
    #expect(codes == codes.sorted())
    for name in names {
      #expect(name.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(name) is not kebab-case")
    }
  }
}
