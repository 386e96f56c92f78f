#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files and stdin as bytes with POSIX calls: no Foundation on the hot path, and a
/// size check before anything is allocated.
public enum FileInput {
  public enum Failure: Error, CustomStringConvertible {
    case cannotOpen(String, String)
    case notFound(String)
    case isDirectory(String)
    case tooLarge(String, Int)
    case readFailed(String, String)
    case notRegularFile(String, String)
    case danglingLink(String)

    /// The reason alone, without the path.
    public var reason: String {
      switch self {
      case .cannotOpen(_, let reason): return "cannot open: \(reason)"
      case .notFound: return "no such file"
      case .isDirectory: return "is a directory"
      case .tooLarge(_, let size): return "file is \(size) bytes, more than the 268435456-byte limit"
      case .readFailed(_, let reason): return "cannot read: \(reason)"
      case .notRegularFile(_, let kind): return "is \(kind), not a regular file"
      case .danglingLink: return "is a symbolic link to a file that does not exist"
      }
    }

    public var description: String {
      switch self {
      case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
      case .notFound(let path): return "\(path): no such file"
      case .isDirectory(let path): return "\(path): is a directory"
      case .tooLarge(let path, let size): return "\(path): file is \(size) bytes, more than the 268435456-byte limit"
      case .readFailed(let path, let reason): return "\(path): cannot read: \(reason)"
      case .notRegularFile(let path, _), .danglingLink(let path): return "\(path): \(reason)"
      }
    }
  }

  /// Reads a named file. Only regular files are read: a FIFO, socket or device named like a
  /// manifest is refused up front (opened without blocking, so a FIFO nobody writes to cannot
  /// hang the run); stdin is read with `readStandardInput`.
  public static func read(path: String, limit: Int) throws(Failure) -> [UInt8] {
    FaultInjection.beforeOpen(path)
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      var link = stat()
      if code == ENOENT && lstat(path, &link) == 0 { throw .danglingLink(path) }
      if code == ENOENT || code == ENOTDIR { throw .notFound(path) }
      // A socket cannot be opened at all (ENXIO): say what it is.
      if stat(path, &link) == 0, let kind = kind(link), kind != "a directory" {
        throw .notRegularFile(path, kind)
      }
      throw .cannotOpen(path, String(cString: strerror(code)))
    }
    defer { close(fd) }
    FaultInjection.afterOpen(path)
    var info = stat()
    if fstat(fd, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path) }
      if let kind = kind(info) { throw .notRegularFile(path, kind) }
      if Int(info.st_size) > limit { throw .tooLarge(path, Int(info.st_size)) }
    }
    let size = Int(info.st_size)
    if (info.st_mode & S_IFMT) == S_IFREG && size > 0 {
      // A regular file of known size: read straight into the result, no staging buffer.
      var failure: Failure?
      let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        var done = 0
        while done < size {
          let n = Glibc.read(fd, buffer.baseAddress.map { $0 + done }, size - done)
          if n < 0 && errno == EINTR { continue }
          if n < 0 {
            failure = .readFailed(path, lastError())
            break
          }
          if n == 0 { break }
          done += n
        }
        count = done
      }
      if let failure { throw failure }
      if bytes.count == size {
        // Check for growth since fstat: anything more is read the slow way.
        var probe: UInt8 = 0
        if Glibc.read(fd, &probe, 1) <= 0 { return bytes }
        return try bytes + [probe] + readAll(fd: fd, name: path, limit: limit - size - 1, sizeHint: 0)
      }
      return bytes
    }
    return try readAll(fd: fd, name: path, limit: limit, sizeHint: size)
  }

  /// What a file that is not a regular file is, for a message; nil for a regular file.
  private static func kind(_ info: stat) -> String? {
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFSOCK: return "a socket"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    default: return "a special file"
    }
  }

  public static func readStandardInput(limit: Int) throws(Failure) -> [UInt8] {
    try readAll(fd: 0, name: "<stdin>", limit: limit, sizeHint: 0)
  }

  private static func readAll(fd: Int32, name: String, limit: Int, sizeHint: Int) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(sizeHint, 0) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 14)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .readFailed(name, lastError())
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > limit { throw .tooLarge(name, bytes.count) }
    }
    return bytes
  }

  /// The system's text for the last failed call.
  public static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Writes to stdout/stderr in large blocks.
public struct OutputStream: Sendable {
  public let fd: Int32
  public init(fd: Int32) { self.fd = fd }
  public static let standardOutput = OutputStream(fd: 1)
  public static let standardError = OutputStream(fd: 2)

  /// Writes every byte; false (with `errno` set) when the system refuses.
  @discardableResult
  public func write(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return true }
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
  }

  public func write(_ text: String) { write(Array(text.utf8)) }
}
