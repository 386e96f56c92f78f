// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "flyte-lint",
  products: [
    .executable(name: "flyte-lint", targets: ["flyte-lint"]),
    .library(name: "FlyteSyntax", targets: ["FlyteSyntax"]),
    .library(name: "FlyteSpans", targets: ["FlyteSpans"]),
    // For the fuzzing package in Tests/Fuzz, which builds its targets with libFuzzer.
    .library(name: "FlyteManifest", targets: ["FlyteManifest"]),
    .library(name: "FlyteLint", targets: ["FlyteLint"]),
    .library(name: "FlyteLSP", targets: ["FlyteLSP"]),
    .library(name: "FlyteRuntime", targets: ["FlyteRuntime"]),
    // The fuzz targets' properties (a plain library; the libFuzzer executables live in Tests/Fuzz).
    .library(name: "FlyteFuzzing", targets: ["FlyteFuzzing"]),
  ],
  targets: [
    .target(name: "FlyteSyntax"),
    .target(name: "FlyteManifest", dependencies: ["FlyteSyntax"]),
    .target(name: "FlyteLint", dependencies: ["FlyteSyntax", "FlyteManifest"]),
    // File writes the edges share (fixes now; decks and report files next): no Foundation.
    .target(name: "FlyteIO"),
    // flyteidl Span trees: JSON, and flytekit's explain/dump text (SPEC §9.4).
    .target(name: "FlyteSpans", dependencies: ["FlyteSyntax"]),
    // Deck HTML (issue 5): renders plain data the runtime fills; depends on nothing.
    .target(name: "FlyteDecks"),
    // The simulator (SPEC §9): the runtime model on a virtual clock and the files a run writes.
    .target(
      name: "FlyteRuntime",
      dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint", "FlyteIO", "FlyteSpans", "FlyteDecks"]),
    // The file system as the linter sees it: reading files, walking folders, finding the
    // configuration of a path. Shared by the CLI and the language server.
    .target(name: "FlyteWorkspace", dependencies: ["FlyteLint"]),
    // The language server (SPEC §10): JSON-RPC over stdio, documents, features.
    .target(
      name: "FlyteLSP",
      dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint", "FlyteIO", "FlyteWorkspace"]),
    .executableTarget(
      name: "flyte-lint",
      dependencies: [
        "FlyteSyntax", "FlyteManifest", "FlyteLint", "FlyteIO", "FlyteSpans", "FlyteRuntime", "FlyteWorkspace", "FlyteLSP",
      ]),
    // What the fuzz targets check, one function per target (Tests/Fuzz runs them under libFuzzer).
    .target(
      name: "FlyteFuzzing",
      dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint", "FlyteLSP", "FlyteRuntime"]),
    .executableTarget(name: "flyte-lint-bench", dependencies: ["FlyteSyntax"]),
    .testTarget(name: "FlyteSyntaxTests", dependencies: ["FlyteSyntax"]),
    .testTarget(name: "FlyteLintTests", dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint"]),
    .testTarget(name: "FlyteLintCLITests", dependencies: ["flyte-lint"]),
    .testTarget(name: "FlyteIOTests", dependencies: ["FlyteIO"]),
    .testTarget(
      name: "FlyteRuntimeTests", dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint", "FlyteSpans", "FlyteRuntime"]),
    .testTarget(name: "FlyteLSPTests", dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint", "FlyteLSP"]),
    .testTarget(name: "FlyteSpansTests", dependencies: ["FlyteSpans"]),
    .testTarget(name: "FlyteDecksTests", dependencies: ["FlyteDecks"]),
    .testTarget(name: "FlyteFuzzingTests", dependencies: ["FlyteFuzzing"]),
  ]
)
