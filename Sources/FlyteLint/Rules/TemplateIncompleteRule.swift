import FlyteManifest
import FlyteSyntax

/// FL601: a flyteidl task template that FlyteAdmin's registration checks refuse.
public enum TemplateIncompleteRule: Rule {
  public static let description = RuleDescription(
    code: "FL601", name: "template-incomplete", severity: .error,
    summary: "a flyteidl task template lacks what FlyteAdmin requires",
    rationale: """
      FlyteAdmin validates a task template before registering it and refuses one without a \
      non-empty `type`, without `metadata`, without a typed `interface`, or whose \
      `metadata.runtime` has no `version`. The messages are FlyteAdmin's own. Something \
      missing is reported at the template's first key; the runtime version at the `runtime` \
      key, or at an empty value.
      """,
    bad: [
      "closure:\n  compiledTask:\n    template:\n      «metadata»: {}\n      interface: {}\n",
      "template:\n  «type»: python-task\n  metadata: {}\n",
      "id: {resourceType: TASK, name: t}\ntype: «\"\"»\nmetadata: {«runtime»: {flavor: python}}\ninterface: {}\n",
      "template:\n  type: python-task\n  metadata:\n    runtime: {type: FLYTE_SDK, version: «\"\"»}\n  interface: {}\n",
    ],
    good: [
      "template:\n  type: python-task\n  metadata: {runtime: {type: FLYTE_SDK, version: 1.16.31}}\n  interface: {}\n",
      "template:\n  type: container_array\n  metadata: {}\n  interface: {inputs: {variables: {}}}\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .flyteidl {
      let owner = task.ownEntries.first.map { tree.oneLineRange($0.key) } ?? tree.oneLineRange(task.entry)
      let entries = task.ownEntries
      func present(_ name: String) -> MappingEntry? {
        entries.last { $0.name == name && !tree.isNull($0.value) }
      }
      if let type = present("type") {
        if let text = tree.string(type.value), text.allSatisfy({ $0 == " " }) {
          context.report("missing type", at: type.value, help: "FlyteAdmin refuses a template with an empty \"type\", e.g. use `type: python-task`")
        }
      } else {
        context.report("missing type", at: owner, help: "FlyteAdmin refuses a template without \"type\"; add e.g. `type: python-task`")
      }
      if let metadata = present("metadata") {
        if let runtime = tree.entries(of: metadata.value).last(where: { $0.name == "runtime" }), !tree.isNull(runtime.value) {
          if let version = tree.value(of: "version", in: runtime.value), !tree.isNull(version) {
            if let text = tree.string(version), text.allSatisfy({ $0 == " " }) {
              context.report("missing runtime version", at: version, help: "FlyteAdmin refuses an empty \"runtime.version\"; give the SDK version, e.g. `version: 1.16.31`")
            }
          } else {
            context.report("missing runtime version", at: tree.oneLineRange(runtime.key), help: "FlyteAdmin refuses a \"runtime\" without \"version\"; add e.g. `version: 1.16.31`")
          }
        }
      } else {
        context.report("missing metadata", at: owner, help: "FlyteAdmin refuses a template without \"metadata\"; add `metadata: {}` at least")
      }
      if present("interface") == nil {
        context.report("missing typed interface", at: owner, help: "FlyteAdmin refuses a template without \"interface\"; add `interface: {}` at least")
      }
    }
  }
}
