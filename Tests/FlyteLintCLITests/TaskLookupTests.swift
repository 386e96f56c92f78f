import Foundation
import Testing

/// A run on some files of a repository (as a pre-commit hook makes) judges workflow nodes
/// against tasks defined in the repository's other manifests.
@Suite struct TaskLookupTests {
  /// A scratch repository: `manifests/tasks.yaml` defines `pkg.prep`, `manifests/wf.yaml` uses
  /// it (once bound, once without its required input) and a misspelt `pkg.prepp`.
  func repository() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("flyte-lint-lookup-\(UUID().uuidString)")
    let manifests = root.appendingPathComponent("manifests")
    try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: manifests, withIntermediateDirectories: true)
    try "tasks:\n  - name: pkg.prep\n    inputs: {n: int}\n    outputs: {o0: int}\n"
      .write(to: manifests.appendingPathComponent("tasks.yaml"), atomically: true, encoding: .utf8)
    try "workflows:\n  - name: wf\n    nodes:\n      - {id: a, task: pkg.prep, inputs: {n: 1}}\n      - {id: b, task: pkg.prepp}\n      - {id: c, task: pkg.prep}\n"
      .write(to: manifests.appendingPathComponent("wf.yaml"), atomically: true, encoding: .utf8)
    return root
  }

  @Test func oneFileGetsTheSameFindingsAsTheWholeRepository() throws {
    let root = try repository()
    defer { try? FileManager.default.removeItem(at: root) }
    let one = try CLI.run(["check", "manifests/wf.yaml", "--format", "concise", "--quiet"], in: root)
    let all = try CLI.run(["check", ".", "--format", "concise", "--quiet"], in: root)
    #expect(one.status == 1)
    #expect(one.stdout == all.stdout)
    #expect(one.stdout.contains("no manifest defines task \"pkg.prepp\"; did you mean \"pkg.prep\"? [FL501]"))
    #expect(one.stdout.contains("required input \"n\" of task \"pkg.prep\" is not bound [FL505]"))
    #expect(!one.stdout.contains("\"pkg.prep\" [FL501]") && !one.stdout.contains("task \"pkg.prep\";"))
  }
}
