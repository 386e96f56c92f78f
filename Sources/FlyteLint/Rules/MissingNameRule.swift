import FlyteManifest
import FlyteSyntax

/// FL005: a task or workflow without `name`.
public enum MissingNameRule: Rule {
  public static let description = RuleDescription(
    code: "FL005", name: "missing-name", severity: .error,
    summary: "a task or workflow has no name",
    rationale: """
      A task is identified by its dotted Python name (`pkg.module.fn`); without it nothing can \
      refer to it, and flyteidl templates need `id.name`.
      """,
    bad: ["tasks:\n  - «retries»: 3\n    cache: false\n"],
    good: ["tasks:\n  - name: pkg.mod.fn\n    retries: 3\n"])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for document in context.file.documents where document.kind == .native {
      for task in document.tasks where task.nameNode == nil {
        guard let first = task.ownEntries.first else {
          context.report("task entry is empty; it needs at least a \"name\"", at: task.entry)
          continue
        }
        context.report("task has no \"name\"", at: first.key, help: "add `name: pkg.module.function`")
      }
      for workflow in document.workflows where workflow.nameNode == nil {
        let first = tree.entries(of: workflow.entry).first
        context.report("workflow has no \"name\"", at: first?.key ?? workflow.entry, help: "add `name: my_workflow`")
      }
    }
  }
}
