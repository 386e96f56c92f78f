/// Our own small argument reader: `--flag`, `--option value`, `--option=value`, positionals,
/// and `--` to end options. Each command says which names it accepts.
struct Arguments {
  var positionals: [String] = []
  /// The last value of each valued option.
  var options: [String: String] = [:]
  /// Every valued option in command-line order, for options that may repeat and pair up
  /// (`--format X --output F --format Y`).
  var ordered: [(name: String, value: String)] = []
  var flags: Set<String> = []

  enum Problem: Error, CustomStringConvertible {
    case unknown(String)
    case missingValue(String)

    var description: String {
      switch self {
      case .unknown(let name): return "unknown option \"\(name)\""
      case .missingValue(let name): return "option \"\(name)\" needs a value"
      }
    }
  }

  init(_ raw: [String], options valued: Set<String>, flags known: Set<String>) throws(Problem) {
    var i = 0
    var onlyPositionals = false
    while i < raw.count {
      let arg = raw[i]
      i += 1
      if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
        positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        continue
      }
      var name = arg
      var inlineValue: String?
      if let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inlineValue = String(arg[arg.index(after: eq)...])
      }
      if valued.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if i < raw.count {
          value = raw[i]
          i += 1
        } else {
          throw .missingValue(name)
        }
        options[name] = value
        ordered.append((name, value))
      } else if known.contains(name) && inlineValue == nil {
        flags.insert(name)
      } else {
        throw .unknown(arg)
      }
    }
  }
}
