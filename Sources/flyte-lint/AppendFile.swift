#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import FlyteWorkspace

/// Adds to the end of a file, creating it if needed (GitHub's step summary is shared by every
/// command of the step, so it is never replaced). Replacing a file is `FlyteIO.AtomicFile`.
enum AppendFile {
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot write \(path): \(reason)" }
  }

  static func append(_ bytes: [UInt8], to path: String) throws(Failure) {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw Failure(path: path, reason: FileInput.lastError()) }
    defer { close(fd) }
    guard OutputStream(fd: fd).write(bytes) else {
      throw Failure(path: path, reason: FileInput.lastError())
    }
  }
}
