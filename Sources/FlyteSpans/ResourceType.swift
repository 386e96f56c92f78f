/// `flyteidl.core.ResourceType`.
public enum ResourceType: String, Hashable, Sendable, CaseIterable {
  case unspecified = "UNSPECIFIED"
  case task = "TASK"
  case workflow = "WORKFLOW"
  case launchPlan = "LAUNCH_PLAN"
  case dataset = "DATASET"
}
