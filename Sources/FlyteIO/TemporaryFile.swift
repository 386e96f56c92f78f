#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The hidden file `AtomicFile` writes before renaming it into place.
struct TemporaryFile {
  let path: String
  /// The path errors name: the user's file, not this temporary one.
  private let reported: String
  private var fd: Int32

  /// Creates `.<name>.<random>.flyte-lint-tmp` next to `target`. `O_EXCL` makes the name ours
  /// alone; the 0666 mode lets the umask decide a new file's permissions, as for any file.
  init(in directory: String, for target: String, reportingAs reported: String)
    throws(AtomicFileError)
  {
    self.reported = reported
    let name = target.split(separator: "/").last.map(String.init) ?? "file"
    for _ in 0..<16 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let candidate = "\(directory)/.\(name).\(suffix).flyte-lint-tmp"
      let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 {
        self.path = candidate
        self.fd = fd
        return
      }
      if errno != EEXIST { throw .cannotCreateTemporary(reported, SystemError.last()) }
    }
    throw .cannotCreateTemporary(reported, "no free temporary name")
  }

  /// Writes all of `bytes`, going on after short writes and interruptions.
  mutating func write(_ bytes: [UInt8], using writeChunk: (Int32, UnsafeRawBufferPointer) -> Int)
    throws(AtomicFileError)
  {
    let fd = self.fd
    let failure: String? = bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = writeChunk(fd, UnsafeRawBufferPointer(rebasing: raw[offset...]))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return n < 0 ? SystemError.last() : "no progress" }
        offset += n
      }
      return nil
    }
    if let failure { throw .writeFailed(reported, failure) }
  }

  /// Gives the new file the old one's mode, and its owner where the process may (only root may
  /// give a file away; anyone else keeps ownership, which is what an editor's save does too).
  func copyPermissions(of existing: stat) {
    _ = fchmod(fd, existing.st_mode & 0o7777)
    if existing.st_uid != geteuid() || existing.st_gid != getegid() {
      _ = fchown(fd, existing.st_uid, existing.st_gid)
      // fchown can clear set-id bits: set the mode again.
      _ = fchmod(fd, existing.st_mode & 0o7777)
    }
  }

  /// Flushes to disk and closes; after this only a rename remains.
  mutating func finish() throws(AtomicFileError) {
    guard fsync(fd) == 0 else { throw .writeFailed(reported, SystemError.last()) }
    let result = close(fd)
    fd = -1
    guard result == 0 else { throw .writeFailed(reported, SystemError.last()) }
  }

  /// Closes (if still open) and removes the temporary file.
  mutating func discard() {
    if fd >= 0 { close(fd) }
    fd = -1
    unlink(path)
  }
}
