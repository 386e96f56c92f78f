import FlyteLint

/// A rule's description, shortened for a hover: code, name, severity, summary, why and fix,
/// without the catalog page's examples.
enum RuleMarkdown {
  static func brief(_ d: RuleDescription) -> String {
    var out =
      "**\(d.code) \(d.name)** (\(d.optIn ? "opt-in, \(d.severity.rawValue)" : d.severity.rawValue))"
    out += " — \(d.summary)\n\n"
    out += "Why: \(d.rationale)\n\n"
    out += "Fix: \(fixText(d))\n"
    return out
  }

  /// The docs of a code or rule name, nil when it names no rule.
  static func brief(named text: String) -> String? {
    RuleRegistry.rule(named: text).map { brief($0.description) }
  }

  private static func fixText(_ d: RuleDescription) -> String {
    guard let fix = d.fix else { return "none" }
    let how: String
    switch fix {
    case .safe: how = "safe (`--fix`)"
    case .unsafe: how = "unsafe (`--fix --unsafe-fixes`)"
    case .mixed: how = "safe or unsafe by case"
    }
    return how + (d.fixSummary.map { ": \($0)" } ?? "")
  }
}
