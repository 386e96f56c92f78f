import FlyteManifest
import FlyteSyntax

/// The inputs of the task being edited: from the current text when it parses, else from the
/// last version that did (`lastGood`), found by the task's name.
enum InputLookup {
  struct Input: Equatable {
    var name: String
    var type: String?
  }

  static func inputs(task name: String?, source: [UInt8], offset: Int, lastGood: ManifestFile?)
    -> [Input]
  {
    let current = ManifestFile(path: "", bytes: source)
    if !current.tree.hasErrors {
      // Offsets hold in the current text: the task whose entry holds the cursor.
      let holding = current.allTasks.last { current.tree[$0.entry].range.contains(offset) }
      if let task = holding ?? named(name, in: current) { return inputs(of: task) }
    }
    guard let lastGood else { return [] }
    if let task = named(name, in: lastGood) { return inputs(of: task) }
    return lastGood.allTasks.count == 1 ? inputs(of: lastGood.allTasks[0]) : []
  }

  private static func named(_ name: String?, in file: ManifestFile) -> TaskSpec? {
    guard let name else { return nil }
    return file.allTasks.first { $0.name == name }
  }

  private static func inputs(of task: TaskSpec) -> [Input] {
    task.inputs.map { Input(name: $0.name, type: $0.type) }
  }

  /// A name as a plain scalar, or double-quoted where a plain one would read as something
  /// else: a bool or null (YAML 1.1 words included), a number, or text with indicators.
  static func plainOrQuoted(_ name: String) -> String {
    let special: Set<String> = ["true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"]
    let plain =
      name.utf8.allSatisfy(CompletionContext.isKeyByte)
      && !(name.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? true)
      && !special.contains(name.lowercased())
    guard !plain else { return name }
    var quoted = "\""
    for character in name {
      if character == "\"" || character == "\\" { quoted.append("\\") }
      quoted.append(character)
    }
    return quoted + "\""
  }
}
