import FlyteManifest
import FlyteSyntax

/// FL009: the same field both at task level and in the task's `metadata:` mapping.
public enum ConflictingMetadataRule: Rule {
  public static let description = RuleDescription(
    code: "FL009", name: "conflicting-metadata", severity: .error,
    summary: "a field is set both at task level and in \"metadata\"",
    rationale: """
      The `metadata:` mapping is the `TaskMetadata(...)` form of the same settings as the task's \
      own keys. Giving a field in both places leaves two values for one setting: readers cannot \
      tell which one is meant, and editing one of them silently does nothing when the other \
      wins (flyte-lint uses the task-level value). `labels` and `annotations` count too.
      """,
    bad: [
      "tasks:\n  - name: t\n    retries: 3\n    metadata:\n      «retries»: 5\n",
      "tasks:\n  - name: t\n    metadata: {cache: true, labels: {team: a}}\n    «cache»: false\n    «labels»: {team: b}\n",
    ],
    good: [
      "tasks:\n  - name: t\n    retries: 3\n    metadata:\n      timeout: 60\n",
      "defaults:\n  retries: 2\ntasks:\n  - name: t\n    metadata:\n      retries: 5\n",
      "tasks:\n  - name: t\n    metadata:\n      retries: 3\n  - name: u\n    retries: 3\n",
    ])

  public static func check(_ context: inout RuleContext) {
    let tree = context.tree
    for task in context.tasks where task.format == .native && task.metadataNode != nil {
      var seen: Set<String> = []
      for meta in task.metadataEntries.reversed() where seen.insert(meta.name).inserted {
        guard meta.name != "metadata", tree.isScalar(meta.key),
          let own = task.ownEntries.last(where: { $0.name == meta.name && $0.name != "metadata" })
        else { continue }
        let metaLater = tree[meta.key].range.start > tree[own.key].range.start
        let (later, earlier) = metaLater ? (meta.key, own.key) : (own.key, meta.key)
        let otherPlace = metaLater ? "at task level" : "in \"metadata\""
        context.report(
          "\"\(meta.name)\" is set both at task level and in \"metadata\"",
          at: later, help: "keep one of the two; flyte-lint uses the task-level value",
          related: [RelatedLocation(range: tree.findingRange(earlier), message: "\"\(meta.name)\" also set \(otherPlace) here")])
      }
    }
  }
}
