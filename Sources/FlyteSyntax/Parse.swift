extension SyntaxTree {
  /// Parses YAML (any YAML 1.2 stream) into a lossless tree. Never throws: problems are in
  /// ``errors``, and the tree holds everything read before the first one.
  public static func parseYAML(_ bytes: [UInt8], limits: SyntaxLimits = .standard) -> SyntaxTree {
    bytes.withUnsafeBufferPointer { buffer in
      if let problem = InputCheck.firstProblem(buffer, yaml: true, limits: limits) {
        var tree = SyntaxTree(source: bytes, format: .yaml)
        tree.errors.append(problem)
        return tree
      }
      var parser = YAMLParser(buffer, source: bytes, limits: limits)
      return parser.parse()
    }
  }

  /// Parses strict RFC 8259 JSON into a lossless tree with one document.
  public static func parseJSON(_ bytes: [UInt8], limits: SyntaxLimits = .standard) -> SyntaxTree {
    bytes.withUnsafeBufferPointer { buffer in
      if let problem = InputCheck.firstProblem(buffer, yaml: false, limits: limits) {
        var tree = SyntaxTree(source: bytes, format: .json)
        tree.errors.append(problem)
        return tree
      }
      var parser = JSONParser(buffer, source: bytes, limits: limits)
      return parser.parse()
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
