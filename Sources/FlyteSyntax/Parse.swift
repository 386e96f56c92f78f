extension SyntaxTree {
  /// Parses YAML (any YAML 1.2 stream) into a lossless tree. Never throws: problems are in
  /// ``errors``, and the tree holds everything read before the first one.
  public static func parseYAML(_ bytes: [UInt8], limits: SyntaxLimits = .standard) -> SyntaxTree {
    parseChecked(bytes, .yaml, limits) { buffer in
      var parser = YAMLParser(buffer, source: bytes, limits: limits)
      return parser.parse()
    }
  }

  /// Parses strict RFC 8259 JSON into a lossless tree with one document.
  public static func parseJSON(_ bytes: [UInt8], limits: SyntaxLimits = .standard) -> SyntaxTree {
    parseChecked(bytes, .json, limits) { buffer in
      var parser = JSONParser(buffer, source: bytes, limits: limits)
      return parser.parse()
    }
  }

  /// Runs a parser on bytes that passed the input checks; otherwise an empty tree with the
  /// problem.
  private static func parseChecked(
    _ bytes: [UInt8], _ format: Format, _ limits: SyntaxLimits,
    _ parse: (UnsafeBufferPointer<UInt8>) -> SyntaxTree
  ) -> SyntaxTree {
    bytes.withUnsafeBufferPointer { buffer in
      if let problem = InputCheck.firstProblem(buffer, yaml: format == .yaml, limits: limits) {
        var parts = TreeParts(source: bytes, format: format)
        parts.errors.append(problem)
        return SyntaxTree(parts)
      }
      return parse(buffer)
    }
  }

  /// Parses by file name: `.json` is strict JSON, anything else YAML.
  public static func parse(_ bytes: [UInt8], path: String, limits: SyntaxLimits = .standard)
    -> SyntaxTree
  {
    path.lowercased().hasSuffix(".json")
      ? parseJSON(bytes, limits: limits) : parseYAML(bytes, limits: limits)
  }
}
