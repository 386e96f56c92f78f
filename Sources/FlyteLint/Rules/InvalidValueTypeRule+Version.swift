import FlyteManifest
import FlyteSyntax

/// The manifest's top-level `version` (SPEC §3: optional; 1 is the only version, other values
/// are FL004).
extension InvalidValueTypeRule {
  static func checkVersion(_ context: inout RuleContext) {
    let tree = context.tree
    for document in context.file.documents where document.kind == .native {
      guard let root = document.root, let value = tree.value(of: "version", in: root), !tree.isNull(value) else { continue }
      let scalar = tree.scalar(value)
      if case .int(let text)? = scalar, Int(text) == 1 { continue }
      // The same version written as a string or a float: rewriting it as 1 changes nothing.
      let sameVersion: Bool
      switch scalar {
      case .string(let text)?: sameVersion = text == "1"
      case .float(let text)?: sameVersion = Double(text) == 1
      default: sameVersion = false
      }
      let fix = sameVersion ? Fix(.safe, "write `1`", edits: [TextEdit(range: tree.findingRange(value), newText: "1")]) : nil
      let shown: String
      if case .int(let text)? = scalar { shown = text } else { shown = ValueDescription.of(value, in: tree) }
      context.report(
        "manifest \"version\" must be 1, not \(shown)", at: context.oneLineRange(value, key: nil),
        help: "this is version 1 of the manifest format: write `version: 1`, or leave the key out", fix: fix)
    }
  }
}
