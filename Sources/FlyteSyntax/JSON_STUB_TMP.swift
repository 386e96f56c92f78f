// TEMPORARY until the JSON parser lands.
struct JSONParser {
  let source: [UInt8]
  let limits: SyntaxLimits
  init(_ buffer: UnsafeBufferPointer<UInt8>, source: [UInt8], limits: SyntaxLimits) { self.source = source; self.limits = limits }
  mutating func parse() -> SyntaxTree { var t = SyntaxTree(source: source, format: .json); t.errors.append(SyntaxError(.unexpectedToken, "json not yet", .empty(at: 0))); return t }
}
