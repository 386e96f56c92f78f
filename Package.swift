// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "flyte-lint",
  products: [
    .executable(name: "flyte-lint", targets: ["flyte-lint"]),
    .library(name: "FlyteSyntax", targets: ["FlyteSyntax"]),
  ],
  targets: [
    .target(name: "FlyteSyntax"),
    .target(name: "FlyteManifest", dependencies: ["FlyteSyntax"]),
    .target(name: "FlyteLint", dependencies: ["FlyteSyntax", "FlyteManifest"]),
    .executableTarget(name: "flyte-lint", dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint"]),
    .executableTarget(name: "flyte-lint-bench", dependencies: ["FlyteSyntax"]),
    .testTarget(name: "FlyteSyntaxTests", dependencies: ["FlyteSyntax"]),
    .testTarget(name: "FlyteLintTests", dependencies: ["FlyteSyntax", "FlyteManifest", "FlyteLint"]),
    .testTarget(name: "FlyteLintCLITests", dependencies: ["flyte-lint"]),
  ]
)
