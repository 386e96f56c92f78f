/// `tool.driver.rules`: what code scanning shows for a rule. The help is the same page
/// `flyte-lint rule CODE` prints and `rules/CODE.md` holds, so the three never disagree.
extension SARIFReporter {
  /// GitHub rejects descriptions longer than this many characters.
  static let maxDescription = 1024

  func descriptor(_ rule: RuleDescription) -> JSONValue {
    let page = RuleDocumentation.page(rule)
    var configuration: [(String, JSONValue)] = [("level", .string(Self.level(rule.severity)))]
    // Opt-in rules are off unless selected: say so, at the severity they get when selected.
    if rule.optIn { configuration.insert(("enabled", .bool(false)), at: 0) }
    return .object(dropping: [
      ("id", .string(rule.code)),
      ("name", .string(rule.name)),
      ("shortDescription", .text(Self.capped(rule.summary))),
      ("fullDescription", .text(Self.capped(rule.rationale))),
      ("helpUri", helpURI(rule.code).map { .string($0) }),
      ("help", .object([("text", .string(page)), ("markdown", .string(page))])),
      ("defaultConfiguration", .object(configuration)),
      (
        "properties",
        .object([
          ("tags", .array(["flyte", Self.group(rule.code)].map { .string($0) })),
          (
            "problem.severity",
            .string(rule.severity == .info ? "recommendation" : rule.severity.rawValue)
          ),
        ])
      ),
    ])
  }

  func helpURI(_ code: String) -> String? {
    guard let docsURL, !docsURL.isEmpty else { return nil }
    if docsURL.contains("{code}") { return docsURL.replacing("{code}", with: code) }
    return docsURL + (docsURL.hasSuffix("/") ? "" : "/") + code + ".md"
  }

  /// The rule families of the catalog, by code prefix (GitHub filters alerts by tag).
  static func group(_ code: String) -> String {
    switch code.dropFirst(2).first {
    case "0": return "schema"
    case "1": return "cache"
    case "2": return "timeout-retries"
    case "3": return "decks"
    case "4": return "interface-types"
    case "5": return "workflows"
    case "6": return "flyteidl"
    case "9": return "suppressions"
    default: return "other"
    }
  }

  static func capped(_ text: String) -> String {
    text.count <= maxDescription ? text : String(text.prefix(maxDescription - 1)) + "…"
  }
}
