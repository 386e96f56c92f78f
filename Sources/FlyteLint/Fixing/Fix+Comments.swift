import FlyteSyntax

extension Fix {
  /// A fix that is safe in what it means, made unsafe when one of its edits would delete a
  /// comment: the author's note (`- a  # needed by the nightly job`) would go with the edit,
  /// so a person should look first (ruff treats comment-deleting fixes the same way). FL901,
  /// whose very point is removing a comment, does not use this.
  static func removing(_ message: String, edits: [TextEdit], in tree: SyntaxTree) -> Fix {
    let deletesComment = edits.contains { ScalarEdit.holdsComment($0.range, in: tree) }
    return Fix(deletesComment ? .unsafe : .safe, message, edits: edits)
  }
}
