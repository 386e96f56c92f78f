// swift-tools-version:6.0
// The libFuzzer targets (issue 7). Not part of the root package, so its `swift build` and
// pre-commit's release build of every product never link libFuzzer; `fuzz.sh` builds these
// with `-sanitize=fuzzer,address`. The properties they check live in the root package's
// FlyteFuzzing module, where FuzzRegressionTests replays saved inputs through them.
import PackageDescription

let targets = ["yaml", "json", "lint", "fix", "lsp", "simulate"]

let package = Package(
  name: "flyte-lint-fuzz",
  dependencies: [.package(name: "flyte-lint", path: "../..")],
  targets: [.target(name: "FuzzDriver")]
    + targets.map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["FuzzDriver", .product(name: "FlyteFuzzing", package: "flyte-lint")],
        path: "Sources/fuzz-\(name)",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
