/// FL008: a file the configuration says is a manifest, that is not one. Reported by the file
/// checker (it needs the configuration's `manifests` globs), so `check` is empty.
public enum NotAManifestRule: Rule {
  public static let description = RuleDescription(
    code: "FL008", name: "not-a-manifest", severity: .error,
    summary: "a file matched by the configuration's `manifests` globs is not a task manifest",
    rationale: """
      Other YAML files are skipped silently, so a manifest that lost its `tasks:` key (or \
      misspelt it) would never be checked again. Listing manifest folders in `manifests:` turns \
      that silence into a finding.
      """,
    bad: ["«task»:\n  - name: t\n    retries: 3\n"],
    good: ["tasks:\n  - name: t\n    retries: 3\n"])

  public static func check(_ context: inout RuleContext) {}
}
