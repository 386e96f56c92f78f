import FlyteWorkspace
import FlyteLint
import FlyteManifest
import FlyteSyntax

/// Finds tasks that workflows of the checked files use but no checked file defines, in the
/// repository's other manifests. A pre-commit hook passes only the staged files: without this,
/// a node whose task lives in an unchanged file would be reported as unknown (FL501).
struct TaskLookup {
  /// Absolute paths of the repository root and of the run's path arguments.
  let root: String
  let arguments: [String]
  let resolver: ConfigurationResolver
  let options: CheckOptions

  /// Summaries of the wanted tasks found outside the checked files (a name defined nowhere
  /// stays missing, and is FL501).
  func summaries(named wanted: Set<String>, checked: Set<String>) -> [String: TaskSummary] {
    // A run over the whole repository has read every manifest already.
    if arguments.contains(where: { root == $0 || root.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { return [:] }
    let needles = wanted.map { Array($0.utf8) }.filter { !$0.isEmpty }
    var found: [String: TaskSummary] = [:]
    try? FileDiscovery.forEachFile(in: [root]) { path in
      let absolute = resolver.absolute(path)
      guard !checked.contains(absolute), !isExcluded(absolute),
        let bytes = try? FileInput.read(path: path, limit: SyntaxLimits.standard.maxFileBytes),
        needles.contains(where: { Self.occurs($0, in: bytes) })
      else { return true }
      let file = ManifestFile(path: path, bytes: bytes)
      guard file.tree.errors.isEmpty, file.isManifest else { return true }
      for (name, summary) in WorkflowFacts(file).summaries where wanted.contains(name) && found[name] == nil {
        found[name] = summary
      }
      return found.count < wanted.count
    }
    return found
  }

  private func isExcluded(_ absolute: String) -> Bool {
    guard let config = try? options.applyingCommandLine(to: resolver.configuration(for: absolute)) else { return true }
    return config.isExcluded(absolute)
  }

  /// True when `needle` occurs in `haystack` (a cheap test before parsing a file).
  static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return false }
    return haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pin in
        var i = 0
        let last = hay.count - pin.count
        while i <= last {
          if hay[i] == first {
            var k = 1
            while k < pin.count && hay[i + k] == pin[k] { k += 1 }
            if k == pin.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}
