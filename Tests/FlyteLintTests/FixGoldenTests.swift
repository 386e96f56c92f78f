import FlyteLint
import Foundation
import Testing

/// `fixtures/fix/NAME.EXT` fixed with safe fixes must equal `NAME.fixed.EXT`, and its `--diff`
/// must equal `NAME.diff`; where unsafe fixes change more, that result is
/// `NAME.unsafe.fixed.EXT`. Every rule runs (opt-in ones too), as with `--select ALL`.
/// FLYTE_LINT_RECORD=1 rewrites the golden files and fails.
@Suite struct FixGoldenTests {
  static var inputs: [String] {
    FixtureGoldenTests.files(in: "fix").filter { !$0.contains(".fixed.") }
  }

  @Test(arguments: inputs)
  func fixedTextAndDiffMatchTheGoldenFiles(_ relative: String) throws {
    let root = FixtureGoldenTests.root
    let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    let safe = fixedText(text, path: relative, unsafe: false)
    let unsafe = fixedText(text, path: relative, unsafe: true)
    let diff = UnifiedDiff.render(old: Array(text.utf8), new: Array(safe.utf8), path: relative)
    #expect(safe != text || unsafe != text, "\(relative) has nothing to fix")

    let dot = relative.lastIndex(of: ".") ?? relative.endIndex
    let stem = String(relative[..<dot])
    let ext = String(relative[dot...])
    var expected: [(String, String?)] = [("\(stem).fixed\(ext)", safe), ("\(stem).diff", diff)]
    expected.append(("\(stem).unsafe.fixed\(ext)", unsafe == safe ? nil : unsafe))
    let recording = ProcessInfo.processInfo.environment["FLYTE_LINT_RECORD"] == "1"
    for (name, content) in expected {
      let url = root.appendingPathComponent(name)
      if recording {
        if let content {
          try content.write(to: url, atomically: true, encoding: .utf8)
        } else {
          try? FileManager.default.removeItem(at: url)
        }
        continue
      }
      let actual = try? String(contentsOf: url, encoding: .utf8)
      #expect(actual == content, "\(name) differs (FLYTE_LINT_RECORD=1 re-records)")
    }
    if recording {
      Issue.record(
        "recorded the golden files of \(relative); unset FLYTE_LINT_RECORD and run again")
    }
  }
}
