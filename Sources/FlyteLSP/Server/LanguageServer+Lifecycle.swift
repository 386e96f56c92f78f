import FlyteLint

extension LanguageServer {
  func initialize(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
    let capabilities = params?["capabilities"]
    let offered = capabilities?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue)
    encoding = PositionEncoding.negotiate(offered)
    clientPullsDiagnostics = capabilities?["textDocument"]?["diagnostic"] != nil
    clientNestsSymbols = capabilities?["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue == true
    clientRegistersWatchers = capabilities?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
    if let url = params?["initializationOptions"]?["docsUrl"]?.stringValue, !url.isEmpty {
      docsURL = url.hasSuffix("/") ? url : url + "/"
    }
    workspace = Workspace(root: Self.workspaceRoot(params))
    phase = .running
    return .object([
      ("capabilities", serverCapabilities),
      ("serverInfo", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
    ])
  }

  /// The first workspace folder, else the deprecated `rootUri` / `rootPath`.
  static func workspaceRoot(_ params: JSONValue?) -> String? {
    if let folder = params?["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue,
      let path = DocumentURI.path(of: folder)
    {
      return path
    }
    if let uri = params?["rootUri"]?.stringValue, let path = DocumentURI.path(of: uri) { return path }
    if let path = params?["rootPath"]?.stringValue, path.hasPrefix("/") { return path }
    return nil
  }

  private var serverCapabilities: JSONValue {
    .object([
      ("positionEncoding", .string(encoding.rawValue)),
      (
        "textDocumentSync",
        .object([
          ("openClose", .bool(true)), ("change", .int(2)), ("save", .object([("includeText", .bool(false))])),
        ])
      ),
      (
        "diagnosticProvider",
        .object([
          ("identifier", .string(ToolInfo.name)), ("interFileDependencies", .bool(true)),
          ("workspaceDiagnostics", .bool(false)),
        ])
      ),
      (
        "codeActionProvider",
        .object([
          ("codeActionKinds", .array([.string("quickfix"), .string(CodeActionKind.fixAll)])),
          ("resolveProvider", .bool(false)),
        ])
      ),
      ("hoverProvider", .bool(true)),
      (
        "completionProvider",
        .object([
          ("triggerCharacters", .array([":", "=", ",", " ", "-", "["].map { .string($0) })),
          ("resolveProvider", .bool(false)),
        ])
      ),
      ("documentSymbolProvider", .bool(true)),
      ("definitionProvider", .bool(true)),
    ])
  }

  func initialized() {
    guard clientRegistersWatchers else { return }
    let watchers: [JSONValue] = ["**/.flyte-lint.{yaml,yml,json}", "**/*.{yaml,yml,json}"].map {
      .object([("globPattern", .string($0))])
    }
    sendRequest(
      "client/registerCapability",
      .object([
        (
          "registrations",
          .array([
            .object([
              ("id", .string("flyte-lint-watched-files")), ("method", .string("workspace/didChangeWatchedFiles")),
              ("registerOptions", .object([("watchers", .array(watchers))])),
            ])
          ])
        )
      ]))
  }

  enum MessageType: Int {
    case error = 1, warning, info, log
  }

  func showMessage(_ type: MessageType, _ text: String) {
    channel.notify("window/showMessage", .object([("type", .int(type.rawValue)), ("message", .string(text))]))
  }
}

enum CodeActionKind {
  static let quickFix = "quickfix"
  static let fixAll = "source.fixAll.flyte-lint"
}
