import FlyteLint

/// A request's id: JSON-RPC allows a number or a string.
public enum RequestID: Hashable, Sendable {
  case number(Int)
  case text(String)

  init?(_ value: JSONValue?) {
    switch value {
    case .int(let n)?: self = .number(n)
    case .string(let s)?: self = .text(s)
    default: return nil
    }
  }

  var json: JSONValue {
    switch self {
    case .number(let n): return .int(n)
    case .text(let s): return .string(s)
    }
  }
}

/// One decoded message from the client.
enum IncomingMessage: Sendable {
  case request(id: RequestID, method: String, params: JSONValue?)
  case notification(method: String, params: JSONValue?)
  /// The client's answer to a request of ours (registrations): nothing waits for it.
  case response(id: RequestID?)
  /// Not a JSON-RPC message: answered with an error (id null when none could be read).
  case invalid(id: RequestID?, ResponseError)

  static func decode(_ body: [UInt8]) -> IncomingMessage {
    let value: JSONValue
    switch JSONValue.parse(body) {
    case .success(let v): value = v
    case .failure(let failure): return .invalid(id: nil, ResponseError(.parseError, "the message is not JSON: \(failure.message)"))
    }
    guard case .object = value else { return .invalid(id: nil, ResponseError(.invalidRequest, "a message must be a JSON object")) }
    let id = RequestID(value["id"])
    guard let method = value["method"]?.stringValue else {
      if value["result"] != nil || value["error"] != nil { return .response(id: id) }
      return .invalid(id: id, ResponseError(.invalidRequest, "the message has no \"method\""))
    }
    let params = value["params"]
    if let params, !(params.isObjectOrArray) {
      return .invalid(id: id, ResponseError(.invalidRequest, "\"params\" must be an object or an array"))
    }
    if let idValue = value["id"], !idValue.isNull {
      guard let id else { return .invalid(id: nil, ResponseError(.invalidRequest, "\"id\" must be a number or a string")) }
      return .request(id: id, method: method, params: params)
    }
    return .notification(method: method, params: params)
  }
}

extension JSONValue {
  var isObjectOrArray: Bool {
    switch self {
    case .object, .array: return true
    default: return false
    }
  }
}

/// A JSON-RPC error object.
public struct ResponseError: Error, Sendable, Equatable {
  public enum Code: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
    case requestCancelled = -32800
  }

  public var code: Code
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  var json: JSONValue { .object([("code", .int(code.rawValue)), ("message", .string(message))]) }

  static func missing(_ what: String) -> ResponseError { ResponseError(.invalidParams, "missing or invalid \(what)") }
}
