import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct PythonTypeParserTests {
  static let valid: [(String, PythonType)] = [
    ("int", .int), ("float", .float), ("str", .str), ("bool", .bool),
    ("datetime", .datetime), ("datetime.datetime", .datetime), ("timedelta", .timedelta),
    ("datetime.timedelta", .timedelta), ("dict", .structure), ("Dict", .structure),
    ("typing.Dict", .structure),
    ("List[int]", .list(.int)), ("list[str]", .list(.str)), ("typing.List[float]", .list(.float)),
    ("Dict[str, int]", .dict(.int)), ("dict[str, List[bool]]", .dict(.list(.bool))),
    ("Dict[int, str]", .structure),
    ("Optional[int]", .union([.int, .none])), ("typing.Optional[str]", .union([.str, .none])),
    ("int | None", .union([.int, .none])), ("None | int", .union([.none, .int])),
    ("Union[int, str]", .union([.int, .str])), ("Union[int, Union[str, int]]", .union([.int, .str])),
    ("Union[int]", .int), ("Optional[Optional[int]]", .union([.int, .none])),
    ("Annotated[int, \"meta\"]", .int), ("Annotated[List[int], Foo(1, [2, 3]), 'x']", .list(.int)),
    ("Annotated[StructuredDataset, \"csv\"]", .structuredDataset(format: "csv")),
    ("Annotated[StructuredDataset, kwtypes(a=int)]", .structuredDataset(format: "")),
    ("FlyteFile", .file(format: "")), ("FlyteFile[csv]", .file(format: "csv")),
    ("FlyteFile[\"csv\"]", .file(format: "csv")), ("FlyteFile[typing.TypeVar(\"jpeg\")]", .file(format: "jpeg")),
    ("FlyteDirectory", .directory(format: "")), ("StructuredDataset", .structuredDataset(format: "")),
    ("pd.DataFrame", .structuredDataset(format: "")), ("pandas.DataFrame", .structuredDataset(format: "")),
    ("Enum[a, b]", .enumeration(["a", "b"])), ("Enum[\"fast mode\", 'slow']", .enumeration(["fast mode", "slow"])),
    ("  List[ int ,]  ", .list(.int)), ("List[\n  int]", .list(.int)),
    ("List[Dict[str, Optional[FlyteFile[csv]]]]", .list(.dict(.union([.file(format: "csv"), .none])))),
  ]

  @Test func parsesEveryListedForm() {
    for (text, expected) in Self.valid {
      let result = PythonTypeParser.parse(text)
      #expect(result.error == nil, "\(text): \(String(describing: result.error))")
      #expect(result.type == expected, "\(text)")
      #expect(result.pickled.isEmpty, "\(text)")
    }
  }

  @Test func userTypes() {
    let user: [String: PythonType] = ["MyConfig": .dataclass(name: "MyConfig"), "Mode": .enumeration(["a", "b"])]
    #expect(PythonTypeParser.parse("List[MyConfig]", userTypes: user).type == .list(.dataclass(name: "MyConfig")))
    #expect(PythonTypeParser.parse("Optional[Mode]", userTypes: user).type == .union([.enumeration(["a", "b"]), .none]))
    let unknown = PythonTypeParser.parse("List[MyConfig]")
    #expect(unknown.type == .list(.pickle(name: "MyConfig")))
    #expect(unknown.pickled.map { [$0.start, $0.end] } == [[5, 13]])
    let subscripted = PythonTypeParser.parse("MyConfig[int]", userTypes: user)
    #expect(subscripted.error?.message == "\"MyConfig\" does not take type parameters")
  }

  @Test func pickledTypesAreListedWithTheirOffsets() {
    let result = PythonTypeParser.parse("Dict[str, bytes] | Tuple[int, str] | Any")
    #expect(result.error == nil)
    #expect(result.pickled.map(\.name) == ["bytes", "Tuple", "Any"])
    #expect(result.pickled.map { [$0.start, $0.end] } == [[10, 15], [19, 34], [37, 40]])
    #expect(PythonTypeParser.parse("typing.Any").pickled.first?.name == "typing.Any")
  }

  /// (type, kind, start, end, message)
  static let invalid: [(String, TypeIssue.Kind, Int, Int, String)] = [
    ("List[int", .malformed, 4, 5, "\"[\" is never closed"),
    ("Dict[str, List[int]", .malformed, 4, 5, "\"[\" is never closed"),
    ("Dict[str, List[int", .malformed, 14, 15, "\"[\" is never closed"),
    ("List[int]]", .malformed, 9, 10, "unexpected \"]\""),
    ("List[]", .malformed, 5, 6, "expected a type before \"]\""),
    ("int str", .malformed, 4, 7, "unexpected \"str\""),
    ("int |", .malformed, 4, 5, "expected a type after \"|\""),
    ("List[int, str]", .malformed, 0, 14, "\"List\" takes one type parameter: List[T], got 2"),
    ("Dict[str]", .malformed, 0, 9, "\"Dict\" takes two type parameters: Dict[str, T], got 1"),
    ("int[str]", .malformed, 3, 8, "\"int\" does not take type parameters"),
    ("list", .genericList, 0, 4, "\"list\" has no element type; write list[T]"),
    ("typing.List", .genericList, 0, 11, "\"typing.List\" has no element type; write typing.List[T]"),
    ("Optional[List]", .genericList, 9, 13, "\"List\" has no element type; write List[T]"),
    ("Optional", .malformed, 0, 8, "\"Optional\" needs type parameters"),
    ("Annotated[int]", .malformed, 0, 14, "\"Annotated\" takes a type and at least one annotation"),
    ("Enum", .malformed, 0, 4, "\"Enum\" needs its values: Enum[a, b]"),
    ("Enum[a, a]", .malformed, 8, 9, "enum value \"a\" is repeated"),
    ("Enum[]", .malformed, 0, 6, "\"Enum\" needs at least one value"),
    ("List[\"int\"]", .malformed, 5, 10, "expected a type name, not a quoted string"),
    ("List[int) ]", .malformed, 8, 9, "unexpected \")\""),
    ("Foo[(1, 2]", .malformed, 9, 10, "unexpected \"]\""),
    ("Annotated[int, \"x]", .malformed, 15, 16, "string is never closed"),
    ("FlyteFile[csv, json]", .malformed, 0, 20, "\"FlyteFile\" takes one format parameter"),
    ("List[ïnt]]", .malformed, 10, 11, "unexpected \"]\""),
    ("List[int]@", .malformed, 9, 10, "unexpected \"@\""),
    ("List[int]é", .malformed, 9, 11, "unexpected \"é\""),
  ]

  @Test func errorsPointAtTheProblem() {
    for (text, kind, start, end, message) in Self.invalid {
      let result = PythonTypeParser.parse(text)
      #expect(result.type == nil, "\(text)")
      #expect(result.error?.kind == kind, "\(text)")
      #expect(result.error.map { [$0.start, $0.end] } == [start, end], "\(text): \(String(describing: result.error))")
      #expect(result.error?.message == message, "\(text): \(result.error?.message ?? "")")
    }
  }

  @Test func nestingIsCapped() {
    let ok = String(repeating: "List[", count: 64) + "int" + String(repeating: "]", count: 64)
    #expect(PythonTypeParser.parse(ok).error == nil)
    let deep = String(repeating: "List[", count: 65) + "int" + String(repeating: "]", count: 65)
    let error = PythonTypeParser.parse(deep).error
    #expect(error?.kind == .tooDeep)
    #expect(error?.start == 64 * 5 + 4)
    // Far deeper: no stack growth per level beyond the cap.
    let hostile = String(repeating: "Optional[", count: 100_000)
    #expect(PythonTypeParser.parse(hostile).error?.kind == .tooDeep)
    let unions = String(repeating: "int | ", count: 50_000) + "str"
    #expect(PythonTypeParser.parse(unions).type == .union([.int, .str]))
    let annotations = "Annotated[int, " + String(repeating: "[", count: 100_000) + "]"
    #expect(PythonTypeParser.parse(annotations).error?.kind == .malformed)
  }

  @Test func describesTypesInPythonSyntax() {
    let samples = ["List[int]", "Dict[str, float]", "Optional[str]", "Union[int, str]", "FlyteFile[csv]", "Enum[a, b]", "dict"]
    for text in samples {
      #expect(PythonTypeParser.parse(text).type?.description == text)
    }
  }
}

