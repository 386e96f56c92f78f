import FlyteDecks

/// Fixed models shared by the golden and escaping tests.
enum DeckSamples {
  static let source = """
    @task(retries=2, enable_deck=True)
    def analyze(input_data: str, n: int = 3) -> str:
        \"\"\"Doubles the text.\"\"\"
        # a comment with <b>tags</b> & ampersands
        total = n * 2.5e-3 + 0x1F
        if isinstance(input_data, str) and not None:
            return f"Processed {input_data}" + 'x'
        raise ValueError("bad")

    class Helper:
        pass
    """

  static let timeline: [DeckTimelineEntry] = [
    .init(name: "Load task", start: 10, end: 10.2, wallTime: 0.2, processTime: 0.15),
    .init(
      name: "Download data to local from s3://flyte-sim/abc/n0/0/inputs.pb",
      start: 10.2, end: 10.25, wallTime: 0.05, processTime: 0.001),
    .init(
      name: "AsyncTranslate literal to python value", start: 10.25, end: 10.26,
      wallTime: 0.01, processTime: 0.01),
    .init(
      name: "Translate literal to python value", start: 10.25, end: 10.26,
      wallTime: 0.01, processTime: 0.01),
    .init(
      name: "Execute user level code", start: 10.26, end: 20.26, wallTime: 10,
      processTime: 9.5),
    .init(
      name: "Translate the output to literals", start: 20.26, end: 20.27,
      wallTime: 0.01, processTime: 0.01),
    .init(
      name: "dispatch execute", start: 10.25, end: 20.27, wallTime: 10.02,
      processTime: 9.52),
    .init(
      name: "Upload data to s3://flyte-sim/abc/n0/0", start: 20.27, end: 20.4,
      wallTime: 0.13, processTime: 0.02),
  ]

  static let page = DeckPage(
    executionID: "fsim-3f2a9c", runName: "my_project.workflows.wf",
    taskName: "my_project.tasks.analyze",
    nodeID: "n0", attempt: 1, outcome: .success, deckFields: DeckField.flytekitOrder,
    origin: "2024-01-01T00:00:00Z", timeline: timeline,
    gantt: [
      GanttBar(label: "task/1", start: 9.5, end: 20.9, kind: .attempt),
      GanttBar(label: "TASK_SETUP", start: 9.5, end: 10, kind: .setup),
      GanttBar(label: "TASK_RUNTIME", start: 10, end: 20.4, kind: .runtime),
      GanttBar(label: "TASK_TEARDOWN", start: 20.4, end: 20.9, kind: .teardown),
    ] + timeline.map { GanttBar(label: $0.name, start: $0.start, end: $0.end, kind: .timeit) },
    inputs: [
      DeckValueRow(name: "input_data", type: "str", value: "hello"),
      DeckValueRow(name: "n", type: "int", value: "3"),
    ],
    outputs: [
      DeckValueRow(
        name: "o0", type: "str", value: "Processed hello",
        metadata: [
          DeckMetadataItem(key: "dynamic_partitions.region", value: "us-east-1"),
          DeckMetadataItem(key: "time_partition", value: "2024-01-01T00:00:00Z"),
          DeckMetadataItem(key: "data_quality_report_o0", value: "Score: 0.95"),
        ])
    ],
    source: source, dependencies: ["flytekit==1.14.0", "pandas==2.1.0", "numpy>=1.26", "requests"])

  static let index = DeckIndex(
    executionID: "fsim-3f2a9c", runName: "my_project.workflows.wf", origin: "2024-01-01T00:00:00Z",
    entries: [
      DeckIndexEntry(
        runName: "my_project.workflows.wf", taskName: "my_project.tasks.analyze", nodeID: "n0",
        attempt: 0, outcome: .failed(kind: "USER", message: "transient"),
        path: "my_project.workflows.wf/n0/attempt-0/deck.html"),
      DeckIndexEntry(
        runName: "my_project.workflows.wf", taskName: "my_project.tasks.analyze", nodeID: "n0",
        attempt: 1, outcome: .success, path: "my_project.workflows.wf/n0/attempt-1/deck.html"),
    ],
    gantt: [
      GanttBar(label: "workflow/my_project.workflows.wf", start: 0, end: 22, kind: .workflow),
      GanttBar(label: "node/n0", start: 1, end: 21, kind: .node),
      GanttBar(
        label: "task/0", start: 1.5, end: 9, kind: .failed,
        link: "my_project.workflows.wf/n0/attempt-0/deck.html"),
      GanttBar(
        label: "task/1", start: 9.5, end: 20.9, kind: .attempt,
        link: "my_project.workflows.wf/n0/attempt-1/deck.html"),
    ])
}
