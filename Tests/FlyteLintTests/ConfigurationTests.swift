import FlyteLint
import FlyteSyntax
import Testing

@Suite struct GlobTests {
  @Test(arguments: [
    ("manifests/**", "manifests/a.yaml", true),
    ("manifests/**", "manifests/x/y/a.yaml", true),
    ("manifests/**", "other/a.yaml", false),
    ("**/*.flyte.yaml", "a/b/t.flyte.yaml", true),
    ("**/*.flyte.yaml", "t.flyte.yaml", true),
    ("*.yaml", "deep/dir/x.yaml", true),
    ("vendor", "vendor/x/y.yaml", true),
    ("vendor/", "vendor/x.yaml", true),
    ("a?c/*.yml", "abc/x.yml", true),
    ("a?c/*.yml", "abbc/x.yml", false),
  ])
  func matching(_ pattern: String, _ path: String, _ expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
  }
}

@Suite struct ConfigurationTests {
  func loader(_ files: [String: String]) -> ConfigurationLoader {
    ConfigurationLoader { path in files[path].map { Array($0.utf8) } }
  }

  @Test func fullConfiguration() throws {
    let config = try loader([
      "/repo/.flyte-lint.yaml": """
        manifests: ["manifests/**"]
        exclude: ["vendor/**"]
        select: [ALL]
        ignore: [FL005]
        severity: {FL101: warning, unknown-key: off}
        per-file-ignores: {"legacy/**": [FL002]}
        timeout: {min: 10s, max: 24h}
        retries: {max: 5}
        """
    ]).load(path: "/repo/.flyte-lint.yaml")
    #expect(config.mustBeManifest("/repo/manifests/a.yaml"))
    #expect(!config.mustBeManifest("/repo/other/a.yaml"))
    #expect(config.isExcluded("/repo/vendor/x.yaml"))
    #expect(config.options.timeoutMin == 10 && config.options.timeoutMax == 86_400 && config.options.retriesMax == 5)
    let linter = try config.linter(for: "/repo/manifests/a.yaml")
    let codes = linter.rules.map { $0.description.code }
    #expect(!codes.contains("FL005") && !codes.contains("FL003") && codes.contains("FL101"))
    #expect(linter.severityOverrides["FL101"] == .warning)
    #expect(try config.linter(for: "/repo/legacy/x.yaml").rules.allSatisfy { $0.description.code != "FL002" })
  }

  @Test func extendsOverridesKeysAndKeepsGlobBases() throws {
    let config = try loader([
      "/repo/base.yaml": "exclude: [\"gen/**\"]\nignore: [FL002]\n",
      "/repo/sub/.flyte-lint.yaml": "extends: ../base.yaml\nignore: [FL003]\n",
    ]).load(path: "/repo/sub/.flyte-lint.yaml")
    #expect(config.ignore == ["FL003"])
    #expect(config.isExcluded("/repo/gen/x.yaml"))
    #expect(!config.isExcluded("/repo/sub/gen/x.yaml"))
  }

  @Test(arguments: [
    ("selct: [ALL]\n", 1, 1, "unknown key \"selct\"; did you mean \"select\"?"),
    ("ignore: [FL1O1]\n", 1, 9, "unknown rule \"FL1O1\"; did you mean \"FL101\"?"),
    ("severity: {FL101: fatal}\n", 1, 19, "severity must be error, warning, info or off"),
    ("timeout: {max: soon}\n", 1, 16, "expected a duration such as 30s, 10m, 24h or 7d"),
    ("retries: {max: -1}\n", 1, 16, "\"retries.max\" must be a whole number ≥ 0"),
    ("- a\n", 1, 1, "the configuration must be a mapping"),
  ])
  func badConfigurationsPointAtTheProblem(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    #expect(throws: ConfigurationError.self) {
      try loader(["/c.yaml": text]).load(path: "/c.yaml")
    }
    do {
      _ = try loader(["/c.yaml": text]).load(path: "/c.yaml")
    } catch {
      #expect(error.position == SourcePosition(line: line, column: column))
      #expect(error.message == message)
    }
  }

  @Test func extendsCycleIsAnError() {
    #expect(throws: ConfigurationError.self) {
      try loader(["/a.yaml": "extends: b.yaml\n", "/b.yaml": "extends: a.yaml\n"]).load(path: "/a.yaml")
    }
  }
}
