/// Where decks go under `--out`: `<run>/<node>/attempt-<n>/deck.html`. Every segment is
/// sanitised to `[A-Za-z0-9._-]`, so no name can add a separator, a `..` or an absolute root;
/// names that end up sharing a segment (or clash with a run-level file) get a hash suffix.
public struct DeckPaths: Sendable {
  /// Files a run writes next to the deck folders; a top-level folder of that name would clash.
  public static let reservedTopLevel: Set<String> = [
    "index.html", "summary.json", "spans.json", "spans.txt", "spans.yaml", "metrics.txt",
    "metrics.json", "logs.jsonl", "outputs.json",
  ]
  public static let indexFile = "index.html"
  public static let deckFile = "deck.html"

  private var segments: [String: String]

  /// `names`: every workflow/task name and node id of the run, so colliding names are known
  /// up front and the mapping does not depend on the order decks are written in.
  public init(names: some Sequence<String>) {
    let distinct = Set(names)
    var groups: [String: [String]] = [:]
    for name in distinct { groups[Self.sanitise(name), default: []].append(name) }
    var map: [String: String] = [:]
    for (clean, raws) in groups {
      let clash = raws.count > 1 || Self.reservedTopLevel.contains(clean)
      for raw in raws { map[raw] = clash ? Self.suffixed(clean, raw, hexDigits: 8) : clean }
    }
    // A suffixed segment could still equal some other name's clean text; widen the hash then.
    var counts: [String: Int] = [:]
    for segment in map.values { counts[segment, default: 0] += 1 }
    for (raw, segment) in map where (counts[segment] ?? 0) > 1 {
      map[raw] = Self.suffixed(Self.sanitise(raw), raw, hexDigits: 16)
    }
    segments = map
  }

  /// The folder name for `name`; names not given to `init` are sanitised with a suffix
  /// whenever sanitising changed them, so they stay distinct.
  public func segment(_ name: String) -> String {
    if let known = segments[name] { return known }
    let clean = Self.sanitise(name)
    return clean == name && !Self.reservedTopLevel.contains(clean)
      ? clean : Self.suffixed(clean, name, hexDigits: 8)
  }

  /// Relative path of one attempt's deck, `/`-separated.
  public func deck(runName: String, nodeID: String, attempt: Int) -> String {
    "\(segment(runName))/\(segment(nodeID))/attempt-\(max(0, attempt))/\(Self.deckFile)"
  }

  /// Bytes outside `[A-Za-z0-9._-]` become `_`; a leading `.` too (no hidden folders, no `.`
  /// or `..`); empty names become `_`; long names are cut so a segment stays well under 255.
  public static func sanitise(_ name: String) -> String {
    var bytes: [UInt8] = name.utf8.prefix(maxLength).map { allowed($0) ? $0 : UInt8(ascii: "_") }
    if bytes.first == UInt8(ascii: ".") { bytes[0] = UInt8(ascii: "_") }
    if bytes.isEmpty { bytes = [UInt8(ascii: "_")] }
    return String(decoding: bytes, as: UTF8.self)
  }

  static let maxLength = 120

  private static func allowed(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "-"):
      true
    default: false
    }
  }

  private static func suffixed(_ clean: String, _ raw: String, hexDigits: Int) -> String {
    "\(clean)-\(String(StableHash.fnv1a64(raw), radix: 16).leftPadded(to: 16).suffix(hexDigits))"
  }
}
