import Foundation

/// One way a document breaks a schema: where (a JSON pointer) and what.
struct SchemaViolation: CustomStringConvertible {
  var path: String
  var message: String
  var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
}

/// A JSON Schema (draft-07) validator for the keywords our schemas use — no more: a schema
/// using any other keyword fails `unsupportedKeywords()`, so nothing is skipped silently.
/// As in draft-07, a schema with `$ref` is that reference only (its other keywords are ignored).
/// A failed `anyOf` reports itself and every branch's violations.
struct JSONSchemaValidator {
  let root: JSONValue

  static let annotations: Set<String> = [
    "$schema", "$id", "$comment", "title", "description", "default", "examples", "definitions",
  ]
  static let assertions: Set<String> = [
    "$ref", "type", "enum", "properties", "additionalProperties", "required", "propertyNames",
    "items", "pattern", "minimum", "maximum", "anyOf", "allOf",
  ]

  func validate(_ instance: JSONValue) -> [SchemaViolation] {
    var violations: [SchemaViolation] = []
    check(instance, against: root, at: "", into: &violations)
    return violations
  }

  /// Keywords of the schema (at any depth) that are neither checked nor annotations.
  func unsupportedKeywords() -> Set<String> {
    var found = Set<String>()
    var pending = [root]
    while let schema = pending.popLast() {
      guard case .object(let members) = schema else { continue }
      for (keyword, value) in members {
        if !Self.annotations.contains(keyword) && !Self.assertions.contains(keyword) {
          found.insert(keyword)
        }
        switch keyword {
        case "properties", "definitions":
          if case .object(let inner) = value { pending += inner.values }
        case "anyOf", "allOf": pending += value.arrayValue ?? []
        case "additionalProperties", "items", "propertyNames": pending.append(value)
        default: break
        }
      }
    }
    return found
  }

  /// The schema a `#/…` JSON pointer names.
  func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#") else { return nil }
    var target = root
    for part in reference.dropFirst().split(separator: "/") {
      let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
        of: "~0", with: "~")
      guard let next = target[key] else { return nil }
      target = next
    }
    return target
  }

  private func check(
    _ instance: JSONValue, against schema: JSONValue, at path: String,
    into violations: inout [SchemaViolation]
  ) {
    guard case .object = schema else { return }
    if let reference = schema["$ref"]?.stringValue {
      guard let target = resolve(reference) else {
        violations.append(
          SchemaViolation(path: path, message: "unresolvable $ref \"\(reference)\""))
        return
      }
      check(instance, against: target, at: path, into: &violations)
      return
    }
    checkValue(instance, schema, path, &violations)
    checkObject(instance, schema, path, &violations)
    if case .array(let items) = instance, let itemSchema = schema["items"] {
      for (index, item) in items.enumerated() {
        check(item, against: itemSchema, at: "\(path)/\(index)", into: &violations)
      }
    }
    for branch in schema["allOf"]?.arrayValue ?? [] {
      check(instance, against: branch, at: path, into: &violations)
    }
    if let branches = schema["anyOf"]?.arrayValue {
      var failures: [SchemaViolation] = []
      for branch in branches {
        var found: [SchemaViolation] = []
        check(instance, against: branch, at: path, into: &found)
        if found.isEmpty { return }
        failures += found
      }
      violations.append(
        SchemaViolation(path: path, message: "matches none of the \(branches.count) alternatives"))
      violations += failures
    }
  }

  /// `type`, `enum`, `pattern`, `minimum`, `maximum`.
  private func checkValue(
    _ instance: JSONValue, _ schema: JSONValue, _ path: String,
    _ violations: inout [SchemaViolation]
  ) {
    if let type = schema["type"] {
      let allowed =
        type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
      if !allowed.contains(where: { Self.has(instance, type: $0) }) {
        violations.append(
          SchemaViolation(
            path: path, message: "expected \(allowed.joined(separator: " or ")), got \(instance)"))
      }
    }
    if let values = schema["enum"]?.arrayValue, !values.contains(instance) {
      violations.append(SchemaViolation(path: path, message: "\(instance) is not one of \(values)"))
    }
    if case .string(let text) = instance, let pattern = schema["pattern"]?.stringValue {
      do {
        let regex = try Regex(pattern)
        if !text.contains(regex) {
          violations.append(
            SchemaViolation(path: path, message: "\"\(text)\" does not match \(pattern)"))
        }
      } catch {
        violations.append(SchemaViolation(path: path, message: "bad pattern \(pattern): \(error)"))
      }
    }
    if case .number(let value) = instance {
      if case .number(let minimum)? = schema["minimum"], !(value >= minimum) {
        violations.append(
          SchemaViolation(path: path, message: "\(value) is below the minimum \(minimum)"))
      }
      if case .number(let maximum)? = schema["maximum"], !(value <= maximum) {
        violations.append(
          SchemaViolation(path: path, message: "\(value) is above the maximum \(maximum)"))
      }
    }
  }

  /// `properties`, `additionalProperties`, `required`, `propertyNames`.
  private func checkObject(
    _ instance: JSONValue, _ schema: JSONValue, _ path: String,
    _ violations: inout [SchemaViolation]
  ) {
    guard case .object(let members) = instance else { return }
    let properties = schema["properties"] ?? .object([:])
    for key in instance.keys {
      let at =
        "\(path)/\(key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1"))"
      if let names = schema["propertyNames"] {
        check(.string(key), against: names, at: at, into: &violations)
      }
      if let propertySchema = properties[key] {
        check(members[key] ?? .null, against: propertySchema, at: at, into: &violations)
      } else if let additional = schema["additionalProperties"] {
        if additional == .bool(false) {
          violations.append(SchemaViolation(path: at, message: "unknown key \"\(key)\""))
        } else {
          check(members[key] ?? .null, against: additional, at: at, into: &violations)
        }
      }
    }
    for case .string(let name) in schema["required"]?.arrayValue ?? [] where members[name] == nil {
      violations.append(SchemaViolation(path: path, message: "\"\(name)\" is required"))
    }
  }

  static func has(_ instance: JSONValue, type: String) -> Bool {
    switch (type, instance) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
      ("object", .object):
      return true
    case ("number", .number): return true
    case ("integer", .number(let value)):
      return value.isFinite && value.rounded(.towardZero) == value
    default: return false
    }
  }
}
