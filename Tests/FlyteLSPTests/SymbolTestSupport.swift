import FlyteManifest
import FlyteSyntax
import Foundation

/// Helpers for the symbol and reference tests: files from text, byte ranges found in text.
enum SymbolTestSupport {
  static func file(_ text: String, path: String = "manifest.yaml") -> ManifestFile {
    ManifestFile(path: path, bytes: Array(text.utf8))
  }

  /// A file of the repository's `fixtures/` folder, read from disk.
  static func fixture(_ relativePath: String) throws -> (file: ManifestFile, text: String) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = root.appendingPathComponent("fixtures").appendingPathComponent(relativePath)
    let bytes = [UInt8](try Data(contentsOf: url))
    return (ManifestFile(path: url.path, bytes: bytes), String(decoding: bytes, as: UTF8.self))
  }

  /// The byte offset of the `occurrence`-th (0-based) `needle` in `text`.
  static func offset(of needle: String, in text: String, occurrence: Int = 0) -> Int {
    let haystack = Array(text.utf8)
    let wanted = Array(needle.utf8)
    var seen = 0
    var start = 0
    while start + wanted.count <= haystack.count {
      if haystack[start..<start + wanted.count].elementsEqual(wanted) {
        if seen == occurrence { return start }
        seen += 1
      }
      start += 1
    }
    return -1
  }

  /// The bytes of the `occurrence`-th `needle` in `text`.
  static func range(of needle: String, in text: String, occurrence: Int = 0) -> ByteRange {
    let start = offset(of: needle, in: text, occurrence: occurrence)
    return ByteRange(start, start + needle.utf8.count)
  }

  /// From the start of `first` to the end of the next `last` after it.
  static func span(from first: String, to last: String, in text: String, occurrence: Int = 0)
    -> ByteRange
  {
    let start = offset(of: first, in: text, occurrence: occurrence)
    let tail = String(decoding: Array(text.utf8)[start...], as: UTF8.self)
    let end = start + offset(of: last, in: tail) + last.utf8.count
    return ByteRange(start, end)
  }
}
