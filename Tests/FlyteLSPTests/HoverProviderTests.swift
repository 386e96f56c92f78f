import FlyteLSP
import FlyteLint
import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct HoverProviderTests {
  private func hover(_ marked: String, findings: [Finding] = []) -> (HoverResult?, CursorSource) {
    let source = CursorSource(marked)
    return (HoverProvider.hover(in: source.file, at: source.offset, findings: findings), source)
  }

  @Test func taskKeyShowsMeaningDefaultAndRules() throws {
    let (result, source) = hover("tasks:\n  - name: t\n    ret‸ries: 3\n")
    let hover = try #require(result)
    #expect(
      hover.range == ByteRange(source.offset(of: "retries"), source.offset(of: "retries") + 7))
    #expect(hover.markdown.contains("**`retries`**"))
    #expect(hover.markdown.contains("flytekit default: `0`"))
    #expect(hover.markdown.contains("`FL205` retries-out-of-range"))
  }

  @Test func deckFieldsDefaultIsAllFive() throws {
    let (result, _) = hover("tasks:\n  - name: t\n    ‸deck_fields: [Input]\n")
    #expect(
      try #require(result).markdown.contains(
        "`(Source Code, Dependencies, Timeline, Input, Output)`"))
  }

  @Test func keysOfEachPlace() throws {
    let text = """
      version: 1
      defaults:
        timeout: 5m
      tasks:
        - name: t
          metadata: {generates_deck: true}
          cache: {salt: s}
          inputs: {a: {type: int, default: 1}}
      workflows:
        - name: w
          nodes:
            - id: n0
              task: t

      """
    let file = ManifestFile(path: "m.yaml", bytes: Array(text.utf8))
    let source = CursorSource(text)
    func markdown(at needle: String) -> String? {
      HoverProvider.hover(in: file, at: source.offset(of: needle) + 1, findings: [])?.markdown
    }
    #expect(markdown(at: "version")?.contains("manifest format version") == true)
    #expect(markdown(at: "timeout")?.contains("longest an attempt may run") == true)
    #expect(markdown(at: "generates_deck")?.contains("serialising") == true)
    #expect(markdown(at: "salt")?.contains("mixed into the versions") == true)
    #expect(markdown(at: "default: 1")?.contains("`FL404`") == true)
    #expect(markdown(at: "nodes")?.contains("`FL504` workflow-cycle") == true)
    #expect(markdown(at: "id: n0")?.contains("node's id") == true)
    #expect(markdown(at: "task: t")?.contains("the task the node runs") == true)
  }

  @Test func metadataKeyMentionsTheConflictRule() throws {
    let (result, _) = hover("tasks:\n  - name: t\n    metadata:\n      ret‸ries: 2\n")
    let markdown = try #require(result).markdown
    #expect(markdown.contains("TaskMetadata form"))
    #expect(markdown.contains("`FL009` conflicting-metadata"))
  }

  @Test func deckFieldValue() throws {
    let (result, source) = hover("tasks:\n  - name: t\n    deck_fields: [Input, Sour‸ce Code]\n")
    let hover = try #require(result)
    #expect(hover.markdown.hasPrefix("**DeckField `Source Code`**"))
    #expect(hover.range == ByteRange(source.offset(of: "Source"), source.offset(of: "Source") + 11))
  }

  @Test func ruleCodeInASuppressionComment() throws {
    let (result, source) = hover(
      "tasks:\n  - name: t\n    retries: 99  # flyte-lint: disable=FL203,FL2‸06 -- ok\n")
    let hover = try #require(result)
    #expect(hover.markdown.hasPrefix("**FL206 retries-too-many** (warning)"))
    #expect(hover.markdown.contains("Why: "))
    #expect(hover.range == ByteRange(source.offset(of: "FL206"), source.offset(of: "FL206") + 5))
  }

  @Test func findingsUnderTheCursorAddTheirRuleDocs() throws {
    let text = "tasks:\n  - name: t\n    cache: true\n"
    let file = ManifestFile(path: "m.yaml", bytes: Array(text.utf8))
    let findings = Linter().lint(file).findings
    let finding = try #require(findings.first { $0.code == "FL101" })
    let hover = try #require(
      HoverProvider.hover(in: file, at: finding.range.lowerBound, findings: findings))
    #expect(hover.markdown.contains("**FL101**: \(finding.message)"))
    #expect(hover.markdown.contains("**FL101 cache-version-missing** (error)"))
    #expect(!hover.markdown.contains("## Examples"))
    #expect(hover.range == finding.range)
  }

  @Test func keyAndFindingTogether() throws {
    let text = "tasks:\n  - name: t\n    cache_versions: v1\n"
    let file = ManifestFile(path: "m.yaml", bytes: Array(text.utf8))
    let findings = Linter().lint(file).findings
    let at = CursorSource(text).offset(of: "cache_versions") + 2
    let hover = try #require(HoverProvider.hover(in: file, at: at, findings: findings))
    #expect(hover.markdown.hasPrefix("**FL003**: unknown task key \"cache_versions\""))
  }

  @Test func flyteidlMetadataKeyMapsToTheNativeKey() throws {
    let (result, _) = hover(
      #"{"type": "python-task", "metadata": {"discovery‸Version": "1"}, "interface": {}}"#)
    let markdown = try #require(result).markdown
    #expect(
      markdown.hasPrefix("flyteidl `discoveryVersion` — the native manifest's `cache_version`."))
  }

  @Test func nativeJSONManifest() throws {
    let (result, source) = hover(#"{"tasks": [{"name": "t", "time‸out": 300}]}"#)
    let hover = try #require(result)
    #expect(hover.markdown.hasPrefix("**`timeout`**"))
    let start = source.offset(of: "\"timeout\"")
    #expect(hover.range == ByteRange(start, start + 9))
  }

  @Test func nothingToShow() {
    #expect(hover("tasks:\n  - name: t‸x\n").0 == nil)
    #expect(hover("").0 == nil)
    #expect(hover("‸tasks: []\n").0?.markdown.contains("the task entries") == true)
    #expect(hover("tasks: []\n‸").0 == nil)
    #expect(hover("tasks:\n  - name: t\n    unknown_thing‸: 1\n").0 == nil)
  }

  @Test func nonASCIIBeforeTheKey() throws {
    let (result, source) = hover("# é😀\ntasks:\n  - name: \"ünï\"\n    time‸out: 5m\n")
    let hover = try #require(result)
    #expect(hover.range.lowerBound == source.offset(of: "timeout"))
  }

  @Test func unparseableFileStillHovers() throws {
    let (result, _) = hover("tasks:\n  - name: t\n    ret‸ries: 3\n    cac\n")
    // The parser keeps the nodes it built before the error: the key's hover still works.
    #expect(result?.markdown.contains("**`retries`**") == true)
  }

  @Test func thousandDeepNestingDoesNotCrash() {
    // Just inside the parser's depth limit (1,000), so the tree really is that deep.
    let depth = 990
    let text = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
    let file = ManifestFile(path: "deep.yaml", bytes: Array(text.utf8))
    #expect(!file.tree.hasErrors)
    #expect(HoverProvider.hover(in: file, at: depth, findings: []) == nil)
    let mapping =
      "tasks:\n  - name: t\n    retries: 1\n    simulate: "
      + String(repeating: "{a: ", count: depth) + "1"
      + String(repeating: "}", count: depth) + "\n"
    let deep = ManifestFile(path: "deep.yaml", bytes: Array(mapping.utf8))
    #expect(!deep.tree.hasErrors)
    let source = CursorSource(mapping)
    #expect(HoverProvider.hover(in: deep, at: source.offset(of: "1}"), findings: []) == nil)
    #expect(
      HoverProvider.hover(in: deep, at: source.offset(of: "retries"), findings: [])?.markdown
        .contains("**`retries`**") == true)
  }
}

