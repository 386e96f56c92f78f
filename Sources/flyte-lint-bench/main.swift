// flyte-lint-bench: parser throughput on a generated Flyte manifest corpus (SPEC §11).
//
//   swift run -c release flyte-lint-bench [--size-mb N] [--runs N]
//
// Generates the same task manifests as YAML and as JSON (deterministic, seeded), then times on
// one thread, best of N interleaved runs: SyntaxTree.parseYAML on the YAML, SyntaxTree.parseJSON on the JSON and
// Foundation's JSONSerialization on the same JSON bytes. Exits 1 when a parse reports errors.

import FlyteSyntax
import Foundation

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("flyte-lint-bench: \(message)\n".utf8))
  exit(1)
}

/// `runs` is nil when not given: 7 parser runs, 3 check runs (each check run spawns the tool
/// on 10,000 and 20,000 files).
func parseOptions(_ arguments: [String]) -> (sizeMB: Double, runs: Int?, check: Bool, simulate: Bool, lsp: Bool) {
  var size = 25.0
  var runs: Int?
  var check = false
  var simulate = false
  var lsp = false
  var rest = arguments.dropFirst()
  while let argument = rest.popFirst() {
    switch argument {
    case "--size-mb":
      guard let text = rest.popFirst(), let value = Double(text), value > 0, value <= 1024 else {
        fail("--size-mb needs a number from 0 to 1024")
      }
      size = value
    case "--check":
      check = true
    case "--simulate":
      simulate = true
    case "--lsp":
      lsp = true
    case "--runs":
      guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
        fail("--runs needs a positive integer")
      }
      runs = value
    case "-h", "--help":
      print("usage: flyte-lint-bench [--size-mb N] [--runs N] [--check | --simulate | --lsp]   (defaults 25 MB; 7 runs, 3 with --check or --simulate, 50 edits with --lsp)")
      exit(0)
    default:
      fail("unknown argument \"\(argument)\"")
    }
  }
  return (size, runs, check, simulate, lsp)
}

/// Best wall time of `runs` calls, in seconds; `body` returns a count that keeps its work alive.
func best(_ runs: Int, _ body: () -> Int) -> (seconds: Double, count: Int) {
  var bestTime = Double.infinity
  var count = 0
  let clock = ContinuousClock()
  for _ in 0..<runs {
    let start = clock.now
    count = body()
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    bestTime = min(bestTime, seconds)
  }
  return (bestTime, count)
}

func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

func report(_ label: String, bytes: Int, _ result: (seconds: Double, count: Int), unit: String)
  -> Double
{
  let rate = megabytes(bytes) / result.seconds
  let line =
    label.padding(toLength: 36, withPad: " ", startingAt: 0)
    + String(format: "%8.1f MB/s   best %.3f s   %d %@", rate, result.seconds, result.count, unit)
  print(line)
  return rate
}

func checkErrors(_ tree: SyntaxTree, _ what: String) {
  if let error = tree.errors.first {
    fail("\(what) corpus has \(tree.errors.count) parse error(s); first: \(error)")
  }
}

let (sizeMB, givenRuns, checkMode, simulateMode, lspMode) = parseOptions(CommandLine.arguments)
let runs = givenRuns ?? 7
if lspMode {
  LSPBenchmark.run(lines: 5_000, edits: givenRuns ?? 50)
  exit(0)
}
if simulateMode {
  SimulateBenchmark.run(nodes: 1_000, runs: givenRuns ?? 3)
  exit(0)
}
if checkMode {
  CheckBenchmark.run(counts: [10_000, 20_000], runs: givenRuns ?? 3)
  exit(0)
}
var generator = CorpusGenerator(seed: 0x666C_7974_6521)
let corpus = generator.make(targetBytes: Int(sizeMB * 1_000_000))
let yaml = corpus.yaml
let json = corpus.json
let jsonData = Data(json)
print(
  String(
    format: "corpus: %d tasks; YAML %.1f MB, JSON %.1f MB; best of %d interleaved runs, one thread",
    corpus.tasks, megabytes(yaml.count), megabytes(json.count), runs))

checkErrors(SyntaxTree.parseYAML(yaml), "YAML")
checkErrors(SyntaxTree.parseJSON(json), "JSON")
do {
  _ = try JSONSerialization.jsonObject(with: jsonData)
} catch {
  fail("JSONSerialization rejects the JSON corpus: \(error)")
}

// Interleave the three measurements run by run, so a slow moment of a shared machine hits all
// of them alike instead of one; report each one's best run.
var yamlBest = (seconds: Double.infinity, count: 0)
var jsonBest = (seconds: Double.infinity, count: 0)
var foundationBest = (seconds: Double.infinity, count: 0)
for _ in 0..<runs {
  let y = best(1) { SyntaxTree.parseYAML(yaml).nodes.count }
  if y.seconds < yamlBest.seconds { yamlBest = y }
  let j = best(1) { SyntaxTree.parseJSON(json).nodes.count }
  if j.seconds < jsonBest.seconds { jsonBest = j }
  let f = best(1) {
    let object = try? JSONSerialization.jsonObject(with: jsonData)
    return ((object as? [String: Any])?["tasks"] as? [Any])?.count ?? 0
  }
  if f.seconds < foundationBest.seconds { foundationBest = f }
}
let yamlRate = report("YAML  SyntaxTree.parseYAML", bytes: yaml.count, yamlBest, unit: "nodes")
let jsonRate = report("JSON  SyntaxTree.parseJSON", bytes: json.count, jsonBest, unit: "nodes")
let foundationRate = report(
  "JSON  JSONSerialization.jsonObject", bytes: json.count, foundationBest, unit: "tasks")

print(
  String(
    format: "JSON ours/Foundation: %.2fx (target >= 3x)   YAML: %.1f MB/s (target >= 60, aim 100)",
    jsonRate / foundationRate, yamlRate))
