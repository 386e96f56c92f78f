import FlyteLint

// Placeholder until the feature providers land (same session).
extension LanguageServer {
  func hover(_ params: JSONValue?) throws(ResponseError) -> JSONValue { _ = try openDocument(params); return .null }
  func completion(_ params: JSONValue?) throws(ResponseError) -> JSONValue { _ = try openDocument(params); return .array([]) }
  func documentSymbols(_ params: JSONValue?) throws(ResponseError) -> JSONValue { _ = try openDocument(params); return .array([]) }
  func definition(_ params: JSONValue?) throws(ResponseError) -> JSONValue { _ = try openDocument(params); return .null }
}
