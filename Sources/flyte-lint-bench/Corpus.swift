/// A deterministic corpus of Flyte task manifests, written both as YAML and as equivalent JSON
/// from the same generated values.

/// SplitMix64: small, fast and the same on every platform.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// One generated value, with the YAML presentation it should get.
indirect enum Value {
  enum Quote { case plain, single, double }
  /// Text in `double` style may use the escapes YAML and JSON share (`\t \n \" \\ \uXXXX`).
  case string(String, Quote)
  /// A literal (`|`) or folded (`>`) block scalar; the lines hold no leading spaces.
  case block([String], folded: Bool)
  /// Numbers, booleans and null: the same text in both formats.
  case literal(String)
  case list([Value], flow: Bool)
  case map([Entry], flow: Bool)

  static func map(_ entries: [Entry]) -> Value { .map(entries, flow: false) }
  /// `&name value` in YAML.
  case anchored(String, Value)
  /// `*name` in YAML; the anchored value again in JSON.
  case alias(String, Value)
}

struct Entry {
  var key: String
  var value: Value
  /// A `# comment` line written above the entry in block YAML.
  var comment: String? = nil
  /// A `# comment` after a scalar or flow value on the entry's line.
  var trailing: String? = nil
}

/// Generates task entries and writes the two texts.
struct CorpusGenerator {
  var rng: SeededGenerator

  init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

  /// Manifest documents until the YAML text reaches `targetBytes`.
  mutating func make(targetBytes: Int) -> (yaml: [UInt8], json: [UInt8], tasks: Int) {
    var yaml = YAMLWriter()
    var json = JSONWriter()
    yaml.out.reserveCapacity(targetBytes + 4096)
    json.out.reserveCapacity(targetBytes + 4096)
    yaml.out += Array("# Flyte task manifest corpus (generated)\nversion: 1\ntasks:\n".utf8)
    json.out += Array("{\"version\": 1, \"tasks\": [\n".utf8)
    var count = 0
    while yaml.out.count < targetBytes {
      let task = makeTask(count)
      yaml.writeListItem(task, indent: 2)
      json.out += Array((count > 0 ? ",\n  " : "  ").utf8)
      json.write(task, indent: 2)
      count += 1
    }
    json.out += Array("\n]}\n".utf8)
    return (yaml.out, json.out, count)
  }

  private mutating func pick<T>(_ options: [T]) -> T {
    options[Int(rng.next() % UInt64(options.count))]
  }
  private mutating func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
  private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

  private static let words = [
    "train", "model", "features", "load", "clean", "score", "batch", "upload", "report", "split",
    "merge", "embed", "eval", "fetch", "rank", "index", "shard", "daily", "users", "events",
  ]
  private static let types = [
    "int", "float", "str", "bool", "datetime", "timedelta", "List[int]", "Dict[str, float]",
    "Optional[str]", "FlyteFile", "FlyteDirectory", "pd.DataFrame", "List[Dict[str, int]]",
  ]

  private mutating func identifier() -> String { "\(pick(Self.words))_\(pick(Self.words))" }

  /// One manifest file holding `tasks` tasks, numbered from `first`.
  mutating func makeFile(first: Int, tasks: Int) -> [UInt8] {
    var yaml = YAMLWriter()
    yaml.out += Array("# generated manifest \(first / max(tasks, 1))\nversion: 1\ntasks:\n".utf8)
    for i in first..<first + tasks { yaml.writeListItem(makeTask(i), indent: 2) }
    return yaml.out
  }

  /// One manifest of whole tasks with at least `lines` lines.
  mutating func makeFile(lines: Int) -> (text: [UInt8], tasks: Int) {
    var yaml = YAMLWriter()
    yaml.out += Array("# generated manifest\nversion: 1\ntasks:\n".utf8)
    var count = 0
    while yaml.out.lazy.filter({ $0 == 0x0A }).count < lines {
      yaml.writeListItem(makeTask(count), indent: 2)
      count += 1
    }
    return (yaml.out, count)
  }

