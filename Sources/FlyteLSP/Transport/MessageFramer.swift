/// Cuts a byte stream into JSON-RPC message bodies by their `Content-Length` headers
/// (LSP base protocol), working on bytes only.
///
/// Input may arrive in any pieces: a header split across reads, several messages in one read,
/// a body of many megabytes. Bytes that are not a header block (a stray print of a client, a
/// corrupted length) are skipped up to the next `Content-Length` header, and reported, so one
/// bad write never ends the session.
public struct MessageFramer: Sendable {
  public enum Output: Equatable, Sendable {
    case message([UInt8])
    /// Bytes dropped while looking for the next header, and why.
    case skipped(count: Int, reason: String)
  }

  /// Largest body accepted; a bigger `Content-Length` is skipped as garbage.
  public var maxBodyBytes: Int
  /// Longest header block accepted before its blank line.
  public var maxHeaderBytes = 8 << 10

  private var buffer: [UInt8] = []
  /// Bytes of `buffer` already consumed (dropped lazily, so taking messages is not quadratic).
  private var start = 0
  /// Body length of the header block already read, while its body is still arriving.
  private var pendingBody: Int?

  public init(maxBodyBytes: Int = 512 << 20) { self.maxBodyBytes = maxBodyBytes }

  public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// Bytes held that are not yet part of a message.
  public var bufferedCount: Int { buffer.count - start }

  /// The next complete message or skip, nil when more bytes are needed.
  public mutating func next() -> Output? {
    if let length = pendingBody {
      guard buffer.count - start >= length else { return nil }
      let body = Array(buffer[start..<start + length])
      start += length
      pendingBody = nil
      return .message(body)
    }
    guard start < buffer.count else { return nil }
    if !startsWithHeaderName() { return skipToNextHeader(reason: "bytes outside any message") }
    guard let end = headerEnd() else {
      if buffer.count - start > maxHeaderBytes { return skipToNextHeader(reason: "header block too long") }
      return nil
    }
    let header = HeaderBlock(buffer[start..<end.headerEnd])
    let headerStart = start
    start = end.bodyStart
    guard let length = header.contentLength else {
      return .skipped(count: start - headerStart, reason: "header without a valid Content-Length")
    }
    guard length <= maxBodyBytes else {
      return .skipped(count: start - headerStart, reason: "Content-Length \(length) is more than the \(maxBodyBytes)-byte limit")
    }
    pendingBody = length
    return next()
  }

  private static let contentLength = Array("content-length:".utf8)
  private static let contentType = Array("content-type:".utf8)

  /// True when the unread bytes start with a header name we know (or a prefix of one, when
  /// they are too few to tell).
  private func startsWithHeaderName() -> Bool {
    hasPrefixIgnoringCase(Self.contentLength, at: start) || hasPrefixIgnoringCase(Self.contentType, at: start)
  }

  private func hasPrefixIgnoringCase(_ word: [UInt8], at offset: Int) -> Bool {
    let available = min(word.count, buffer.count - offset)
    var i = 0
    while i < available {
      if Self.lower(buffer[offset + i]) != word[i] { return false }
      i += 1
    }
    return true
  }

  @inline(__always) private static func lower(_ b: UInt8) -> UInt8 {
    b >= 0x41 && b <= 0x5A ? b | 0x20 : b
  }

  /// Drops bytes up to the next `Content-Length:` (or keeps a tail that may be its start).
  private mutating func skipToNextHeader(reason: String) -> Output {
    let from = start
    var i = start + 1
    while i < buffer.count {
      if hasPrefixIgnoringCase(Self.contentLength, at: i) { break }
      i += 1
    }
    start = i
    return .skipped(count: i - from, reason: reason)
  }

  /// Where the header block's blank line is: `\r\n\r\n` (or a bare `\n\n`, which some
  /// clients write).
  private func headerEnd() -> (headerEnd: Int, bodyStart: Int)? {
    var i = start
    let limit = min(buffer.count, start + maxHeaderBytes + 4)
    while i < limit {
      if buffer[i] == 0x0A && i > start {
        if i + 1 < buffer.count && buffer[i + 1] == 0x0A { return (i, i + 2) }
        if i + 2 < buffer.count && buffer[i + 1] == 0x0D && buffer[i + 2] == 0x0A { return (i - (buffer[i - 1] == 0x0D ? 1 : 0), i + 3) }
      }
      i += 1
    }
    return nil
  }
}

/// The header lines of one message.
struct HeaderBlock {
  let contentLength: Int?
  let count: Int

  init(_ bytes: ArraySlice<UInt8>) {
    count = bytes.count
    var length: Int?
    for line in bytes.split(separator: 0x0A) {
      let text = line.last == 0x0D ? line.dropLast() : line
      guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let name = text[text.startIndex..<colon].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      guard name == Array("content-length".utf8) else { continue }
      length = Self.decimal(text[(colon + 1)...])
    }
    contentLength = length
  }

  /// A non-negative decimal with optional surrounding spaces; nil for anything else.
  static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
    let digits = bytes.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
    guard !digits.isEmpty, digits.count <= 12 else { return nil }
    var value = 0
    for b in digits {
      guard b >= 0x30 && b <= 0x39 else { return nil }
      value = value * 10 + Int(b - 0x30)
    }
    return value
  }
}
