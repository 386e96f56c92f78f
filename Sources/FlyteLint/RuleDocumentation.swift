import FlyteSyntax

/// Renders rule descriptions: the `rules/` catalog pages, their index, and the terminal text of
/// `flyte-lint rules` / `flyte-lint rule X`. One source, so they never disagree.
public enum RuleDocumentation {
  /// The Markdown page of one rule.
  public static func page(_ d: RuleDescription) -> String {
    var out = "# \(d.code) \(d.name)\n\n"
    out += "\(capitalized(d.summary)).\n\n"
    out += "- Default severity: **\(d.optIn ? "off (opt-in)" : d.severity.rawValue)**"
    out += d.optIn ? " — when selected: \(d.severity.rawValue)\n" : "\n"
    out += "- Fix: \(fixLine(d))\n"
    out += "- Select or ignore with `\(d.code)` or `\(d.name)`; suppress with `# flyte-lint: disable=\(d.code)`\n\n"
    out += "## Why\n\n\(d.rationale)\n\n"
    if let flytekit = d.flytekit { out += "## flytekit\n\nflytekit raises: `\(flytekit)`\n\n" }
    out += "## Examples\n\n"
    for (i, example) in d.bad.enumerated() {
      let (text, marks) = stripMarkers(example)
      out += "Bad\(d.bad.count > 1 ? " \(i + 1)" : ""):\n\n```yaml\n\(text)```\n\n"
      let index = LineIndex(Array(text.utf8))
      let places = marks.map { r -> String in
        let p = index.position(at: r.lowerBound)
        return "line \(p.line), column \(p.column) (`\(String(decoding: Array(text.utf8)[r.lowerBound..<r.upperBound], as: UTF8.self))`)"
      }
      out += "Reported at \(places.joined(separator: "; ")).\n\n"
    }
    for (i, example) in d.good.enumerated() {
      out += "Good\(d.good.count > 1 ? " \(i + 1)" : ""):\n\n```yaml\n\(example)```\n\n"
    }
    return out
  }

  /// How the fix is applied, and what it does (docs/fixes.md explains the guarantees).
  static func fixLine(_ d: RuleDescription) -> String {
    guard let fix = d.fix else { return "none" }
    let how: String
    switch fix {
    case .safe: how = "**safe**, applied by `flyte-lint check --fix`"
    case .unsafe: how = "**unsafe**, applied only by `flyte-lint check --fix --unsafe-fixes` (review the change)"
    case .mixed: how = "**safe or unsafe** by case (`--fix` applies the safe ones, `--fix --unsafe-fixes` all)"
    }
    return how + (d.fixSummary.map { ": \($0)" } ?? "")
  }

  /// The catalog index: one table row per rule.
  public static func index(_ rules: [RuleDescription]) -> String {
    var out = "# flyte-lint rules\n\n"
    out += "Generated from the rules' own descriptions (`flyte-lint rule CODE` prints the same). "
    out += "Severity \"off\" marks opt-in rules.\n\n"
    out += "| code | name | severity | fix | summary |\n|---|---|---|---|---|\n"
    for d in rules {
      out += "| [\(d.code)](\(d.code).md) | \(d.name) | \(d.optIn ? "off" : d.severity.rawValue) | \(d.fix?.rawValue ?? "") | \(d.summary) |\n"
    }
    return out
  }

  /// `flyte-lint rules`: an aligned table for the terminal.
  public static func table(_ rules: [RuleDescription]) -> String {
    let nameWidth = rules.map(\.name.count).max() ?? 4
    var out = "code   " + "name".padding(nameWidth) + "  severity  fix     summary\n"
    for d in rules {
      out += "\(d.code)  \(d.name.padding(nameWidth))  \((d.optIn ? "off" : d.severity.rawValue).padding(8))  "
        + "\((d.fix?.rawValue ?? "-").padding(6))  \(d.summary)\n"
    }
    return out
  }

  /// Example text without its `«` `»` markers, and the marked ranges.
  public static func stripMarkers(_ marked: String) -> (String, [ByteRange]) {
    var bytes: [UInt8] = []
    var ranges: [ByteRange] = []
    var start = 0
    let open = Array("«".utf8)
    let close = Array("»".utf8)
    let source = Array(marked.utf8)
    var i = 0
    while i < source.count {
      if source[i...].starts(with: open) {
        start = bytes.count
        i += open.count
      } else if source[i...].starts(with: close) {
        ranges.append(ByteRange(start, bytes.count))
        i += close.count
      } else {
        bytes.append(source[i])
        i += 1
      }
    }
    return (String(decoding: bytes, as: UTF8.self), ranges)
  }

  private static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
