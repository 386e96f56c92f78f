import FlyteManifest

/// A test source with the cursor marked by `‸`: the bytes without the marker and the
/// marker's byte offset.
struct CursorSource {
  let bytes: [UInt8]
  let offset: Int

  init(_ marked: String) {
    let marker = Array("‸".utf8)
    let all = Array(marked.utf8)
    var bytes: [UInt8] = []
    var offset = all.count
    var i = 0
    while i < all.count {
      if all[i...].starts(with: marker) {
        offset = bytes.count
        i += marker.count
      } else {
        bytes.append(all[i])
        i += 1
      }
    }
    self.bytes = bytes
    self.offset = offset
  }

  var file: ManifestFile { ManifestFile(path: "m.flyte.yaml", bytes: bytes) }

  /// The byte offset of the first occurrence of `text`.
  func offset(of text: String) -> Int {
    let wanted = Array(text.utf8)
    guard !wanted.isEmpty, bytes.count >= wanted.count else { return -1 }
    for start in 0...(bytes.count - wanted.count) where bytes[start...].starts(with: wanted) {
      return start
    }
    return -1
  }

  func text(_ lower: Int, _ upper: Int) -> String {
    String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}
