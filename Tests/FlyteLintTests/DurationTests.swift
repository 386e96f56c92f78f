import FlyteManifest
import FlyteSyntax
import Testing

private func seconds(_ s: Int64, _ nanos: Int64 = 0) -> ExactDuration { ExactDuration(seconds: s, nanoseconds: nanos) }

/// The timeout read from `timeout: <yaml>` in a native manifest.
private func nativeTimeout(_ yaml: String) -> TimeoutReading? {
  let tree = SyntaxTree.parse(Array("timeout: \(yaml)\n".utf8), path: "t.yaml")
  #expect(tree.errors.isEmpty)
  return DurationParser.timeout(tree.value(of: "timeout", in: tree.documents[0].root!)!, in: tree)
}

@Suite struct DurationTests {
  @Test(arguments: [
    ("300s", seconds(300)), ("5m", seconds(300)), ("1h30m", seconds(5400)), ("2d", seconds(172_800)),
    ("1h 30m", seconds(5400)), ("90.5s", seconds(90, 500_000_000)), ("1.5h", seconds(5400)),
    ("250ms", seconds(0, 250_000_000)), ("10us", seconds(0, 10_000)), ("-5s", seconds(-5)),
    ("1d 2h 3m 4s", seconds(93_784)), ("0s", seconds(0)), (" 5m ", seconds(300)),
  ])
  func durationStrings(_ text: String, _ expected: ExactDuration) {
    #expect(DurationParser.parse(text) == .valid(expected, .durationString), "\(text)")
  }

  @Test(arguments: [
    ("00:05:00", seconds(300)), ("1:30:00", seconds(5400)), ("100:00:01", seconds(360_001)),
    ("0:00:01.25", seconds(1, 250_000_000)), ("-0:00:05", seconds(-5)),
  ])
  func clock(_ text: String, _ expected: ExactDuration) {
    #expect(DurationParser.parse(text) == .valid(expected, .clock), "\(text)")
  }

  @Test(arguments: [
    ("PT5M", seconds(300)), ("P1DT2H", seconds(93_600)), ("P2W", seconds(1_209_600)),
    ("PT0.5S", seconds(0, 500_000_000)), ("PT1H30M", seconds(5400)), ("P1D", seconds(86_400)),
    ("PT1,5S", seconds(1, 500_000_000)), ("-PT5S", seconds(-5)),
  ])
  func iso8601(_ text: String, _ expected: ExactDuration) {
    #expect(DurationParser.parse(text) == .valid(expected, .iso8601), "\(text)")
  }

