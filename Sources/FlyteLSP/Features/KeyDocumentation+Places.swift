// The other tables of `KeyDocumentation`: top-level, `metadata:`-only, Cache-object, workflow,
// node and long-form parameter keys (SPEC §3, §9.6; flytekit-semantics §1a, §1b, §1d).

extension KeyDocumentation {
  static let topLevelDocs: [String: KeyDoc] = [
    "version": KeyDoc("the manifest format version", accepts: "`1`", rules: ["FL004"]),
    "defaults": KeyDoc(
      "task keys applied to every task that sets them neither itself nor in its `metadata`; a task's `cache` replaces a default Cache object",
      accepts: "a mapping of task keys (no `name`)", rules: ["FL003"]),
    "tasks": KeyDoc(
      "the task entries (the `@task` keyword arguments of each task)",
      accepts: "a list of task mappings, or a mapping name → task", rules: ["FL005", "FL006"]),
    "workflows": KeyDoc(
      "workflows of nodes that run the tasks",
      accepts: "a list of workflow mappings, or a mapping name → workflow",
      rules: ["FL005", "FL501", "FL502", "FL503", "FL504", "FL505", "FL506"]),
    "types": KeyDoc(
      "the user's own types (dataclasses, pydantic models, Enums) that inputs and outputs may name",
      accepts: "a mapping name → `dataclass` or `Enum[a, b]`"),
  ]

  static let metadataOnlyDocs: [String: KeyDoc] = [
    "cache": KeyDoc(
      "turns output caching on (TaskMetadata form); a cache without `cache_version` is FL101 with TaskMetadata's own text",
      accepts: "a bool only (no Cache object here)", default: "`False`",
      rules: ["FL004", "FL009", "FL101", "FL102", "FL103", "FL104"]),
    "generates_deck": KeyDoc(
      "whether the task produces decks; flytekit sets it only when serialising a task with `enable_deck`",
      accepts: "a bool", default: "`False`"),
    "is_eager": KeyDoc(
      "marks an `@eager` task", accepts: "a bool", default: "`False`"),
  ]

  static let cacheObjectDocs: [String: KeyDoc] = [
    "version": KeyDoc(
      "the cache version; when absent, the policies compute one",
      accepts: "a string (`null` = absent)",
      default: "`None`", rules: ["FL004", "FL101", "FL102"]),
    "serialize": KeyDoc(
      "runs identical cached calls one at a time", accepts: "a bool", default: "`False`",
      rules: ["FL004"]),
    "ignored_inputs": KeyDoc(
      "inputs left out of the cache key", accepts: "a list of input names, or one name",
      default: "`()` (every input is hashed)", rules: ["FL004", "FL105", "FL106", "FL107"]),
    "salt": KeyDoc(
      "text mixed into the versions the policies compute", accepts: "a string", default: "`\"\"`",
      rules: ["FL004"]),
    "policies": KeyDoc(
      "cache policies that compute a version when none is given; known: `function_body` (needs `source`)",
      accepts: "a policy name or a list of names",
      default: "`None`: open-source flytekit has no default policy",
      rules: ["FL004", "FL101", "FL110"]),
  ]

  static let workflowDocs: [String: KeyDoc] = [
    "name": KeyDoc("the workflow's name", accepts: "a string (required)", rules: ["FL005"]),
    "inputs": KeyDoc(
      "the workflow's inputs: name → type, like a task's; nodes bind them with `{from: inputs.NAME}`",
      accepts: "a mapping"),
    "nodes": KeyDoc(
      "the nodes: each runs a task when its inputs are ready", accepts: "a list of node mappings",
      rules: ["FL504"]),
    "outputs": KeyDoc(
      "the workflow's outputs, each bound to a node output (`{from: NODE.OUTPUT}`)",
      accepts: "a mapping name → binding", rules: ["FL502", "FL503"]),
    "simulate": KeyDoc(
      "flyte-lint's own key: how `flyte-lint simulate` runs the workflow",
      accepts: "a mapping (`inputs: {…}`)"),
  ]

  static let nodeDocs: [String: KeyDoc] = [
    "id": KeyDoc(
      "the node's id, which other nodes' `from: ID.OUTPUT` bindings name", accepts: "a string",
      rules: ["FL502"]),
    "task": KeyDoc(
      "the name of the task the node runs (found across the manifests checked together)",
      accepts: "a task name", rules: ["FL501", "FL505", "FL506"]),
    "inputs": KeyDoc(
      "the task's input bindings: a literal, `{from: inputs.NAME}` or `{from: NODE.OUTPUT}`",
      accepts: "a mapping input name → binding", rules: ["FL502", "FL503", "FL505"]),
    "retries": KeyDoc(
      "node override of the task's retries; wins only when non-zero", accepts: "an int"),
    "timeout": KeyDoc("node override of the task's timeout", accepts: "like a task's `timeout`"),
    "interruptible": KeyDoc("node override of the task's interruptible", accepts: "a bool"),
    "cache": KeyDoc("node override of the task's cache: `false` turns it off", accepts: "a bool"),
  ]

  static let parameterDocs: [String: KeyDoc] = [
    "type": KeyDoc(
      "the type, in Python annotation syntax (`int`, `List[str]`, `Optional[float]`, `FlyteFile`, a `types:` name…)",
      accepts: "a string", rules: ["FL401", "FL402", "FL403"]),
    "default": KeyDoc(
      "the input's default value; an input with a default need not be bound",
      accepts: "a value that fits the type",
      rules: ["FL404"]),
    "description": KeyDoc("what the input or output is, for readers", accepts: "a string"),
  ]

  static let deckFieldDocs: [String: String] = [
    "Input": "the task's input values, one after another in interface order.",
    "Output": "the task's output values, in interface order.",
    "Source Code":
      "the task function's Python source, syntax-highlighted (flyte-lint takes it from `source`).",
    "Timeline":
      "a table of the timed steps of the run (wall and process time); always the first tab.",
    "Dependencies":
      "the installed Python packages as a Name/Version table (flyte-lint takes them from `dependencies`).",
  ]
}
