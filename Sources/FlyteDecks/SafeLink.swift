/// Links on our pages only ever point at decks inside the output folder. Escaping alone would
/// still let `javascript:…` or `https://…` through as a working href, so anything that is not
/// a relative path of `[A-Za-z0-9._/-]` (no `..` segment, no leading `/`) gets no link.
enum SafeLink {
  static func href(_ path: String) -> String? {
    guard !path.isEmpty, !path.hasPrefix("/") else { return nil }
    let bytesOK = path.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "-"), UInt8(ascii: "/"):
        true
      default: false
      }
    }
    guard bytesOK, !path.split(separator: "/").contains("..") else { return nil }
    return path
  }
}
