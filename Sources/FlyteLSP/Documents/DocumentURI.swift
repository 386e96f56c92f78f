/// `file://` URIs and file-system paths, both ways (RFC 3986 percent-encoding on bytes).
public enum DocumentURI {
  /// The path of a `file:` URI; nil for other schemes (`untitled:`, …).
  public static func path(of uri: String) -> String? {
    var bytes = Array(uri.utf8)
    let scheme = Array("file://".utf8)
    guard bytes.count >= scheme.count, bytes[0..<scheme.count].map({ $0 | 0x20 }) == scheme.map({ $0 | 0x20 }) else { return nil }
    bytes.removeFirst(scheme.count)
    // `file://host/path`: the authority is dropped (local files only).
    if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) { bytes.removeFirst(slash) } else { return nil }
    if let query = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
      bytes.removeSubrange(query...)
    }
    return String(decoding: percentDecoded(bytes), as: UTF8.self)
  }

  /// The `file:` URI of an absolute path.
  public static func uri(ofPath path: String) -> String {
    var out = Array("file://".utf8)
    let hex = Array("0123456789ABCDEF".utf8)
    for b in path.utf8 {
      if isUnreserved(b) || b == UInt8(ascii: "/") {
        out.append(b)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func isUnreserved(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): return true
    default: return false
    }
  }

  private static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) {
        out.append(hi << 4 | lo)
        i += 3
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return out
  }

  private static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