@Suite struct KeyDocumentationTests {
  @Test func everyKeyOfEveryPlaceHasDocs() {
    for place in KeyPlace.allCases {
      for key in place.keys {
        #expect(KeyDocumentation.doc(for: key, in: place) != nil, "\(place) \(key)")
      }
    }
    for key in TaskKeys.all { #expect(KeyDocumentation.doc(for: key, in: .task) != nil, "\(key)") }
    for key in TaskKeys.metadata {
      #expect(KeyDocumentation.doc(for: key, in: .metadata) != nil, "\(key)")
    }
    for key in TaskKeys.cacheObject {
      #expect(KeyDocumentation.doc(for: key, in: .cacheObject) != nil, "\(key)")
    }
    for key in TaskKeys.topLevel {
      #expect(KeyDocumentation.doc(for: key, in: .topLevel) != nil, "\(key)")
    }
    for field in TaskKeys.deckFields {
      #expect(KeyDocumentation.deckField(field) != nil, "\(field)")
    }
  }

  @Test func everyCitedRuleExists() {
    for place in KeyPlace.allCases {
      for key in place.keys {
        for code in KeyDocumentation.doc(for: key, in: place)?.rules ?? [] {
          #expect(RuleRegistry.rule(named: code) != nil, "\(place) \(key) \(code)")
        }
      }
    }
  }

  @Test func flyteidlNamesMapToDocumentedKeys() {
    for (_, native) in KeyDocumentation.flyteidlNames {
      #expect(KeyDocumentation.doc(for: native, in: .metadata) != nil, "\(native)")
    }
  }
}
