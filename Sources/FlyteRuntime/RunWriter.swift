import FlyteIO
import FlyteSpans

/// Writes a run's files under the output folder, each atomically; nothing else is written.
public struct RunWriter: Sendable {
  public var directory: String

  public init(directory: String) { self.directory = directory }

  /// The file names and contents, in the order they are written.
  public static func files(_ run: RunRecord) -> [(name: String, text: String)] {
    let spans = SpanTree.build(run)
    return [
      ("summary.json", SummaryJSON.render(run)),
      ("metrics.txt", MetricsReport.statsd(run)),
      ("metrics.json", MetricsReport.json(run)),
      ("logs.jsonl", LogsAndOutputs.logs(run)),
      ("outputs.json", LogsAndOutputs.outputs(run)),
      ("spans.json", SpanJSON.encode(spans)),
      ("spans.txt", spans.explain()),
      ("spans.yaml", spans.dump()),
    ] + DeckPages.files(run)
  }

  public func write(_ run: RunRecord) throws(AtomicFileError) {
    try Directories.create(directory)
    for file in Self.files(run) {
      // Deck paths come from DeckPaths: sanitised segments, no `..`, no absolute root.
      if let slash = file.name.lastIndex(of: "/") {
        try Directories.create(directory + "/" + file.name[..<slash])
      }
      try AtomicFile(path: directory + "/" + file.name).write(Array(file.text.utf8))
    }
  }
}