@Suite struct LiteralTypeReaderTests {
  func read(_ yaml: String) -> (TypeParseResult, SyntaxTree) {
    let tree = SyntaxTree.parse(Array(yaml.utf8), path: "t.yaml")
    return (LiteralTypeReader.read(tree.documents[0].root!, in: tree), tree)
  }

  @Test func readsEveryVariant() {
    let cases: [(String, PythonType)] = [
      ("simple: INTEGER", .int), ("simple: STRUCT\nannotation: {}", .structure), ("simple: 3", .str),
      ("collectionType: {simple: FLOAT}", .list(.float)),
      ("mapValueType: {collectionType: {simple: STRING}}", .dict(.list(.str))),
      ("blob: {}", .file(format: "")), ("blob: {format: csv}", .file(format: "csv")),
      ("blob: {dimensionality: MULTIPART}", .directory(format: "")),
      ("enumType: {values: [fast, accurate]}", .enumeration(["fast", "accurate"])),
      ("structuredDatasetType: {format: parquet}", .structuredDataset(format: "parquet")),
      ("unionType: {variants: [{simple: STRING, structure: {tag: str}}, {simple: NONE}]}", .union([.str, .none])),
      ("collection_type: {simple: BOOLEAN}", .list(.bool)), ("schema: {}", .opaque(name: "schema")),
    ]
    for (yaml, expected) in cases {
      let (result, _) = read(yaml)
      #expect(result.error == nil, "\(yaml): \(String(describing: result.error))")
      #expect(result.type == expected, "\(yaml)")
    }
  }

