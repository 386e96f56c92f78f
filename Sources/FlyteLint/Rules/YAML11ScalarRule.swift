import FlyteManifest
import FlyteSyntax

/// FL007: a plain scalar that YAML 1.1 loaders read differently.
public enum YAML11ScalarRule: Rule {
  public static let description = RuleDescription(
    code: "FL007", name: "yaml11-scalar", severity: .warning,
    summary: "a plain scalar that YAML 1.1 loaders (PyYAML) read differently",
    rationale: """
      flyte-lint reads YAML 1.2, where `yes`, `off` and `n` are strings, `0777` is 777 and \
      `1:30` is a string; PyYAML and other YAML 1.1 loaders read the bool true/false, the octal \
      number 511 and the base-60 number 90. Write the explicit form. `y`, `n` and other letter \
      cases (`yEs`) are YAML 1.1 booleans that PyYAML reads as strings: they are reported only \
      where a bool is expected. Where the key expects what \
      YAML 1.1 reads (`interruptible: yes`, `retries: 010`) that reading is taken as meant, the \
      fix is safe, and only this rule reports it; elsewhere the fix is unsafe (a string key gets \
      the text quoted).
      """,
    fix: .mixed,
    fixSummary: "writes what YAML 1.1 reads (`yes` → `true`, `010` → `8`, `1:30` → `90`): safe where the key expects that type; elsewhere unsafe, and a string key gets the text quoted instead",
    bad: [
      "tasks:\n  - name: t\n    interruptible: «yes»\n",
      "tasks:\n  - name: t\n    retries: «010»\n",
      "tasks:\n  - name: t\n    timeout: «1:30»\n",
      "tasks:\n  - name: t\n    deprecated: «No»\n    labels: {team: «on»}\n",
      "tasks:\n  - name: t\n    enable_deck: «n»\n    interruptible: «yEs»\n",
    ],
    good: [
      "tasks:\n  - name: t\n    interruptible: true\n    deprecated: \"no\"\n",
      "tasks:\n  - name: t\n    retries: 07\n    timeout: 1:30:00\n",
      "tasks:\n  - name: t\n    timeout: 00:05:00\n    labels: {team: !!str on}\n",
      "tasks:\n  - name: t\n    inputs: {y: int, n: int}\n",
      "tasks:\n  - name: t\n    inputs: {n: {type: int, description: n}}\n    labels: {tier: Y}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    guard tree.format == .yaml else { return }
    let manifestDocuments = zip(tree.documents, context.file.documents).filter { $0.1.kind != .other }.map { $0.0.range }
    guard !manifestDocuments.isEmpty else { return }
    var expectations: [NodeID: ExpectedType]?
    var nativeTimeouts = Set<NodeID>()
    for task in context.tasks where task.format == .native {
      if let timeout = task.field("timeout") { nativeTimeouts.insert(timeout.value) }
    }
    // Values only: mapping values and sequence items (keys such as an input named `n` are
    // not judged).
    var candidates: [NodeID] = []
    for index in tree.nodes.indices {
      let kind = tree.nodes[index].kind
      guard kind == .mapping || kind == .sequence else { continue }
      let children = tree.children(of: NodeID(index))
      // A mapping's children alternate key, value: start at the first value.
      var position = children.startIndex + (kind == .mapping ? 1 : 0)
      while position < children.endIndex {
        let child = NodeID(children[position])
        if tree.yaml11Reading(child) != nil { candidates.append(child) }
        position += kind == .mapping ? 2 : 1
      }
    }
    for id in candidates {
      guard let reading = tree.yaml11Reading(id) else { continue }
      let range = tree.findingRange(id)
      guard manifestDocuments.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) else { continue }
      if expectations == nil { expectations = ValueExpectations.map(for: context.file) }
      let text = tree.scalarValue(id)
      // `timeout: 1:30:00` is 5400 s in both readings.
      if case .sexagesimal(let seconds) = reading, nativeTimeouts.contains(id),
        DurationParser.parse(text).value == ExactDuration(seconds: seconds)
      {
        continue
      }
      let expected = expectations?[id]
      // `y`, `n` and odd letter cases (`yEs`) are booleans for YAML 1.1 but strings for PyYAML:
      // reported only where a bool is expected, where the author surely meant one.
      let pyyamlReadsIt: Bool
      if case .bool = reading { pyyamlReadsIt = YAML11Reading.pyyamlBooleans.contains(text) } else { pyyamlReadsIt = true }
      if !pyyamlReadsIt && expected != .bool { continue }
      let fix: Fix
      if let expected, ValueExpectations.yaml11ReadingFits(id, expected: expected, tree: tree) {
        fix = Fix(.safe, "write `\(reading.explicitText)`", edits: [TextEdit(range: range, newText: reading.explicitText)])
      } else if expected == .string {
        fix = Fix(.unsafe, "quote it: `\"\(text)\"`", edits: [TextEdit(range: range, newText: "\"\(text)\"")])
      } else {
        fix = Fix(.unsafe, "write `\(reading.explicitText)`", edits: [TextEdit(range: range, newText: reading.explicitText)])
      }
      let message: String
      let help: String
      switch reading {
      case .bool(let b) where !pyyamlReadsIt:
        message = "\"\(text)\" is the bool \(b) in YAML 1.1, but the string \"\(text)\" in YAML 1.2 and in PyYAML"
        help = "write \(b)"
      case .bool(let b):
        message = "\"\(text)\" is the bool \(b) for YAML 1.1 loaders such as PyYAML, but the string \"\(text)\" in YAML 1.2"
        help = "write \(b) for a bool, or \"\(text)\" for a string"
      case .octal(let n):
        message = "\"\(text)\" is the octal number \(n) for YAML 1.1 loaders such as PyYAML, but \(Int(text) ?? 0) in YAML 1.2"
        help = "write \(n) for the octal value, or drop the leading zero"
      case .sexagesimal(let n):
        message = "\"\(text)\" is the base-60 number \(n) for YAML 1.1 loaders such as PyYAML, but the string \"\(text)\" in YAML 1.2"
        help = "write \(n) for the number, or \"\(text)\" for a string"
      }
      context.report(message, at: range, help: help, fix: fix)
    }
  }
}
