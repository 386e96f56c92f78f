import FlyteDecks

/// Fills FlyteDecks' page and index models from a run: one `deck.html` per attempt in which
/// the task was loaded (failed ones included, as the pod entrypoint writes them), for tasks
/// with decks on, plus the run's `index.html`. Times are relative to the run's start.
enum DeckPages {
  static func files(_ run: RunRecord) -> [(name: String, text: String)] {
    let paths = DeckPaths(names: [run.name] + run.nodes.map(\.id))
    var files: [(name: String, text: String)] = []
    var entries: [DeckIndexEntry] = []
    for node in run.nodes {
      guard let settings = node.decks else { continue }
      for attempt in node.attempts where attempt.loaded {
        let path = paths.deck(runName: run.name, nodeID: node.id, attempt: attempt.number)
        let page = self.page(run: run, node: node, attempt: attempt, settings: settings)
        files.append((path, DeckRenderer.page(page)))
        entries.append(
          DeckIndexEntry(
            runName: run.name, taskName: node.task, nodeID: node.id, attempt: attempt.number,
            outcome: page.outcome,
            path: path))
      }
    }
    let index = DeckIndex(
      executionID: run.executionID, runName: run.name, origin: Nanos.timestamp(run.start),
      entries: entries,
      gantt: runGantt(run))
    return files + [(DeckPaths.indexFile, DeckRenderer.index(index))]
  }

  static func page(run: RunRecord, node: NodeRecord, attempt: AttemptRecord, settings: DeckSettings)
    -> DeckPage
  {
    let origin = run.start
    let succeeded = attempt.error == nil
    let outputs: [DeckValueRow] =
      succeeded
      ? node.outputs.map { output in
        DeckValueRow(
          name: output.name, type: settings.outputTypes[output.name] ?? "",
          value: output.value.display,
          metadata: metadataItems(output.metadata))
      } : []
    var gantt = [
      GanttBar(
        label: "attempt \(attempt.number)", startNanos: attempt.start - origin,
        endNanos: attempt.end - origin,
        kind: succeeded ? .attempt : .failed)
    ]
    gantt += attempt.timeline.map {
      GanttBar(
        label: $0.name, startNanos: $0.start - origin, endNanos: $0.finish - origin, kind: .timeit)
    }
    return DeckPage(
      executionID: run.executionID, runName: run.name, taskName: node.task, nodeID: node.id,
      attempt: attempt.number,
      outcome: outcome(attempt.error),
      deckFields: settings.fields.compactMap(DeckField.init(rawValue:)),
      origin: Nanos.timestamp(origin),
      timeline: attempt.timeline.map {
        DeckTimelineEntry(
          name: $0.name, startNanos: $0.start - origin, endNanos: $0.finish - origin)
      },
      gantt: gantt,
      inputs: node.inputs.map {
        DeckValueRow(
          name: $0.name, type: settings.inputTypes[$0.name] ?? "", value: $0.value.display)
      },
      outputs: outputs, source: settings.source, dependencies: settings.dependencies)
  }

  static func outcome(_ error: AttemptError?) -> DeckOutcome {
    guard let error else { return .success }
    // flytekit's codes mostly start with their kind already (`USER:Recoverable`).
    let label = error.code.hasPrefix(error.kind.rawValue) ? error.code : "\(error.kind.rawValue) \(error.code)"
    return .failed(kind: label, message: error.message)
  }

  /// Output metadata as flat key/value rows: `dynamic_partitions.region`, `time_partition`,
  /// additional items by their own key.
  static func metadataItems(_ metadata: SimValue?) -> [DeckMetadataItem] {
    guard case .map(let members)? = metadata else { return [] }
    var items: [DeckMetadataItem] = []
    for (key, value) in members {
      if case .map(let inner) = value {
        let prefix = key == "additional_items" ? "" : key + "."
        items += inner.map { DeckMetadataItem(key: prefix + $0.0, value: $0.1.display) }
      } else {
        items.append(DeckMetadataItem(key: key, value: value.display))
      }
    }
    return items
  }

  /// The whole run: a bar per node (coloured by how it ended) and per attempt.
  static func runGantt(_ run: RunRecord) -> [GanttBar] {
    var bars: [GanttBar] = []
    for node in run.nodes where node.status != .skipped {
      let kind: GanttBarKind =
        node.cache == .hit ? .cached : node.status == .succeeded ? .node : .failed
      bars.append(
        GanttBar(
          label: node.id, startNanos: node.start - run.start, endNanos: node.end - run.start,
          kind: kind))
      for attempt in node.attempts {
        bars.append(
          GanttBar(
            label: "\(node.id) attempt \(attempt.number)", startNanos: attempt.start - run.start,
            endNanos: attempt.end - run.start, kind: attempt.error == nil ? .attempt : .failed))
      }
    }
    return bars
  }
}
