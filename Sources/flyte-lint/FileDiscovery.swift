#if canImport(Glibc)
  import Glibc
#endif

/// Finds the files `check` reads (SPEC §2.1): named files always; directories walked for
/// `*.yaml`, `*.yml`, `*.json`, skipping hidden folders, `.build`, `node_modules`, `.git`.
/// Symlinked folders are followed once: a loop cannot hang the walk.
struct FileDiscovery {
  enum Failure: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
      switch self {
      case .missing(let path): return "\(path): no such file or directory"
      }
    }
  }

  static let extensions = [".yaml", ".yml", ".json"]
  static let skippedFolders: Set<String> = [".build", "node_modules", ".git"]

  /// Files in a stable order, each once.
  static func files(for paths: [String]) throws(Failure) -> [String] {
    var result: [String] = []
    var seen = Set<String>()
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else { throw .missing(path) }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        var visited = Set<FileID>()
        walk(path, &visited, into: &result)
      } else {
        result.append(path)
      }
    }
    // The same file named twice (`a.yaml`, `./a.yaml`, `$PWD/a.yaml`, a link) is checked once.
    var seenFiles = Set<FileID>()
    return result.filter { path in
      guard seen.insert(normalized(path)).inserted else { return false }
      var info = stat()
      guard stat(path, &info) == 0 else { return true }  // unreadable: reported once by the checker
      return seenFiles.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
    }
  }

  private struct FileID: Hashable {
    let device: UInt64
    let inode: UInt64
  }

  private static func walk(_ root: String, _ visited: inout Set<FileID>, into result: inout [String]) {
    var stack = [root]
    while let folder = stack.popLast() {
      var info = stat()
      guard stat(folder, &info) == 0 else { continue }
      guard visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { continue }
      guard let dir = opendir(folder) else { continue }
      var names: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(dir)
      var subfolders: [String] = []
      for name in names.sorted() {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var entryInfo = stat()
        guard stat(path, &entryInfo) == 0 else {
          if hasManifestExtension(name) { result.append(path) }  // a dangling link: reported unreadable
          continue
        }
        let kind = entryInfo.st_mode & S_IFMT
        if kind == S_IFDIR {
          if !name.hasPrefix(".") && !skippedFolders.contains(name) { subfolders.append(path) }
        } else if kind == S_IFREG && hasManifestExtension(name) {
          result.append(path)
        }
      }
      stack.append(contentsOf: subfolders.reversed())
    }
  }

  static func hasManifestExtension(_ name: String) -> Bool {
    let lower = name.lowercased()
    return extensions.contains { lower.hasSuffix($0) }
  }

  /// `./a/b.yaml` and `a/b.yaml` are the same file.
  static func normalized(_ path: String) -> String {
    var p = path
    while p.hasPrefix("./") { p.removeFirst(2) }
    return p
  }
}
