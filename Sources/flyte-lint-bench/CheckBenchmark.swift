// `flyte-lint-bench --check`: times the real `flyte-lint check` binary on 10,000 and 20,000
// generated manifest files against just reading the same files, in one run (SPEC §11).

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

struct ProcessResult {
  var seconds: Double
  var peakRSSKiB: Int
  var status: Int32
}

enum CheckBenchmark {
  static func run(counts: [Int], runs: Int) {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("flyte-lint").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      fail("no flyte-lint binary next to the benchmark (\(binary)); build with `swift build -c release`")
    }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("flyte-lint-bench-\(getpid())")
    let keep = ProcessInfo.processInfo.environment["FLYTE_LINT_BENCH_KEEP"] != nil
    defer { if keep { print("kept \(root.path)") } else { try? FileManager.default.removeItem(at: root) } }
    var perFile: [Int: Double] = [:]
    print("check benchmark: \(ProcessInfo.processInfo.activeProcessorCount) cores, best of \(runs) interleaved runs each")
    let dirs = counts.map { root.appendingPathComponent("m\($0)") }
    let sizes = zip(counts, dirs).map { generate($0, into: $1) }
    var read = [Double](repeating: .infinity, count: counts.count)
    var check = [ProcessResult](repeating: ProcessResult(seconds: .infinity, peakRSSKiB: 0, status: 0), count: counts.count)
    // Sizes alternate run by run: this shared machine's speed drifts by tens of percent from
    // minute to minute, and interleaving makes every size see the same drift.
    for _ in 0..<runs {
      for (i, dir) in dirs.enumerated() {
        read[i] = min(read[i], timeRead(dir))
        let r = spawn(binary, ["check", dir.path, "--format", "concise", "--quiet"])
        if r.seconds < check[i].seconds { check[i] = r }
      }
    }
    for (i, count) in counts.enumerated() {
      let mb = Double(sizes[i]) / 1_000_000
      perFile[count] = check[i].seconds
      print(String(
        format: "%6d files  %5.1f MB  check %.3f s (%.0f files/s, %.1f MB/s, peak RSS %.1f MB, exit %d)   read only %.3f s   check/read %.1fx",
        count, mb, check[i].seconds, Double(count) / check[i].seconds, mb / check[i].seconds,
        Double(check[i].peakRSSKiB) / 1024, check[i].status, read[i], check[i].seconds / read[i]))
    }
    if let small = perFile[counts.first ?? 0], let large = perFile[counts.last ?? 0], counts.count == 2 {
      print(String(format: "%d/%d time ratio: %.2fx (target <= 2.1x)", counts[1], counts[0], large / small))
    }
    let one = root.appendingPathComponent("one.yaml")
    var generator = CorpusGenerator(seed: 7)
    try? Data(generator.makeFile(first: 0, tasks: 2)).write(to: one)
    var single = Double.infinity
    for _ in 0..<max(runs, 10) { single = min(single, spawn(binary, ["check", one.path, "--quiet"]).seconds) }
    print(String(format: "one-file check process: %.1f ms (target <= 15 ms)", single * 1000))
  }

  /// Writes `count` manifests of two tasks each; returns the total size.
  static func generate(_ count: Int, into dir: URL) -> Int {
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var generator = CorpusGenerator(seed: UInt64(count))
    var total = 0
    for i in 0..<count {
      let sub = dir.appendingPathComponent("team\(i % 50)")
      if i < 50 { try? FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
      let bytes = generator.makeFile(first: i * 2, tasks: 2)
      total += bytes.count
      try? Data(bytes).write(to: sub.appendingPathComponent("task_\(i).yaml"))
    }
    return total
  }

  /// Reads every file once (sequentially, in this process): the floor any checker pays.
  static func timeRead(_ dir: URL) -> Double {
    let start = Date()
    var total = 0
    let walker = FileManager.default.enumerator(atPath: dir.path)
    while let name = walker?.nextObject() as? String {
      guard name.hasSuffix(".yaml") else { continue }
      let fd = open(dir.path + "/" + name, O_RDONLY)
      guard fd >= 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        total += n
      }
      close(fd)
    }
    _ = total
    return Date().timeIntervalSince(start)
  }

  /// Runs a process with stdout to /dev/null; wall time and peak RSS from wait4.
  static func spawn(_ path: String, _ args: [String]) -> ProcessResult {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Date()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { fail("cannot start \(path)") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    // A signal shows as 128 + its number, like a shell does.
    let code = (status & 0x7F) != 0 ? 128 + (status & 0x7F) : (status >> 8) & 0xFF
    return ProcessResult(seconds: Date().timeIntervalSince(start), peakRSSKiB: Int(usage.ru_maxrss), status: code)
  }
}
