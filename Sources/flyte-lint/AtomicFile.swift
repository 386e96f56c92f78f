#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers (and a later run after a crash) see the old content or the
/// new, never half of it: the bytes go to a temporary file in the same folder, are flushed,
/// then renamed over the target in one step.
enum AtomicFile {
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot write \(path): \(reason)" }
  }

  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    // Hidden and next to the target: same file system, so the rename cannot copy.
    var template = Array((folder + "." + name + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard fd >= 0 else { throw Failure(path: path, reason: FileInput.lastError()) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    do throws(Failure) {
      defer { close(fd) }
      try writeAll(bytes, to: fd, path: path)
      // mkstemp makes the file 0600; give it the mode a plain create would (or the old file's).
      guard fchmod(fd, mode(replacing: path)) == 0, fsync(fd) == 0 else {
        throw Failure(path: path, reason: FileInput.lastError())
      }
    } catch {
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let reason = FileInput.lastError()
      unlink(temporary)
      throw Failure(path: path, reason: reason)
    }
  }

  /// Adds to the end of a file, creating it if needed (GitHub's step summary is shared by every
  /// command of the step, so it is never replaced).
  static func append(_ bytes: [UInt8], to path: String) throws(Failure) {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw Failure(path: path, reason: FileInput.lastError()) }
    defer { close(fd) }
    try writeAll(bytes, to: fd, path: path)
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(Failure) {
    guard OutputStream(fd: fd).write(bytes) else {
      throw Failure(path: path, reason: FileInput.lastError())
    }
  }

  /// The existing file's permissions, else what `open(…, 0666)` would give under the umask.
  private static func mode(replacing path: String) -> mode_t {
    var info = stat()
    if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
    let mask = umask(0)
    umask(mask)
    return 0o666 & ~mask
  }
}
