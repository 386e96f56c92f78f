import Testing

@testable import FlyteDecks

@Suite struct DeckPathsTests {
  static func isSafe(_ path: String) -> Bool {
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    return !path.hasPrefix("/")
      && segments.allSatisfy { segment in
        !segment.isEmpty && segment != "." && segment != ".." && !segment.hasPrefix(".")
          && segment.utf8.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 46
              || b == 95 || b == 45
          }
      }
  }

  @Test func plainNamesStayAsTheyAre() {
    let paths = DeckPaths(names: ["my_project.wf", "n0"])
    #expect(
      paths.deck(runName: "my_project.wf", nodeID: "n0", attempt: 2)
        == "my_project.wf/n0/attempt-2/deck.html")
  }

  @Test(arguments: [
    "../../x", "/etc/passwd", "..", ".", "", "a/../../b", "..\\..\\w", "<script>", "名前", "x\u{0}y",
    ".hidden",
  ])
  func hostileNamesCannotLeaveTheOutputFolder(_ name: String) {
    let paths = DeckPaths(names: [name])
    let path = paths.deck(runName: name, nodeID: name, attempt: -3)
    #expect(Self.isSafe(path), "\(path)")
    #expect(path.split(separator: "/").count == 4)
    // Also for names the allocator was never told about.
    #expect(Self.isSafe(DeckPaths(names: []).deck(runName: name, nodeID: "n0", attempt: 0)))
  }

  @Test func collidingNamesGetDistinctStableSuffixes() {
    let names = ["a/b", "a_b", "a b"]
    let paths = DeckPaths(names: names)
    let segments = names.map(paths.segment)
    #expect(Set(segments).count == 3)
    #expect(segments.allSatisfy { $0.hasPrefix("a_b-") })
    // Same names in another order: same answer.
    let again = DeckPaths(names: names.reversed())
    #expect(names.map(again.segment) == segments)
  }

  @Test func suffixedNameCannotBeStolenByALiteralName() {
    let first = DeckPaths(names: ["a/b", "a_b"]).segment("a/b")
    let paths = DeckPaths(names: ["a/b", "a_b", first])
    let segments = ["a/b", "a_b", first].map(paths.segment)
    #expect(Set(segments).count == 3)
  }

  @Test func runLevelFileNamesAreNotUsedAsFolders() {
    let paths = DeckPaths(names: ["index.html", "summary.json"])
    #expect(paths.segment("index.html") != "index.html")
    #expect(paths.segment("summary.json").hasPrefix("summary.json-"))
  }

  @Test func longNamesAreCut() {
    let long = String(repeating: "x", count: 1000)
    #expect(DeckPaths(names: [long]).segment(long).utf8.count <= 140)
  }
}

@Suite struct DeckPathsDocumentedExamples {
  @Test func examplesInDocsHold() {
    #expect(DeckPaths.sanitise("../../x") == "_._.._x")
    #expect(DeckPaths.sanitise("/etc/passwd") == "_etc_passwd")
  }
}
