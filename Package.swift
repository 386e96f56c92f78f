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
    .executableTarget(name: "flyte-lint", dependencies: ["FlyteSyntax"]),
    .executableTarget(name: "flyte-lint-bench", dependencies: ["FlyteSyntax"]),
    .testTarget(name: "FlyteSyntaxTests", dependencies: ["FlyteSyntax"]),
    .testTarget(name: "FlyteLintCLITests", dependencies: ["flyte-lint"]),
  ]
)
