/// A small Python tokenizer for the Source Code tab: enough to colour keywords, strings,
/// comments, numbers, decorators and def/class names. It never fails: unknown text is plain.
enum PythonHighlighter {
  /// Raw values are the CSS classes the stylesheet colours.
  enum Kind: String {
    case keyword = "k"
    case string = "s"
    case comment = "c"
    case number = "n"
    case decorator = "d"
    case builtin = "b"
    case definition = "f"
  }

  struct Token: Equatable {
    var kind: Kind?
    var text: String
  }

  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield", "match", "case",
  ]
  static let builtins: Set<String> = [
    "int", "str", "float", "bool", "list", "dict", "set", "tuple", "bytes", "len", "range",
    "print", "open", "isinstance", "super", "self", "cls", "enumerate", "zip", "map", "sorted",
  ]
  private static let stringPrefixes: Set<String> = [
    "r", "u", "b", "f", "br", "rb", "fr", "rf", "R", "U", "B", "F", "Br", "bR", "BR", "Rb", "rB",
    "RB", "Fr", "fR", "FR", "Rf", "rF", "RF",
  ]

  static func tokens(_ source: String) -> [Token] {
    var lexer = Lexer(Array(source.unicodeScalars))
    return lexer.run()
  }

  fileprivate static func isIdentStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c.properties.isAlphabetic
  }
  fileprivate static func isIdentPart(_ c: Unicode.Scalar) -> Bool {
    isIdentStart(c) || ("0"..."9").contains(c) || c.properties.numericType != nil
  }

  fileprivate struct Lexer {
    let s: [Unicode.Scalar]
    var i = 0
    var out: [Token] = []
    var atLineStart = true
    var afterDefOrClass = false

    init(_ s: [Unicode.Scalar]) { self.s = s }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
      i + offset < s.count ? s[i + offset] : nil
    }

    func text(_ from: Int, _ to: Int) -> String {
      var t = ""
      t.unicodeScalars.append(contentsOf: s[from..<to])
      return t
    }

    mutating func emit(_ kind: Kind?, _ from: Int) {
      let piece = text(from, i)
      if kind == nil, let last = out.last, last.kind == nil {
        out[out.count - 1].text += piece  // merge plain runs to keep the markup small
      } else {
        out.append(Token(kind: kind, text: piece))
      }
    }

    mutating func run() -> [Token] {
      while let c = peek() {
        let start = i
        if c == "#" {
          while let d = peek(), d != "\n" { i += 1 }
          emit(.comment, start)
        } else if c == "\"" || c == "'" {
          string(from: start)
        } else if c == "@" && atLineStart {
          i += 1
          while let d = peek(), PythonHighlighter.isIdentPart(d) || d == "." { i += 1 }
          emit(.decorator, start)
        } else if ("0"..."9").contains(c)
          || (c == "." && (peek(1).map { ("0"..."9").contains($0) } ?? false))
        {
          number(from: start)
        } else if PythonHighlighter.isIdentStart(c) {
          identifier(from: start)
        } else {
          i += 1
          emit(nil, start)
        }
        if c == "\n" {
          atLineStart = true
        } else if c != " " && c != "\t" {
          atLineStart = false
        }
      }
      return out
    }

    mutating func identifier(from start: Int) {
      while let d = peek(), PythonHighlighter.isIdentPart(d) { i += 1 }
      let word = text(start, i)
      if let q = peek(), q == "\"" || q == "'", PythonHighlighter.stringPrefixes.contains(word) {
        string(from: start)
        return
      }
      if afterDefOrClass {
        afterDefOrClass = false
        emit(.definition, start)
      } else if PythonHighlighter.keywords.contains(word) {
        afterDefOrClass = word == "def" || word == "class"
        emit(.keyword, start)
      } else {
        emit(PythonHighlighter.builtins.contains(word) ? .builtin : nil, start)
      }
    }

    /// `i` is at the opening quote (any prefix already consumed from `start`).
    mutating func string(from start: Int) {
      guard let quote = peek() else { return }
      let triple = peek(1) == quote && peek(2) == quote
      i += triple ? 3 : 1
      while let d = peek() {
        if d == "\\" {
          i += 2
          continue
        }
        if !triple && d == "\n" { break }  // unterminated: stop at the line end
        if d == quote {
          if !triple {
            i += 1
            break
          }
          if peek(1) == quote && peek(2) == quote {
            i += 3
            break
          }
        }
        i += 1
      }
      i = min(i, s.count)
      emit(.string, start)
    }

    mutating func number(from start: Int) {
      while let d = peek() {
        if PythonHighlighter.isIdentPart(d) || d == "." {
          let isExponent = d == "e" || d == "E"
          i += 1
          if isExponent, let sign = peek(), sign == "+" || sign == "-" { i += 1 }
        } else {
          break
        }
      }
      emit(.number, start)
    }
  }
}
