import FlyteManifest
import FlyteSyntax
import Foundation

/// Converts an oracle spec (see `flytekit_oracle.py`) into a native manifest (SPEC §3):
/// `inputs`/`outputs` and `task_kwargs` become task keys as they are (JSON values are the
/// Python values flytekit got; a timedelta `{seconds: N, …}` is our timedelta mapping).
enum OracleManifest {
  struct Skip: Error {
    let reason: String
  }

  static let timedeltaKeys: Set<String> = ["days", "hours", "minutes", "seconds", "milliseconds", "microseconds"]
  static let knownPolicies: Set<String> = ["function_body"]
  static let deckFields = [
    ("INPUT", "Input"), ("OUTPUT", "Output"), ("SOURCE_CODE", "Source Code"), ("TIMELINE", "Timeline"),
    ("DEPENDENCIES", "Dependencies"),
  ]

  static func text(for spec: OracleJSON) throws -> String {
    let name = spec["name"]?.string ?? "spec"
    if let body = spec["body"], !body.isNull { throw Skip(reason: "a custom function body has no manifest form") }
    var task: [(String, OracleJSON)] = [("name", .string("oracle." + identifier(name)))]
    for side in ["inputs", "outputs"] {
      guard let parameters = spec[side]?.object, !parameters.isEmpty else { continue }
      task.append((side, .object(try parameters.map { ($0.0, try parameter($0.1)) })))
    }
    for (key, value) in spec["task_kwargs"]?.object ?? [] {
      var value = value
      switch key {
      case "timeout":
        if let fields = value.object {
          let extra = fields.map(\.0).filter { !timedeltaKeys.contains($0) }
          if !extra.isEmpty { throw Skip(reason: "timedelta fields \(extra) have no manifest form") }
        } else if value.string != nil {
          throw Skip(reason: "a string timeout is a duration in our format, never in flytekit")
        }
      case "cache":
        guard let fields = value.object else { break }
        var object: [(String, OracleJSON)] = []
        for (field, fieldValue) in fields where field != "ignored_inputs_as_list" {  // changes only a repr
          if field == "policies" {
            let names = fieldValue.string.map { [$0] } ?? fieldValue.array?.compactMap(\.string) ?? []
            let unknown = names.filter { !knownPolicies.contains($0) }
            if !unknown.isEmpty { throw Skip(reason: "oracle-only cache policies \(unknown)") }
            if names.contains("function_body") { task.append(("source", .string(source(of: spec)))) }
          }
          object.append((field, fieldValue))
        }
        value = .object(object)
      case "deck_fields":
        // "enum" mode: the oracle passes DeckField members; in a manifest that is the exact value.
        if spec["deck_fields_mode"]?.string == "enum", let items = value.array {
          value = .array(items.map { item in
            guard let text = item.string?.lowercased() else { return item }
            let match = deckFields.first { $0.0.lowercased() == text || $0.1.lowercased() == text }
            return match.map { .string($0.1) } ?? item
          })
        }
      default: break
      }
      task.append((key, value))
    }
    return OracleJSON.object([("tasks", .array([.object(task)]))]).jsonText + "\n"
  }

  /// `"int"` → `int`; `""`/null → untyped (FL401); `"int = 3"` → `{type, default}` when the
  /// default is a JSON literal.
  private static func parameter(_ value: OracleJSON) throws -> OracleJSON {
    guard let text = value.string, !text.isEmpty else { return .null }
    guard let equals = text.firstIndex(of: "=") else { return value }
    let type = text[..<equals].trimmingCharacters(in: .whitespaces)
    let literal = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    let tree = SyntaxTree.parseJSON(Array(literal.utf8))
    guard tree.errors.isEmpty, let root = tree.documents.first?.root else {
      throw Skip(reason: "the default \(literal) is a Python literal, not JSON")
    }
    return .object([("type", .string(type)), ("default", OracleJSON(tree, root))])
  }

  /// The function the oracle decorates, enough for `source:` (only its presence matters here).
  private static func source(of spec: OracleJSON) -> String {
    let parameters = (spec["inputs"]?.object ?? []).map { name, type in
      type.string.map { $0.isEmpty ? name : "\(name): \($0)" } ?? name
    }
    return "def \(identifier(spec["name"]?.string ?? "f"))(\(parameters.joined(separator: ", "))):\n    return None\n"
  }

  private static func identifier(_ name: String) -> String {
    let mapped = String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    return mapped.first?.isNumber == false ? mapped : "f_" + mapped
  }
}