  @Test func pickleBlobsAreListed() {
    let yaml = "blob: {format: PythonPickle}\nmetadata: {python_class_name: \"<class 'bytes'>\"}"
    let (result, tree) = read(yaml)
    #expect(result.type == .pickle(name: "<class 'bytes'>"))
    #expect(result.pickled.count == 1)
    #expect(result.pickled.first.map { tree.text(ByteRange($0.start, $0.end)) } == "PythonPickle")
  }

  @Test func malformedLiteralTypes() {
    let cases: [(String, String, String)] = [
      ("simple: INTEGR", "INTEGR", "unknown simple type \"INTEGR\""),
      ("annotation: {}", "annotation", "the LiteralType sets none of"),
      ("simple: STRING\nblob: {}", "blob", "a LiteralType sets one type only"),
      ("collectionType: 3", "3", "a LiteralType must be a mapping, not an integer"),
      ("unionType: {variants: []}", "unionType", "a unionType needs a list"),
      ("blob: {dimensionality: MULTI}", "MULTI", "unknown blob dimensionality"),
    ]
    for (yaml, at, message) in cases {
      let (result, tree) = read(yaml)
      let error = result.error
      #expect(error.map { tree.text(ByteRange($0.start, $0.end)) } == at, "\(yaml)")
      #expect(error?.message.hasPrefix(message) == true, "\(yaml): \(error?.message ?? "")")
    }
    let deep = String(repeating: "{collectionType: ", count: 70) + "{simple: INTEGER}" + String(repeating: "}", count: 70)
    #expect(read(deep).0.error?.kind == .tooDeep)
  }
}
