#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an atomic write did not happen. In every case the file is as it was and no temporary
/// file is left behind.
public enum AtomicFileError: Error, Sendable, Equatable, CustomStringConvertible {
  case readOnly(String)
  case directoryNotWritable(String)
  case noDirectory(String)
  case notRegularFile(String)
  case cannotInspect(String, String)
  case cannotCreateTemporary(String, String)
  case writeFailed(String, String)
  case renameFailed(String, String)

  public var path: String {
    switch self {
    case .readOnly(let path), .directoryNotWritable(let path), .noDirectory(let path),
      .notRegularFile(let path),
      .cannotInspect(let path, _), .cannotCreateTemporary(let path, _), .writeFailed(let path, _),
      .renameFailed(let path, _):
      return path
    }
  }

  /// The reason alone, lowercase, for "PATH: not fixed: REASON".
  public var reason: String {
    switch self {
    case .readOnly: return "the file is read-only"
    case .directoryNotWritable: return "its directory is not writable"
    case .noDirectory: return "its directory does not exist"
    case .notRegularFile: return "not a regular file"
    case .cannotInspect(_, let why): return "cannot inspect the file: \(why)"
    case .cannotCreateTemporary(_, let why):
      return "cannot create a temporary file next to it: \(why)"
    case .writeFailed(_, let why): return "writing failed: \(why); the file is unchanged"
    case .renameFailed(_, let why):
      return "replacing the file failed: \(why); the file is unchanged"
    }
  }

  public var description: String { "\(path): \(reason)" }
}

/// The text of `errno`.
enum SystemError {
  static func last() -> String { String(cString: strerror(errno)) }
}
