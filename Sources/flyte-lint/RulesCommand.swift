import FlyteWorkspace
import FlyteLint

/// `flyte-lint rules` and `flyte-lint rule CODE|NAME`.
enum RulesCommand {
  static func list(_ raw: [String]) -> ExitStatus {
    guard raw.isEmpty else { return CommandLineTool.usageError("rules takes no arguments", help: CommandLineTool.usage) }
    OutputStream.standardOutput.write(RuleDocumentation.table(RuleRegistry.all.map { $0.description }))
    return .success
  }

  static func show(_ raw: [String]) -> ExitStatus {
    guard raw.count == 1, let query = raw.first else {
      return CommandLineTool.usageError("rule takes one CODE or NAME, e.g. `flyte-lint rule FL101`", help: CommandLineTool.usage)
    }
    guard let rule = RuleRegistry.rule(named: query) else {
      let names = RuleRegistry.all.flatMap { [$0.description.code, $0.description.name] }
      let hint = Suggestion.closest(to: query, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
      OutputStream.standardError.write("error: unknown rule \"\(query)\"\(hint)\n")
      return .usage
    }
    OutputStream.standardOutput.write(RuleDocumentation.page(rule.description))
    return .success
  }
}
