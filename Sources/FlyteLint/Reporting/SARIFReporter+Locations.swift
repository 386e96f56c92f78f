import FlyteSyntax

/// Artifact URIs and regions. Columns are Unicode scalars (`columnKind: unicodeCodePoints`),
/// 1-based, and `endColumn` is one past the last character, like our end-exclusive ranges.
extension SARIFReporter {
  /// `file:///…/` of the repository root, for `originalUriBaseIds`.
  var rootURI: String? {
    guard let root = paths.root else { return nil }
    return "file://" + Self.uriPath(root.hasSuffix("/") ? root : root + "/")
  }

  func physicalLocation(_ artifact: JSONValue, _ region: JSONValue) -> JSONValue {
    .object([("artifactLocation", artifact), ("region", region)])
  }

  /// Relative to `%SRCROOT%` when the file is in the repository; an absolute `file://` URI
  /// when it is not (a path given as `../elsewhere/x.yaml`).
  func artifactLocation(_ path: String) -> JSONValue {
    guard let relative = paths.relative(path) else {
      return .object([("uri", .string("file://" + Self.uriPath(paths.absolute(path))))])
    }
    return .object(dropping: [
      ("uri", .string(Self.uriPath(relative))),
      ("uriBaseId", paths.root == nil ? nil : .string(Self.rootBaseID)),
    ])
  }

  func region(
    _ range: ByteRange, in file: FileReport, _ start: SourcePosition? = nil,
    _ end: SourcePosition? = nil
  ) -> JSONValue {
    let from = start ?? file.position(range.start)
    let to = end ?? file.position(range.end)
    return .object([
      ("startLine", .int(from.line)), ("startColumn", .int(from.column)),
      ("endLine", .int(to.line)), ("endColumn", .int(to.column)),
    ])
  }

  /// A path as a URI path: bytes other than unreserved characters and `/` are percent-encoded
  /// (spaces, `%`, `#`, `?`, `:` and non-ASCII would otherwise change what the URI means).
  static func uriPath(_ path: String) -> String {
    let hex = Array("0123456789ABCDEF".unicodeScalars)
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 0xF)])
      }
    }
    return out
  }
}
