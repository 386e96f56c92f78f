import FlyteLint

// Reading and writing the protocol's small shapes.

extension LSPPosition {
  init?(_ value: JSONValue?) {
    guard let line = value?["line"]?.intValue, let character = value?["character"]?.intValue,
      line >= 0, character >= 0
    else { return nil }
    self.init(line: line, character: character)
  }

  var json: JSONValue { .object([("line", .int(line)), ("character", .int(character))]) }
}

extension LSPRange {
  init?(_ value: JSONValue?) {
    guard let start = LSPPosition(value?["start"]), let end = LSPPosition(value?["end"]) else { return nil }
    self.init(start: start, end: end)
  }

  var json: JSONValue { .object([("start", start.json), ("end", end.json)]) }
}