  @Test(arguments: [
    ("300", DurationSyntax.durationString), ("5 minutes", .durationString), ("5M", .durationString),
    ("30m1h", .durationString), ("1h1h", .durationString), ("h", .durationString), ("", .durationString),
    ("1..5s", .durationString), ("1:30", .clock), ("0:60:00", .clock), ("0:5:00", .clock), ("::", .clock),
    ("P1Y", .iso8601), ("P1M", .iso8601), ("PT", .iso8601), ("P", .iso8601), ("PT5H1D", .iso8601),
    ("PT1.5M30S", .iso8601), ("P5H", .iso8601),
  ])
  func invalidStrings(_ text: String, _ syntax: DurationSyntax) {
    let parse = DurationParser.parse(text)
    #expect(parse.value == nil, "\(text) should be invalid")
    #expect(parse.syntax == syntax, "\(text)")
    if case .invalid(.unparsable(let reason), _) = parse { #expect(!reason.isEmpty) } else { Issue.record("\(text): \(parse)") }
  }

  @Test func flyteIDLForms() {
    #expect(DurationParser.flyteIDL("300s") == .valid(seconds(300), .flyteidl))
    #expect(DurationParser.flyteIDL("90.500s") == .valid(seconds(90, 500_000_000), .flyteidl))
    #expect(DurationParser.flyteIDL("-5s") == .valid(seconds(-5), .flyteidl))
    #expect(DurationParser.flyteIDL("-1.5s") == .valid(seconds(-2, 500_000_000), .flyteidl))
    #expect(DurationParser.flyteIDL("0.000000001s") == .valid(seconds(0, 1), .flyteidl))
    #expect(DurationParser.flyteIDL("315576000000s") == .valid(seconds(315_576_000_000), .flyteidl))
    #expect(DurationParser.flyteIDL("315576000001s").problem == .outOfRange)
    for bad in ["300", "5m", "1.s", ".5s", "1.0000000001s", "--5s", "s", "+5s", "5 s"] {
      #expect(DurationParser.flyteIDL(bad).value == nil, "\(bad)")
    }
  }

  @Test func bounds() {
    #expect(DurationParser.seconds(integerText: "315576000000").value == seconds(315_576_000_000))
    #expect(DurationParser.seconds(integerText: "-315576000000").value == seconds(-315_576_000_000))
    #expect(DurationParser.seconds(integerText: "315576000001").problem == .outOfRange)
    #expect(DurationParser.seconds(integerText: "-315576000001").problem == .outOfRange)
    #expect(DurationParser.seconds(integerText: "99999999999999999999999999999999").problem == .outOfRange)
    #expect(DurationParser.seconds(integerText: "0x10").value == seconds(16))
    #expect(DurationParser.seconds(integerText: "0o17").value == seconds(15))
    // A fraction of a second beyond the limit still fits (proto Duration: seconds + nanos).
    #expect(DurationParser.parse("315576000000.5s").value == seconds(315_576_000_000, 500_000_000))
    #expect(DurationParser.parse("3652500d").value == seconds(315_576_000_000))
    #expect(DurationParser.parse("3652501d").problem == .outOfRange)
    #expect(DurationParser.parse("99999999999999999999999999999999999999999999d").problem == .outOfRange)
  }

  @Test func nativeScalars() {
    #expect(nativeTimeout("300")?.parse == .valid(seconds(300), .seconds))
    #expect(nativeTimeout("-5")?.parse == .valid(seconds(-5), .seconds))
    #expect(nativeTimeout("0")?.parse == .valid(.zero, .seconds))
    #expect(nativeTimeout("0.0")?.parse == .valid(.zero, .float))
    #expect(nativeTimeout("-0.0")?.parse == .valid(.zero, .float))
    #expect(nativeTimeout("1.0")?.parse == .invalid(.float, .float))
    #expect(nativeTimeout("1.5")?.parse == .invalid(.float, .float))
    #expect(nativeTimeout(".inf")?.parse == .invalid(.float, .float))
    #expect(nativeTimeout("true")?.parse == .invalid(.bool(true), .bool))
    #expect(nativeTimeout("false")?.parse == .invalid(.bool(false), .bool))
    #expect(nativeTimeout("5m")?.parse == .valid(seconds(300), .durationString))
    #expect(nativeTimeout("\"300s\"")?.parse == .valid(seconds(300), .durationString))
    #expect(nativeTimeout("PT5M")?.parse == .valid(seconds(300), .iso8601))
    #expect(nativeTimeout("[1]")?.parse == .invalid(.wrongKind("a list"), .unsupported))
    #expect(nativeTimeout("null") == nil)
    #expect(nativeTimeout("") == nil)
  }

  @Test func timedeltaMappings() {
    #expect(nativeTimeout("{minutes: 5}")?.parse == .valid(seconds(300), .timedelta))
    #expect(nativeTimeout("{seconds: 90, milliseconds: 500}")?.parse == .valid(seconds(90, 500_000_000), .timedelta))
    #expect(nativeTimeout("{days: 1, hours: -1}")?.parse == .valid(seconds(82_800), .timedelta))
    #expect(nativeTimeout("{hours: 1.5}")?.parse == .valid(seconds(5400), .timedelta))
    #expect(nativeTimeout("{seconds: -1}")?.parse == .valid(seconds(-1), .timedelta))
    #expect(nativeTimeout("{}")?.parse == .valid(.zero, .timedelta))
    #expect(nativeTimeout("{seconds: 0}")?.parse == .valid(.zero, .timedelta))
    #expect(nativeTimeout("{days: 1e3}")?.parse == .valid(seconds(86_400_000), .timedelta))
    // Rounded to whole microseconds, half to even, like datetime.timedelta.
    #expect(nativeTimeout("{microseconds: 1.5}")?.parse == .valid(seconds(0, 2_000), .timedelta))
    #expect(nativeTimeout("{microseconds: 2.5}")?.parse == .valid(seconds(0, 2_000), .timedelta))
    #expect(nativeTimeout("{microseconds: 0.4}")?.parse == .valid(.zero, .timedelta))
    #expect(nativeTimeout("{microseconds: -1.5}")?.parse == .valid(seconds(0, -2_000), .timedelta))
    #expect(nativeTimeout("{seconds: 0.0000015}")?.parse == .valid(seconds(0, 2_000), .timedelta))
    #expect(nativeTimeout("{days: 3652501}")?.parse.problem == .outOfRange)
    #expect(nativeTimeout("{days: 1e300}")?.parse.problem == .outOfRange)
    #expect(nativeTimeout("{days: 3652501, seconds: -86400}")?.parse == .valid(seconds(315_576_000_000), .timedelta))
    #expect(nativeTimeout("{mins: 5}")?.parse == .invalid(.unknownTimedeltaField("mins"), .timedelta))
    #expect(nativeTimeout("{minutes: five}")?.parse == .invalid(.timedeltaValueNotNumber("minutes"), .timedelta))
    #expect(nativeTimeout("{minutes: true}")?.parse == .invalid(.timedeltaValueNotNumber("minutes"), .timedelta))
  }

  @Test func formatting() {
    #expect(seconds(5400).description == "1h30m")
    #expect(seconds(604_800).description == "7d")
    #expect(seconds(90, 500_000_000).description == "1m30.5s")
    #expect(seconds(-5).description == "-5s")
    #expect(seconds(-2, 500_000_000).description == "-1.5s")
    #expect(ExactDuration.zero.description == "0s")
    #expect(seconds(300).flyteIDLText == "300s")
    #expect(seconds(90, 500_000_000).flyteIDLText == "90.500s")
    #expect(seconds(0, 1).flyteIDLText == "0.000000001s")
    #expect(seconds(-2, 500_000_000).flyteIDLText == "-1.500s")
  }

  @Test func ordering() {
    #expect(seconds(-1) < .zero)
    #expect(seconds(-2, 500_000_000) < seconds(-1))
    #expect(seconds(1) < seconds(1, 1))
    #expect(ExactDuration(approximatingSeconds: 604_800) == seconds(604_800))
    #expect(ExactDuration(approximatingSeconds: 0.5) == seconds(0, 500_000_000))
    #expect(ExactDuration(approximatingSeconds: .infinity) == nil)
    #expect(seconds(-315_576_000_000, -500_000_000).fitsFlyteIDL)
    #expect(!seconds(-315_576_000_001).fitsFlyteIDL)
  }

  @Test func yaml11Readings() {
    func reading(_ yaml: String) -> YAML11Reading? {
      let tree = SyntaxTree.parse(Array("k: \(yaml)\n".utf8), path: "t.yaml")
      return tree.yaml11Reading(tree.value(of: "k", in: tree.documents[0].root!)!)
    }
    #expect(reading("yes") == .bool(true))
    #expect(reading("No") == .bool(false))
    #expect(reading("OFF") == .bool(false))
    #expect(reading("y") == .bool(true))
    #expect(reading("N") == .bool(false))
    #expect(reading("0777") == .octal(511))
    #expect(reading("-010") == .octal(-8))
    #expect(reading("07") == nil)
    #expect(reading("0") == nil)
    #expect(reading("09") == nil)
    #expect(reading("1:30") == .sexagesimal(90))
    #expect(reading("1:30:00") == .sexagesimal(5400))
    #expect(reading("-1:30") == .sexagesimal(-90))
    #expect(reading("00:05:00") == nil)
    #expect(reading("1:60") == nil)
    #expect(reading("\"yes\"") == nil)
    #expect(reading("!!str yes") == nil)
    #expect(reading("true") == nil)
    #expect(reading("yesterday") == nil)
  }
}
