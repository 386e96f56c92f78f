import FlyteManifest
import FlyteSyntax

/// FL006: two tasks with the same identity in one run. Within a file the rule finds them
/// itself; across files `RunChecks.duplicateTaskNames` compares what each file declares.
public enum DuplicateTaskNameRule: Rule {
  public static let description = RuleDescription(
    code: "FL006", name: "duplicate-task-name", severity: .error,
    summary: "two tasks have the same identity",
    rationale: """
      Workflows refer to tasks by name, and registering two tasks with one name makes the later \
      silently win. Native tasks are identified by `name`; flyteidl tasks by (project, domain, \
      name, version), so `flytectl get task` output listing every version of one task is fine.
      """,
    bad: [
      "tasks:\n  - name: pkg.train\n    retries: 1\n  - name: «pkg.train»\n    retries: 2\n",
      "tasks:\n  a: {name: pkg.a}\n  b: {name: «pkg.a»}\n",
    ],
    good: [
      "tasks:\n  - name: pkg.train\n  - name: pkg.score\n",
      "- {id: {resourceType: TASK, name: t, version: v1}, type: python-task, metadata: {}, interface: {}}\n- {id: {resourceType: TASK, name: t, version: v2}, type: python-task, metadata: {}, interface: {}}\n",
    ])

  /// The identity key of a task, or nil when it has no name.
  public static func identity(_ task: TaskSpec) -> String? {
    guard let name = task.name else { return nil }
    switch task.format {
    case .native: return name
    case .flyteidl:
      return ["project", "domain"].map { task.identity[$0] ?? "" }.joined(separator: "/") + "/" + name
        + "@" + (task.identity["version"] ?? "")
    }
  }

  /// The identities a file declares, with where (for the cross-file pass).
  public static func declarations(_ file: ManifestFile) -> [TaskDeclaration] {
    file.allTasks.compactMap { task in
      guard let key = identity(task), let node = task.nameNode else { return nil }
      let range = file.tree.findingRange(node)
      return TaskDeclaration(
        identity: key, name: task.name ?? key, range: range,
        start: file.lineIndex.position(at: range.lowerBound), end: file.lineIndex.position(at: range.upperBound))
    }
  }

  public static func check(_ context: inout RuleContext) {
    var first: [String: TaskDeclaration] = [:]
    for declaration in declarations(context.file) {
      if let earlier = first[declaration.identity] {
        context.report(
          message(declaration), at: declaration.range,
          related: [RelatedLocation(range: earlier.range, message: "first defined here")])
      } else {
        first[declaration.identity] = declaration
      }
    }
  }

  static func message(_ d: TaskDeclaration) -> String {
    "task \"\(d.name)\" is defined more than once; the later definition would replace the earlier"
  }
}

/// A task identity declared by a file.
public struct TaskDeclaration: Sendable {
  public var identity: String
  public var name: String
  public var range: ByteRange
  /// Line/column of `range`, so the run checks need no source afterwards.
  public var start = SourcePosition(line: 1, column: 1)
  public var end = SourcePosition(line: 1, column: 1)
}

/// Checks that need every file of a run at once.
public enum RunChecks {
  /// FL006 across files: each repeated identity is reported in the later file (path order).
  public static func duplicateTaskNames(_ files: inout [FileReport]) {
    files.sort { $0.path < $1.path }
    var first: [String: RelatedLocation] = [:]
    let d = DuplicateTaskNameRule.description
    for i in files.indices {
      var seenHere = Set<String>()
      for declaration in files[i].declaredTasks {
        if let earlier = first[declaration.identity] {
          if earlier.path != files[i].path && seenHere.insert(declaration.identity).inserted {
            files[i].findings.append(
              Finding(
                code: d.code, name: d.name, severity: files[i].severity(of: d), message: DuplicateTaskNameRule.message(declaration),
                range: declaration.range,
                related: [earlier]))
          }
        } else {
          first[declaration.identity] = RelatedLocation(
            path: files[i].path, range: declaration.range, message: "first defined here",
            start: declaration.start, end: declaration.end)
        }
      }
      files[i].findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
    }
  }
}
