/// What a Gantt bar stands for; picks its colour (a fixed CSS class, never user text).
public enum GanttBarKind: String, Sendable, Hashable, CaseIterable {
  case workflow, node, attempt, setup, runtime, teardown, timeit, failed, cached, skipped, other
}
