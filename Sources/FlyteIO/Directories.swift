#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Folder creation and whole-file reads for the report writers (simulate's `--out` and cache
/// folders), next to `AtomicFile` so every file edge stays in one module.
public enum Directories {
  /// Creates `path` and its missing parents (`mkdir -p`); an existing folder is fine.
  public static func create(_ path: String) throws(AtomicFileError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") where !part.isEmpty {
      prefix += part
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw .noDirectory(prefix)
      }
      var info = stat()
      guard stat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
        throw .noDirectory(prefix)
      }
      prefix += "/"
    }
  }

  /// The bytes of a regular file, or nil when it is missing or unreadable (callers treat that
  /// as "no entry": a cache miss, not an error).
  public static func contents(of path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 { return nil }
      if n == 0 { return bytes }
      bytes += chunk[0..<n]
    }
  }
}
