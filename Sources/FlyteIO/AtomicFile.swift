#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's content all at once: the new bytes go to a temporary file in the same
/// directory, which is flushed to disk (fsync) and then renamed over the file. A crash, a kill
/// or a full disk at any moment leaves either the old content or the new, never a mix or a
/// truncated file. The file keeps its permission bits (and owner, where allowed); a symbolic
/// link stays a link and its target is replaced.
///
/// Read-only files and directories are refused even where the process could write them anyway
/// (root ignores permission bits, and a rename never looks at the replaced file's mode): a
/// read-only mark is the user saying "do not change this".
public struct AtomicFile: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// Throws the reason `write` would refuse, without writing anything.
  public func checkWritable() throws(AtomicFileError) {
    _ = try plan()
  }

  public func write(_ bytes: [UInt8]) throws(AtomicFileError) {
    try write(bytes) { fd, chunk in systemWrite(fd, chunk.baseAddress, chunk.count) }
  }

  /// `write` with the system call that writes a chunk passed in, so tests can make it fail
  /// part-way (it returns the bytes written, or -1 with `errno` set).
  func write(_ bytes: [UInt8], using writeChunk: (Int32, UnsafeRawBufferPointer) -> Int)
    throws(AtomicFileError)
  {
    let plan = try plan()
    var temporary = try TemporaryFile(in: plan.directory, for: plan.target, reportingAs: path)
    do throws(AtomicFileError) {
      try temporary.write(bytes, using: writeChunk)
      if let existing = plan.existing { temporary.copyPermissions(of: existing) }
      try temporary.finish()
      guard rename(temporary.path, plan.target) == 0 else {
        throw .renameFailed(path, SystemError.last())
      }
    } catch {
      temporary.discard()
      throw error
    }
    Self.syncDirectory(plan.directory)
  }

  /// Where to write and what to keep.
  private struct Plan {
    /// The real file (links followed), or `path` for a new file.
    var target: String
    var directory: String
    /// The current file's status; nil for a new file.
    var existing: stat?
  }

  private func plan() throws(AtomicFileError) -> Plan {
    let target = Self.resolved(path)
    var info = stat()
    var existing: stat?
    if stat(target, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile(path) }
      guard access(target, W_OK) == 0, info.st_mode & 0o222 != 0 else { throw .readOnly(path) }
      existing = info
    } else if errno != ENOENT {
      throw .cannotInspect(path, SystemError.last())
    }
    let directory = Self.directory(of: target)
    var directoryInfo = stat()
    guard stat(directory, &directoryInfo) == 0 else { throw .noDirectory(path) }
    guard access(directory, W_OK) == 0, directoryInfo.st_mode & 0o222 != 0 else {
      throw .directoryNotWritable(path)
    }
    return Plan(target: target, directory: directory, existing: existing)
  }

  /// The path with symbolic links resolved, so the link survives and its target changes.
  private static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Makes the rename itself durable. Best effort: some file systems refuse fsync on a
  /// directory, and the content is already safe either way.
  private static func syncDirectory(_ directory: String) {
    let fd = open(directory, O_RDONLY)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }
}

/// The POSIX `write`, under a name that does not collide with `AtomicFile.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
  #else
    Darwin.write(fd, buffer, count)
  #endif
}
