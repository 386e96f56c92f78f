extension PythonHighlighter {
  /// Highlighted source as one `<span class="ln">` per line (CSS counters number them); a
  /// token spanning lines is closed and reopened so tags stay balanced.
  static func html(_ source: String) -> String {
    var out = "<span class=\"ln\">"
    for token in tokens(source) {
      let pieces = token.text.split(separator: "\n", omittingEmptySubsequences: false)
      for (n, piece) in pieces.enumerated() {
        // No newline between line blocks: inside <pre> it would double the spacing.
        if n > 0 { out += "</span><span class=\"ln\">" }
        guard !piece.isEmpty else { continue }
        let text = HTML.escape(String(piece))
        if let kind = token.kind {
          out += "<span class=\"\(kind.rawValue)\">\(text)</span>"
        } else {
          out += text
        }
      }
    }
    return out + "</span>"
  }
}
