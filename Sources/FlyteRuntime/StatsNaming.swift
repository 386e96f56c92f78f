/// flytekit's in-pod `TaggableStats` naming (flytekit-semantics §1g): prefix
/// `<project>.<domain>.<task>.user_stats` lower-cased, then the metric, then `.__key=value` per
/// tag in sorted key order, `| . :` in values replaced by `_`, empty values dropped; the
/// execution tags win over user tags of the same key; a non-ASCII key turns tagging off.
struct StatsNaming {
  /// The flytekit version the model follows, sent as the `api_version` tag.
  static let flytekitVersion = "1.16.0"

  var project: String
  var domain: String
  var task: String
  var workflow: String

  var prefix: String { "\(project).\(domain).\(task).user_stats".lowercased() }

  func name(_ metric: String, userTags: [(String, String)]) -> String {
    var tags: [String: String] = [:]
    for (key, value) in userTags { tags[key] = value }
    let execution = [
      "exec_project": project, "exec_domain": domain, "exec_workflow": workflow,
      "exec_launchplan": "",
      "api_version": Self.flytekitVersion,
    ]
    for (key, value) in execution { tags[key] = value }
    guard tags.keys.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isASCII) }) else {
      return prefix + "." + metric
    }
    var name = metric
    for key in tags.keys.sorted() {
      guard let value = tags[key], !value.isEmpty else { continue }
      let cleaned = String(value.map { "|.:".contains($0) ? "_" : $0 })
      name += ".__\(key)=\(cleaned)"
    }
    return prefix + "." + name
  }
}
