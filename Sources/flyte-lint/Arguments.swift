/// Our own small argument reader: `--flag`, `--option value`, `--option=value`, positionals,
/// and `--` to end options. Each command says which names it accepts.
struct Arguments {
  var positionals: [String] = []
  var options: [String: String] = [:]
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
        if let value = inlineValue {
          options[name] = value
        } else if i < raw.count {
          options[name] = raw[i]
          i += 1
        } else {
          throw .missingValue(name)
        }
      } else if known.contains(name) && inlineValue == nil {
        flags.insert(name)
      } else {
        throw .unknown(arg)
      }
    }
  }
}
