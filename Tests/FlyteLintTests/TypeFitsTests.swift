import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct TypeFitsTests {
  /// Checks `value` (YAML flow text) against `type` (Python syntax); returns the text of the
  /// node that does not fit, or nil.
  func mismatch(_ value: String, _ type: String, user: [String: PythonType] = [:]) -> String? {
    let tree = SyntaxTree.parse(Array("v: \(value)\n".utf8), path: "v.yaml")
    let node = tree.value(of: "v", in: tree.documents[0].root!)!
    let parsed = PythonTypeParser.parse(type, userTypes: user).type!
    return TypeFits.check(node, against: parsed, in: tree).map { tree.text(tree[$0.node].range) }
  }

  func fits(_ value: String, _ type: String) -> Bool { mismatch(value, type) == nil }

  @Test func simpleTypesAreExact() {
    #expect(fits("3", "int"))
    #expect(fits("-0x1F", "int") == false)  // not a core-schema int: a string
    #expect(fits("0x1F", "int"))
    #expect(fits("9223372036854775807", "int"))
    #expect(!fits("9223372036854775808", "int"))
    #expect(!fits("true", "int"), "bool is not int")
    #expect(!fits("\"3\"", "int"))
    #expect(!fits("3.0", "int"))
    #expect(fits("3", "float"), "int fits float")
    #expect(fits("3.5", "float"))
    #expect(fits(".inf", "float"))
    #expect(!fits("true", "float"))
    #expect(fits("hello", "str"))
    #expect(fits("\"3\"", "str"))
    #expect(!fits("3", "str"))
    #expect(fits("false", "bool"))
    #expect(fits("yes", "bool"), "YAML 1.1 booleans are FL007's")
    #expect(!fits("\"yes\"", "bool"))
    #expect(!fits("1", "bool"))
  }

  @Test func nullOnlyForNone() {
    #expect(!fits("null", "int"))
    #expect(!fits("~", "str"))
    #expect(!fits("", "List[int]"))
    #expect(fits("null", "Optional[int]"))
    #expect(fits("null", "int | None"))
    #expect(fits("null", "Union[int, None, str]"))
    #expect(!fits("null", "Union[int, str]"))
    #expect(fits("null", "None"))
    #expect(!fits("0", "None"))
  }

  @Test func optionalsAndUnions() {
    #expect(fits("3", "Optional[int]"))
    #expect(fits("3", "Union[str, int]"))
    #expect(fits("x", "Union[str, int]"))
    #expect(mismatch("[1, 2]", "Union[str, int]") == "[1, 2]")
    #expect(mismatch("[1, x]", "Optional[List[int]]") == "x", "Optional[T] reports inside T")
  }

  @Test func stringsFitWhenParsable() {
    for good in ["2024-01-01", "2024-01-01T10:00:00", "2024-02-29 10:00", "2024-01-01T10:00:00.123456Z", "2024-01-01T10:00:00+05:30"] {
      #expect(fits(good, "datetime"), "\(good)")
    }
    for bad in ["2023-02-29", "2024-13-01", "2024-1-1", "yesterday", "2024-01-01T25:00", "2024-01-01T10:00:00+5"] {
      #expect(!fits(bad, "datetime"), "\(bad)")
    }
    #expect(!fits("1704067200", "datetime"))
    for good in ["300s", "5m", "1h30m", "1h 30m", "2d", "1.5h", "00:05:00", "1 day, 2:00:00", "PT5M", "P1DT2H", "-5s", "250ms"] {
      #expect(fits(good, "timedelta"), "\(good)")
    }
    for bad in ["5", "5 minutes", "1:99", "PT", "P5H", "h", "1h30"] {
      #expect(!fits(bad, "timedelta"), "\(bad)")
    }
    #expect(fits("s3://bucket/key.csv", "FlyteFile"))
    #expect(fits("/tmp/dir", "FlyteDirectory"))
    #expect(!fits("\"\"", "FlyteFile"))
    #expect(!fits("3", "FlyteFile"))
    #expect(fits("s3://b/t", "StructuredDataset"))
  }

  @Test func elementWise() {
    #expect(fits("[1, 2, 3]", "List[int]"))
    #expect(fits("[]", "List[int]"))
    #expect(mismatch("[1, true, 3]", "List[int]") == "true")
    #expect(mismatch("{a: 1}", "List[int]") == "{a: 1}")
    #expect(fits("{a: 1.5, b: 2}", "Dict[str, float]"))
    #expect(mismatch("{a: 1.5, b: x}", "Dict[str, float]") == "x")
    #expect(mismatch("{1: 1.5}", "Dict[str, float]") == "1")
    #expect(fits("{a: [1], b: []}", "Dict[str, List[int]]"))
    #expect(mismatch("[[1], [2, x]]", "List[List[int]]") == "x")
    #expect(fits("{any: [thing]}", "dict"))
    #expect(!fits("[1]", "dict"))
  }

  @Test func enumsDataclassesAndPickles() {
    #expect(fits("fast", "Enum[fast, slow]"))
    #expect(mismatch("medium", "Enum[fast, slow]") == "medium")
    #expect(!fits("1", "Enum[fast, slow]"))
    let user: [String: PythonType] = ["Config": .dataclass(name: "Config")]
    #expect(mismatch("{lr: 0.1}", "Config", user: user) == nil)
    #expect(mismatch("0.1", "Config", user: user) == "0.1")
    #expect(fits("anything", "bytes"))
    #expect(fits("[1, {a: b}]", "List[Any]"))
  }

  @Test func aliasesAreFollowed() {
    let tree = SyntaxTree.parse(Array("a: &x [1, 2]\nv: *x\n".utf8), path: "v.yaml")
    let node = tree.value(of: "v", in: tree.documents[0].root!)!
    #expect(TypeFits.fits(node, .list(.int), in: tree))
    #expect(!TypeFits.fits(node, .list(.str), in: tree))
  }

  @Test func typeToType() {
    #expect(TypeFits.typeFits(.int, .float))
    #expect(!TypeFits.typeFits(.float, .int))
    #expect(!TypeFits.typeFits(.bool, .int))
    #expect(TypeFits.typeFits(.int, .union([.int, .none])))
    #expect(!TypeFits.typeFits(.union([.int, .none]), .int))
    #expect(TypeFits.typeFits(.union([.int, .none]), .union([.float, .none])))
    #expect(TypeFits.typeFits(.file(format: "csv"), .file(format: "")))
    #expect(!TypeFits.typeFits(.file(format: "csv"), .file(format: "json")))
    #expect(!TypeFits.typeFits(.file(format: ""), .directory(format: "")))
    #expect(TypeFits.typeFits(.list(.int), .list(.float)))
    #expect(TypeFits.typeFits(.enumeration(["a"]), .enumeration(["a", "b"])))
    #expect(TypeFits.typeFits(.pickle(name: "bytes"), .int))
  }
}
