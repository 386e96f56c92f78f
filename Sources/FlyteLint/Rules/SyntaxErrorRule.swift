import FlyteSyntax

/// FL001: the file cannot be read as YAML/JSON.
public enum SyntaxErrorRule: Rule {
  public static let description = RuleDescription(
    code: "FL001", name: "syntax-error", severity: .error,
    summary: "the file cannot be parsed as YAML or JSON",
    rationale: """
      Nothing else can be checked in a file that does not parse, and flytekit or the platform \
      would refuse it too. Invalid UTF-8, NUL bytes, nesting deeper than 1,000 levels, alias \
      bombs and files over 256 MiB are reported here as well, with their position; so are \
      files that cannot be read and files whose check outlasts the per-file time limit \
      (`--file-timeout`).
      """,
    bad: ["tasks:\n  - name: t\n    retries: «\"»3\n"],
    good: ["tasks:\n  - name: t\n    retries: 3\n"])

  public static func check(_ context: inout RuleContext) {
    guard let error = context.tree.errors.first else { return }
    let index = context.file.lineIndex
    // One line at most: a multi-line range is cut at the end of its first line.
    let line = index.lineRange(index.lineNumber(at: error.range.lowerBound))
    var range = error.range
    if range.upperBound > line.upperBound { range = ByteRange(range.lowerBound, max(line.upperBound, range.lowerBound)) }
    context.report(error.message, at: range, help: "syntax error code: \(error.code.rawValue)")
  }
}
