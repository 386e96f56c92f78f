import FlyteWorkspace
import FlyteIO
import FlyteLint
import FlyteSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// The CLI side of fixing: which files may be written, and writing them atomically. A file
/// that cannot be written is left out and the run is fixed again without it, so the report
/// always describes what is on disk.
struct FixSession {
  let subjects: [RunFixer.Subject]
  let unsafe: Bool
  /// Real paths by report path.
  let paths: [String: String]
  /// The report path of stdin, which is never written (its fixed text goes to stdout).
  let stdinPath: String?
  /// Tasks in unchecked manifests, for the run-wide checks.
  let elsewhere: [String: TaskSummary]
  /// Files that must not be written, with the reason (checked or learnt by failing).
  private var blocked: [String: String] = [:]

  init(
    subjects: [RunFixer.Subject], unsafe: Bool, paths: [String: String], stdinPath: String?,
    elsewhere: [String: TaskSummary]
  ) {
    self.subjects = subjects
    self.unsafe = unsafe
    self.paths = paths
    self.stdinPath = stdinPath
    self.elsewhere = elsewhere
  }

  /// Works out the fixes without writing anything (`--diff`).
  func preview() -> RunFixOutcome {
    var fixer = RunFixer(includeUnsafe: unsafe, load: load)
    fixer.elsewhere = elsewhere
    return fixer.run(subjects)
  }

  /// Fixes, then writes every changed file; a write that fails blocks its file and the run is
  /// fixed again, restoring any file whose fixes depended on it.
  mutating func fixAndWrite() -> RunFixOutcome {
    var written: [String: [UInt8]] = [:]
    var originals: [String: [UInt8]] = [:]
    while true {
      let outcome = fixer().run(subjects)
      var wanted: [String: [UInt8]] = [:]
      for fix in outcome.fixes where fix.path != stdinPath {
        wanted[fix.path] = fix.fixed
        originals[fix.path] = fix.original
      }
      // A file written in an earlier round but no longer fixed goes back to its original.
      for path in written.keys where wanted[path] == nil { wanted[path] = originals[path] }
      var failed = false
      for (path, bytes) in wanted.sorted(by: { $0.key < $1.key }) where written[path] != bytes {
        // A file deleted since it was read stays deleted: a fix replaces a file, never
        // brings one back (the user removed it, or a branch switch did).
        var info = stat()
        guard stat(paths[path] ?? path, &info) == 0 else {
          blocked[path] = "the file was deleted during the run"
          failed = true
          continue
        }
        do throws(AtomicFileError) {
          try AtomicFile(path: paths[path] ?? path).write(bytes)
          written[path] = bytes
        } catch {
          blocked[path] = error.reason
          failed = true
        }
      }
      if !failed { return outcome }
    }
  }

  private func fixer() -> RunFixer {
    let blocked = self.blocked
    let paths = self.paths
    let stdinPath = self.stdinPath
    var fixer = RunFixer(
      includeUnsafe: unsafe,
      permission: { path in
        if path == stdinPath { return nil }
        if let reason = blocked[path] { return .notWritable(reason) }
        do throws(AtomicFileError) {
          try AtomicFile(path: paths[path] ?? path).checkWritable()
          return nil
        } catch {
          return .notWritable(error.reason)
        }
      },
      load: load)
    fixer.elsewhere = elsewhere
    return fixer
  }

  private var load: (String) -> [UInt8]? {
    let paths = self.paths
    let stdinPath = self.stdinPath
    return { path in
      guard path != stdinPath, let real = paths[path] else { return nil }
      return try? FileInput.read(path: real, limit: SyntaxLimits.standard.maxFileBytes)
    }
  }
}
