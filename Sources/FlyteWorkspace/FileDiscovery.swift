#if canImport(Glibc)
  import Glibc
#endif

/// Finds the files `check` reads (SPEC §2.1): named files always; directories walked for
/// `*.yaml`, `*.yml`, `*.json`, skipping hidden folders, `.build`, `node_modules`, `.git`.
/// Symlinked folders are followed once: a loop cannot hang the walk.
public struct FileDiscovery {
  public enum Failure: Error, CustomStringConvertible {
    case missing(String)
    public var description: String {
      switch self {
      case .missing(let path): return "\(path): no such file or directory"
      }
    }
  }

  public static let extensions = [".yaml", ".yml", ".json"]
  public static let skippedFolders: Set<String> = [".build", "node_modules", ".git"]

  /// Calls `body` with each file as it is found, in a stable order, each once: the same file
  /// named twice (`a.yaml`, `./a.yaml`, `$PWD/a.yaml`, a link) comes once. `body` returns
  /// false to stop the walk.
  public static func forEachFile(in paths: [String], _ body: (String) -> Bool) throws(Failure) {
    var seen = Set<String>()
    var seenFiles = Set<FileID>()
    var going = true
    func visit(_ path: String, _ id: FileID?) -> Bool {
      guard going else { return false }
      guard seen.insert(normalized(path)).inserted else { return true }
      // An unreadable file has no id: it is reported once by the checker.
      if let id, !seenFiles.insert(id).inserted { return true }
      going = body(path)
      return going
    }
    for path in paths where going {
      var info = stat()
      guard stat(path, &info) == 0 else {
        // A link that exists but leads nowhere (dangling, or a loop) is a file that cannot be
        // read: an FL001 finding like in a walk, not a usage error.
        guard lstat(path, &info) == 0 else { throw .missing(path) }
        _ = visit(path, nil)
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        var visited = Set<FileID>()
        walk(path, &visited, visit)
      } else {
        _ = visit(path, FileID(info))
      }
    }
  }

  private struct FileID: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  /// Visits the folder's files depth-first in name order; stops when `visit` returns false.
  private static func walk(_ root: String, _ visited: inout Set<FileID>, _ visit: (String, FileID?) -> Bool) {
    var stack = [root]
    while let folder = stack.popLast() {
      var info = stat()
      guard stat(folder, &info) == 0 else { continue }
      guard visited.insert(FileID(info)).inserted else { continue }
      guard let dir = opendir(folder) else { continue }
      defer { closedir(dir) }
      var names: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
      }
      var subfolders: [String] = []
      let folderFD = dirfd(dir)
      for name in names.sorted() {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var entryInfo = stat()
        // Relative to the open folder: the kernel looks up one name, not the whole path.
        guard fstatat(folderFD, name, &entryInfo, 0) == 0 else {
          // A dangling link: reported unreadable.
          if hasManifestExtension(name) && !visit(path, nil) { return }
          continue
        }
        let kind = entryInfo.st_mode & S_IFMT
        if kind == S_IFDIR {
          if !name.hasPrefix(".") && !skippedFolders.contains(name) { subfolders.append(path) }
        } else if kind == S_IFREG && hasManifestExtension(name) {
          if !visit(path, FileID(entryInfo)) { return }
        }
      }
      stack.append(contentsOf: subfolders.reversed())
    }
  }

  /// `.yaml`, `.yml` or `.json` in any letter case (compared on bytes: this runs per file).
  public static func hasManifestExtension(_ name: String) -> Bool {
    let bytes = Array(name.utf8.suffix(5))
    func endsWith(_ ext: String) -> Bool {
      let wanted = Array(ext.utf8)
      guard bytes.count >= wanted.count else { return false }
      // ASCII letters fold to lower case with 0x20; the dot is unchanged by it.
      return zip(bytes.suffix(wanted.count), wanted).allSatisfy { $0 | 0x20 == $1 }
    }
    return extensions.contains(where: endsWith)
  }

  /// `./a/b.yaml` and `a/b.yaml` are the same file.
  public static func normalized(_ path: String) -> String {
    var p = path
    while p.hasPrefix("./") { p.removeFirst(2) }
    return p
  }
}
