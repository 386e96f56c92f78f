#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A test hook for the one hostile case with no race-free real mechanism: a file deleted
/// while the run is checking it. `FLYTE_LINT_FAULT=unlink-before-open:NAME` deletes every file
/// whose last path component is NAME just before it is opened (found by the walk, gone when
/// read); `unlink-after-open:NAME` deletes it just after (the open descriptor still reads the
/// whole file, as POSIX promises). Only files inside the temporary folder (`/tmp`, `$TMPDIR`)
/// are ever deleted. Read once per process; unset, each check is one comparison.
/// Documented in docs/reliability.md; used by Tests/FlyteLintCLITests/HostileInputCLITests.
enum FaultInjection {
  private enum Moment: Equatable { case beforeOpen, afterOpen }

  private static let plan: (moment: Moment, name: String)? = {
    guard let raw = getenv("FLYTE_LINT_FAULT") else { return nil }
    let text = String(cString: raw)
    for (prefix, moment) in [
      ("unlink-before-open:", Moment.beforeOpen), ("unlink-after-open:", .afterOpen),
    ]
    where text.hasPrefix(prefix) {
      return (moment, String(text.dropFirst(prefix.count)))
    }
    return nil
  }()

  static func beforeOpen(_ path: String) { apply(.beforeOpen, path) }
  static func afterOpen(_ path: String) { apply(.afterOpen, path) }

  private static func apply(_ moment: Moment, _ path: String) {
    guard let plan, plan.moment == moment else { return }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if name == plan.name && isTemporary(path) { _ = unlink(path) }
  }

  /// The hook deletes only inside the temporary folder: a stray variable in someone's shell
  /// must never cost them a file of their repository.
  private static func isTemporary(_ path: String) -> Bool {
    guard let resolved = realpath(path, nil) else { return false }
    defer { free(resolved) }
    let full = String(cString: resolved)
    var roots = ["/tmp/"]
    if let tmp = getenv("TMPDIR") {
      let dir = String(cString: tmp)
      if dir.count > 1 { roots.append(dir.hasSuffix("/") ? dir : dir + "/") }
    }
    return roots.contains { full.hasPrefix($0) }
  }
}
