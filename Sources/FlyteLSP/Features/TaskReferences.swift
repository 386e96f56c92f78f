import FlyteManifest
import FlyteSyntax

/// Task names as references and declarations, for go-to-definition (LSP
/// `textDocument/definition`): a workflow node's `task:` value points at the task of that name,
/// in this file or another manifest of the workspace.
public enum TaskReferences {
  /// The task name under the cursor: a workflow node's `task:` value, or a task's own name
  /// (its `name:` value, or its key in a `tasks:` mapping). `offset` is a byte offset; a cursor
  /// anywhere from the scalar's first byte to just past its last one counts. The range is the
  /// scalar's content, quotes included.
  public static func reference(in file: ManifestFile, at offset: Int) -> (
    name: String, range: ByteRange
  )? {
    for document in file.documents {
      for workflow in document.workflows {
        for node in workflow.nodes {
          if let name = node.task, let taskNode = node.taskNode,
            let range = hit(file.tree, taskNode, offset)
          {
            return (name, range)
          }
        }
      }
      for task in document.tasks {
        if let name = task.name, let nameNode = task.nameNode,
          let range = hit(file.tree, nameNode, offset)
        {
          return (name, range)
        }
      }
    }
    return nil
  }

  /// Every named task of the file with its name's range (the `name:` value, a `tasks:` mapping
  /// key, or a flyteidl `id.name`), in order: the targets of go-to-definition.
  public static func declarations(in file: ManifestFile) -> [(name: String, range: ByteRange)] {
    file.allTasks.compactMap { task in
      guard let name = task.name, let node = task.nameNode else { return nil }
      return (name, file.tree[node].contentRange)
    }
  }

  /// The content range of a scalar `node` when `offset` lies in it or at its end.
  private static func hit(_ tree: SyntaxTree, _ node: NodeID, _ offset: Int) -> ByteRange? {
    let range = tree[node].contentRange
    guard tree[node].kind != .mapping, tree[node].kind != .sequence else { return nil }
    return range.lowerBound <= offset && offset <= range.upperBound ? range : nil
  }
}
