import FlyteManifest
import FlyteSyntax

/// What a task's decks show, when decks are on (`enable_deck: true`, or the deprecated
/// `disable_deck: false`): the declared `deck_fields` (flytekit's default is all five), the
/// `source`, the `dependencies` and the interface type texts for the Input/Output tables.
public struct DeckSettings: Sendable {
  /// `deck_fields` as written (the linter has refused unknown ones).
  public var fields: [String]
  public var source: String
  public var dependencies: [String]
  public var inputTypes: [String: String]
  public var outputTypes: [String: String]

  static func read(_ task: TaskSpec, in tree: SyntaxTree) -> DeckSettings? {
    let enabled: Bool
    if let enable = task.field("enable_deck").flatMap({ tree.flag($0.value) }) {
      enabled = enable
    } else {
      enabled = task.field("disable_deck").flatMap { tree.flag($0.value) } == false
    }
    guard enabled else { return nil }
    let fields = task.field("deck_fields").map {
      tree.items(of: tree.resolved($0.value)).compactMap(tree.string)
    }
    return DeckSettings(
      fields: fields ?? ["Timeline", "Source Code", "Dependencies", "Input", "Output"],
      source: task.field("source").flatMap { tree.string($0.value) } ?? "",
      dependencies: task.field("dependencies").map {
        tree.items(of: tree.resolved($0.value)).compactMap(tree.string)
      } ?? [],
      inputTypes: Dictionary(
        task.inputs.map { ($0.name, $0.type ?? "") }, uniquingKeysWith: { a, _ in a }),
      outputTypes: Dictionary(
        task.outputs.map { ($0.name, $0.type ?? "") }, uniquingKeysWith: { a, _ in a }))
  }
}
