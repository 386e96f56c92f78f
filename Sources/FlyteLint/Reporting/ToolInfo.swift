/// Who produced a report: the machine formats (SARIF, checkstyle, JUnit) name the tool, and
/// `flyte-lint --version` prints the same version, so the two never disagree.
public enum ToolInfo {
  public static let name = "flyte-lint"
  public static let version = "0.1.0"
  /// The project's home page, SARIF's `tool.driver.informationUri`.
  public static let informationURI = "https://github.com/flyte-lint/flyte-lint"
}
