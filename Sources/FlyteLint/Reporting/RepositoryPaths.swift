/// Where the report's paths sit in the repository. Reports show paths relative to the working
/// directory, but GitHub (annotations and code scanning) wants them relative to the repository
/// root, and SARIF names that root once (`%SRCROOT%`) so every result can stay relative.
public struct RepositoryPaths: Sendable {
  /// Absolute path of the repository root (the nearest folder with `.git`, else the working
  /// directory); nil leaves paths as the report shows them.
  public var root: String?
  /// Absolute working directory the report's relative paths start from.
  public var workingDirectory: String

  public init(root: String?, workingDirectory: String) {
    self.root = root.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    self.workingDirectory = workingDirectory
  }

  /// Paths used as the report shows them, no root named.
  public static let asShown = RepositoryPaths(root: nil, workingDirectory: ".")

  /// A report path relative to the root, or nil when it lies outside the root (then
  /// `absolute(path)` is the only useful name for it).
  public func relative(_ path: String) -> String? {
    guard let root else { return path }
    let full = Self.absolute(path, in: workingDirectory)
    if root == "/" { return String(full.dropFirst()) }
    guard full.hasPrefix(root + "/") else { return nil }
    return String(full.dropFirst(root.count + 1))
  }

  public func absolute(_ path: String) -> String { Self.absolute(path, in: workingDirectory) }

  /// An absolute path without `.` segments and with `..` resolved textually.
  public static func absolute(_ path: String, in directory: String) -> String {
    let joined = path.hasPrefix("/") ? path : directory + "/" + path
    // Most paths need no clean-up (no empty, `.` or `..` segment): skip the rebuild for them.
    if isClean(joined) { return joined }
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." || part.isEmpty { continue }
      if part == ".." {
        _ = parts.popLast()
      } else {
        parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// True when no segment after the leading `/` is empty, `.` or `..` (one pass over the
  /// bytes: this runs for every checked file).
  private static func isClean(_ path: String) -> Bool {
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    var segmentLength = 0
    var dotsOnly = true
    var first = true
    for byte in path.utf8 {
      if byte == slash {
        if !first && (segmentLength == 0 || (dotsOnly && segmentLength <= 2)) { return false }
        first = false
        segmentLength = 0
        dotsOnly = true
      } else {
        segmentLength += 1
        dotsOnly = dotsOnly && byte == dot
      }
    }
    return segmentLength > 0 && !(dotsOnly && segmentLength <= 2)
  }
}