  private mutating func makeTask(_ i: Int) -> Value {
    let name = "proj_\(i % 97).\(pick(Self.words))_pipeline.\(identifier())_\(i)"
    var entries = [
      Entry(key: "name", value: .string(name, .plain), comment: chance(30) ? "task \(i)" : nil),
      Entry(key: "inputs", value: makeInputs()),
      Entry(key: "outputs", value: .map([Entry(key: "o0", value: plain(pick(Self.types)))])),
      Entry(key: "retries", value: .literal(String(int(0...5))), trailing: "flytekit default: 0"),
      Entry(
        key: "timeout",
        value: chance(50) ? plain("\(int(1...90))m") : .literal(String(int(60...7200)))),
    ]
    entries += makeCache(inputs: inputNames(entries[1].value).dropLast().map { $0 })
    entries.append(Entry(key: "enable_deck", value: .literal("true")))
    entries.append(Entry(key: "interruptible", value: bool()))
    let decks = [
      plain("Input"), plain("Output"), .string("Source Code", .double), plain("Timeline"),
    ]
    entries.append(Entry(key: "deck_fields", value: .list(decks, flow: true)))
    let resources = Value.map(
      [
        Entry(key: "cpu", value: .string(String(int(1...16)), .double)),
        Entry(key: "mem", value: plain("\(int(1...64))Gi")),
      ], flow: true)
    entries.append(
      Entry(key: "requests", value: .anchored("res\(i)", resources), comment: "shared by limits"))
    entries.append(Entry(key: "limits", value: .alias("res\(i)", resources)))
    entries.append(Entry(key: "environment", value: makeEnvironment(i)))
    let labels = [
      Entry(key: "team", value: plain(pick(Self.words))),
      Entry(key: "tier", value: .string(pick(["gold", "silver", "bronze"]), .single)),
    ]
    entries.append(Entry(key: "labels", value: .map(labels, flow: chance(50))))
    let dependencies = (0..<int(1...4)).map { _ in
      plain("\(pick(Self.words))==\(int(1...3)).\(int(0...9)).\(int(0...9))")
    }
    entries.append(Entry(key: "dependencies", value: .list(dependencies, flow: false)))
    entries.append(Entry(key: "source", value: .block(makeSource(name), folded: false)))
    let docs = [
      "Loads \(pick(Self.words)) data and writes",
      "the \(pick(Self.words)) report for \(identifier()).",
    ]
    entries.append(Entry(key: "docs", value: .block(docs, folded: true)))
    return .map(entries)
  }

  private func plain(_ text: String) -> Value { .string(text, .plain) }

  /// Input names of an `inputs:` value (all but the last may be ignored for caching: ignoring
  /// every input is a warning of its own).
  private func inputNames(_ value: Value) -> [String] {
    if case .map(let entries, _) = value { return entries.map(\.key) }
    return []
  }
  private mutating func bool() -> Value { .literal(chance(50) ? "true" : "false") }

  /// `cache: true` with `cache_version`, or a Cache mapping (block or flow).
  private mutating func makeCache(inputs: [String]) -> [Entry] {
    if chance(50) {
      return [
        Entry(key: "cache", value: .literal("true")),
        Entry(key: "cache_version", value: .string("v\(int(1...9)).\(int(0...20))", .double)),
      ]
    }
    let cache = [
      Entry(key: "version", value: .string("2024-\(int(10...12))-0\(int(1...9))", .single)),
      Entry(key: "serialize", value: bool()),
      Entry(key: "ignored_inputs", value: .list(inputs.isEmpty ? [] : [plain(pick(inputs))], flow: true)),
    ]
    return [Entry(key: "cache", value: .map(cache, flow: chance(40)))]
  }

