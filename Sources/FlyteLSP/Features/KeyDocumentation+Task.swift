// The task-key table of `KeyDocumentation`: facts from SPEC §3, §5 and the flytekit 1.16
// defaults (reference/flytekit-semantics.md §1a-1c). Kept apart so the API file stays short.

extension KeyDocumentation {
  static let taskDocs: [String: KeyDoc] = validatedDocs.merging(passthroughDocs) { a, _ in a }
    .merging(ownDocs) { a, _ in a }

  private static let cacheRules = [
    "FL004", "FL007", "FL101", "FL102", "FL103", "FL104", "FL108", "FL109", "FL110", "FL111",
  ]

  private static let validatedDocs: [String: KeyDoc] = [
    "name": KeyDoc(
      "the task's name, a dotted Python path (`pkg.module.fn`); workflow nodes name tasks by it",
      accepts: "a string (required)", rules: ["FL005", "FL006"]),
    "inputs": KeyDoc(
      "the task's inputs: name → type (Python annotation syntax) or `{type, default, description}`",
      accepts: "a mapping", rules: ["FL401", "FL402", "FL403", "FL404", "FL405"]),
    "outputs": KeyDoc(
      "the task's outputs: name → type, like `inputs`", accepts: "a mapping",
      rules: ["FL402", "FL403", "FL405"]),
    "cache": KeyDoc(
      "turns output caching on; a Cache object also carries the version and settings",
      accepts:
        "`true`, `false`, `null` (off), or a Cache object `{version, serialize, ignored_inputs, salt, policies}`",
      default:
        "`False` (no caching); `cache: true` needs a version (open-source flytekit has no default cache policy)",
      rules: cacheRules),
    "cache_version": KeyDoc(
      "the cache version (legacy key; prefer `cache: {version: …}`); outputs cached under another version are not reused",
      accepts: "a string", default: "`\"\"` (none)",
      rules: ["FL004", "FL101", "FL102", "FL108", "FL109", "FL111"]),
    "cache_serialize": KeyDoc(
      "runs identical cached calls one at a time, the others waiting for the first result (legacy key)",
      accepts: "a bool", default: "`False`", rules: ["FL004", "FL103", "FL108", "FL111"]),
    "cache_ignore_input_vars": KeyDoc(
      "inputs left out of the cache key (legacy key; prefer `cache: {ignored_inputs: …}`)",
      accepts: "a list of input names, or one name", default: "`()` (every input is hashed)",
      rules: ["FL004", "FL104", "FL105", "FL106", "FL107", "FL108", "FL111"]),
    "retries": KeyDoc(
      "how many times a failed attempt with a recoverable user error is retried",
      accepts: "an int from 0 to 4294967295", default: "`0` (no retries)",
      rules: ["FL004", "FL205", "FL206"]),
    "timeout": KeyDoc(
      "the longest an attempt may run; the node's active deadline is twice it",
      accepts:
        "int seconds, a duration string (`300s`, `5m`, `1h30m`, `2d`, `00:05:00`, `PT5M`) or `{days, hours, minutes, seconds, milliseconds, microseconds}`",
      default: "none (`@task` passes `0`: no timeout)", rules: ["FL201", "FL202", "FL203", "FL204"]),
    "interruptible": KeyDoc(
      "lets the task run on preemptible (spot) machines", accepts: "a bool",
      default: "`None`: the platform's default applies", rules: ["FL004", "FL007"]),
    "deprecated": KeyDoc(
      "marks the task deprecated with this message", accepts: "a string",
      default: "`\"\"` (not deprecated)", rules: ["FL004", "FL506"]),
    "pod_template_name": KeyDoc(
      "the name of a PodTemplate for the task's pod", accepts: "a string", default: "`None`",
      rules: ["FL004"]),
    "enable_deck": KeyDoc(
      "produces the task's decks (HTML report) after it runs", accepts: "a bool",
      default: "`None`: decks are off", rules: ["FL004", "FL301", "FL304", "FL306"]),
    "disable_deck": KeyDoc(
      "the opposite of `enable_deck`; deprecated since flytekit 1.10.0", accepts: "a bool",
      default: "`None` (decks off)", rules: ["FL004", "FL301", "FL302"]),
    "deck_fields": KeyDoc(
      "which decks to produce when decks are on (filters only, never reorders)",
      accepts:
        "a list of the exact DeckField values `Input`, `Output`, `Source Code`, `Timeline`, `Dependencies`",
      default: "`(Source Code, Dependencies, Timeline, Input, Output)`: all five",
      rules: ["FL004", "FL303", "FL304", "FL305", "FL306"]),
    "metadata": KeyDoc(
      "the `TaskMetadata(...)` form of the task's settings",
      accepts: "a mapping of `TaskMetadata` fields (`cache` is a bool only there)",
      rules: ["FL003", "FL009", "FL101"]),
  ]

  private static let shallow =
    "any value (flyte-lint accepts the key and does not validate its value)"

  private static let passthroughDocs: [String: KeyDoc] = [
    "task_config": KeyDoc("the task plugin's configuration", accepts: shallow),
    "container_image": KeyDoc("the container image the task runs in", accepts: shallow),
    "environment": KeyDoc("environment variables set in the task's container", accepts: shallow),
    "requests": KeyDoc(
      "resource requests (cpu, memory, gpu…); flytekit refuses it together with `resources`",
      accepts: shallow),
    "limits": KeyDoc(
      "resource limits (cpu, memory, gpu…); flytekit refuses it together with `resources`",
      accepts: shallow),
    "resources": KeyDoc(
      "requests and limits in one value; flytekit refuses it together with `requests` or `limits`",
      accepts: shallow),
    "secret_requests": KeyDoc(
      "secrets the task needs; each must be a `flytekit.Secret`", accepts: shallow),
    "execution_mode": KeyDoc("how the task function is executed", accepts: shallow),
    "node_dependency_hints": KeyDoc(
      "nodes a `@dynamic` task may launch; flytekit refuses it on other tasks", accepts: shallow),
    "task_resolver": KeyDoc("the resolver that loads the task at run time", accepts: shallow),
    "docs": KeyDoc("documentation attached to the task", accepts: shallow),
    "pod_template": KeyDoc("a PodTemplate for the task's pod", accepts: shallow),
    "accelerator": KeyDoc("the GPU accelerator the task asks for", accepts: shallow),
    "pickle_untyped": KeyDoc(
      "pickles inputs without a type annotation instead of refusing them", accepts: shallow),
    "shared_memory": KeyDoc("shared memory for the task's pod", accepts: shallow),
    "labels": KeyDoc(
      "Kubernetes labels of the task's pod", accepts: "a mapping of strings", default: "`None`",
      rules: ["FL009"]),
    "annotations": KeyDoc(
      "Kubernetes annotations of the task's pod", accepts: "a mapping of strings",
      default: "`None`",
      rules: ["FL009"]),
  ]

  private static let ownDocs: [String: KeyDoc] = [
    "source": KeyDoc(
      "flyte-lint's own key: the task's Python source, shown in the Source Code deck and hashed by the `function_body` cache policy",
      accepts: "a string (a block scalar `|`)", rules: ["FL110"]),
    "dependencies": KeyDoc(
      "flyte-lint's own key: the packages the Dependencies deck lists",
      accepts: "a list of requirement strings"),
    "simulate": KeyDoc(
      "flyte-lint's own key: how `flyte-lint simulate` runs the task (inputs, duration, attempts, outputs, metrics, logs, output_metadata)",
      accepts: "a mapping (SPEC §9.1); `duration` defaults to 1s", rules: ["FL405"]),
  ]
}