  /// Strings in every style: escapes, `''`, non-ASCII plain text.
  private mutating func makeEnvironment(_ i: Int) -> Value {
    .map([
      Entry(key: "LOG_LEVEL", value: plain(pick(["debug", "info", "warning"]))),
      Entry(key: "GREETING", value: .string(#"h\u00e9llo\tw\u00f6rld \"quoted\""#, .double)),
      Entry(key: "NOTE", value: .string("it''s fine: x=\(i)", .single)),
      Entry(key: "REGION", value: plain("région-日本-\(int(1...4))")),
    ])
  }

  /// `name: type` entries, some as a flow `{type, default, description}` mapping.
  private mutating func makeInputs() -> Value {
    var inputs: [Entry] = []
    for k in 0..<int(1...5) {
      let name = "\(pick(Self.words))_\(k)"
      guard chance(30) else {
        inputs.append(
          Entry(key: name, value: .string(pick(Self.types), chance(20) ? .single : .plain)))
        continue
      }
      // A realistic, clean corpus: a null default needs an Optional type.
      let optional = chance(50)
      let spec = [
        Entry(key: "type", value: optional ? .string("Optional[bool]", .double) : plain("bool")),
        Entry(key: "default", value: .literal(optional ? "null" : "false")),
        Entry(key: "description", value: .string("skip \(pick(Self.words)) step", .double)),
      ]
      inputs.append(Entry(key: name, value: .map(spec, flow: true)))
    }
    return .map(inputs)
  }

  private mutating func makeSource(_ name: String) -> [String] {
    let fn = name.split(separator: ".").last.map(String.init) ?? "fn"
    var lines = [
      "@task(cache=True, retries=\(int(0...5)))", "def \(fn)(x: int, rate: float = 0.5) -> str:",
    ]
    for k in 0..<int(2...8) {
      lines.append("    v\(k) = x * \(int(1...100)) + rate  # step \(k): \"\(pick(Self.words))\"")
    }
    lines.append("    return f\"{v0}\"")
    return lines
  }
}

/// Block-style YAML, two spaces per level, with comments, anchors and aliases.
struct YAMLWriter {
  var out: [UInt8] = []

  private mutating func text(_ s: String) { out.append(contentsOf: s.utf8) }
  private mutating func spaces(_ n: Int) { out.append(contentsOf: repeatElement(0x20, count: n)) }

  /// `- value` with the dash at `indent`; a block mapping starts on the dash's line.
  mutating func writeListItem(_ value: Value, indent: Int) {
    if case .map(let entries, false) = value, let first = entries.first {
      if let comment = first.comment {
        spaces(indent)
        text("# \(comment)\n")
      }
      spaces(indent)
      text("- ")
      writeEntries(entries, indent: indent + 2, skipFirstIndent: true)
    } else {
      spaces(indent)
      text("-")
      writeAfterIndicator(value, indent: indent)
    }
  }

  private mutating func writeEntries(_ entries: [Entry], indent: Int, skipFirstIndent: Bool) {
    for (k, entry) in entries.enumerated() {
      let inline = k == 0 && skipFirstIndent
      if let comment = entry.comment, !inline {
        spaces(indent)
        text("# \(comment)\n")
      }
      if !inline { spaces(indent) }
      text("\(entry.key):")
      writeAfterIndicator(entry.value, indent: indent, trailing: entry.trailing)
    }
  }

  /// The value after `key:` or `-` (whose column is `indent`), through the end of its lines.
  private mutating func writeAfterIndicator(_ value: Value, indent: Int, trailing: String? = nil) {
    switch value {
    case .map(let entries, false):
      text("\n")
      writeEntries(entries, indent: indent + 2, skipFirstIndent: false)
    case .list(let items, false):
      text("\n")
      for item in items { writeListItem(item, indent: indent + 2) }
    case .block(let lines, let folded):
      text(folded ? " >\n" : " |\n")
      for line in lines {
        spaces(indent + 2)
        text(line + "\n")
      }
    case .anchored(let name, let inner):
      text(" &\(name)")
      writeAfterIndicator(inner, indent: indent)
    case .alias(let name, _):
      text(" *\(name)\n")
    default:
      text(" ")
      writeFlow(value)
      if let trailing { text("  # \(trailing)") }
      text("\n")
    }
  }

  private mutating func writeFlow(_ value: Value) {
    switch value {
    case .string(let s, .plain), .literal(let s): text(s)
    case .string(let s, .single): text("'\(s)'")
    case .string(let s, .double): text("\"\(s)\"")
    case .list(let items, _):
      text("[")
      for (k, item) in items.enumerated() {
        if k > 0 { text(", ") }
        writeFlow(item)
      }
      text("]")
    case .map(let entries, _):
      text("{")
      for (k, entry) in entries.enumerated() {
        if k > 0 { text(", ") }
        text("\(entry.key): ")
        writeFlow(entry.value)
      }
      text("}")
    case .anchored(let name, let inner):
      text("&\(name) ")
      writeFlow(inner)
    case .alias(let name, _): text("*\(name)")
    case .block(let lines, _): text("\"\(lines.joined(separator: "\\n"))\"")
    }
  }
}

/// The same values as indented JSON (`json.dumps(indent=2)` style); aliases are written out.
struct JSONWriter {
  var out: [UInt8] = []

  private mutating func text(_ s: String) { out.append(contentsOf: s.utf8) }
  private mutating func spaces(_ n: Int) { out.append(contentsOf: repeatElement(0x20, count: n)) }

  mutating func write(_ value: Value, indent: Int) {
    switch value {
    case .string(let s, .double): text("\"\(s)\"")
    case .string(let s, .single): string(s.replacingAll("''", with: "'"))
    case .string(let s, .plain): string(s)
    case .literal(let s): text(s)
    case .block(let lines, let folded): string(lines.joined(separator: folded ? " " : "\n") + "\n")
    case .anchored(_, let inner), .alias(_, let inner): write(inner, indent: indent)
    case .list(let items, _):
      text("[")
      for (k, item) in items.enumerated() {
        text(k > 0 ? ",\n" : "\n")
        spaces(indent + 2)
        write(item, indent: indent + 2)
      }
      text("\n")
      spaces(indent)
      text("]")
    case .map(let entries, _):
      text("{")
      for (k, entry) in entries.enumerated() {
        text(k > 0 ? ",\n" : "\n")
        spaces(indent + 2)
        string(entry.key)
        text(": ")
        write(entry.value, indent: indent + 2)
      }
      text("\n")
      spaces(indent)
      text("}")
    }
  }

  private mutating func string(_ s: String) {
    out.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: text("\\\"")
      case 0x5C: text("\\\\")
      case 0x0A: text("\\n")
      case 0x09: text("\\t")
      default: out.append(b)
      }
    }
    out.append(0x22)
  }
}

extension String {
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
