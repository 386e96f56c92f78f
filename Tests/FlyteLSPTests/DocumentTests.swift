@testable import FlyteLSP
import FlyteLint
import FlyteManifest
import FlyteSyntax
import Testing

@Suite struct DocumentTests {
  static func change(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int, _ text: String) -> JSONValue {
    let range = LSPRange(start: LSPPosition(line: l1, character: c1), end: LSPPosition(line: l2, character: c2))
    return .object([("range", range.json), ("text", .string(text))])
  }

  @Test func incrementalChangesApplyInOrderInTheNegotiatedEncoding() throws {
    var utf16 = Document(uri: "file:///a.yaml", languageId: "yaml", version: 1, text: Array("a: 😀x\nb: 2\n".utf8))
    var utf8 = utf16
    try utf16.apply([Self.change(0, 5, 0, 6, "y"), Self.change(1, 3, 1, 4, "3")], encoding: .utf16)
    try utf8.apply([Self.change(0, 7, 0, 8, "y"), Self.change(1, 3, 1, 4, "3")], encoding: .utf8)
    #expect(String(decoding: utf16.text, as: UTF8.self) == "a: 😀y\nb: 3\n")
    #expect(utf8.text == utf16.text)
  }

  @Test func aChangeWithoutRangeReplacesEverythingAndLaterChangesSeeIt() throws {
    var document = Document(uri: "untitled:1", languageId: "json", version: 1, text: Array("old".utf8))
    try document.apply([.object([("text", .string("{}\n"))]), Self.change(0, 1, 0, 1, "\"k\": 1")], encoding: .utf16)
    #expect(String(decoding: document.text, as: UTF8.self) == "{\"k\": 1}\n")
    #expect(document.lintPath == "untitled.json")
    #expect(document.filePath == nil)
  }

  @Test func positionsPastTheEndClampAndAMissingTextIsAnError() {
    var document = Document(uri: "file:///a.yaml", languageId: "yaml", version: 1, text: Array("a: 1\n".utf8))
    #expect(throws: ResponseError.self) { try document.apply([.object([("range", .null)])], encoding: .utf16) }
    #expect(throws: Never.self) { try document.apply([Self.change(9, 9, 9, 9, "b: 2\n")], encoding: .utf16) }
    #expect(String(decoding: document.text, as: UTF8.self) == "a: 1\nb: 2\n")
  }

  @Test func fileURIsDecodeAndEncode() {
    #expect(DocumentURI.path(of: "file:///home/me/my%20repo/t%C3%A2che.yaml") == "/home/me/my repo/tâche.yaml")
    #expect(DocumentURI.path(of: "FILE://localhost/x.yaml") == "/x.yaml")
    #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
    #expect(DocumentURI.uri(ofPath: "/home/me/my repo/tâche.yaml") == "file:///home/me/my%20repo/t%C3%A2che.yaml")
  }

  @Test func minimalEditKeepsWholeCharacters() {
    let old = Array("key: é1\n".utf8)
    let new = Array("key: è1\n".utf8)
    let edit = MinimalEdit.between(old, new)
    #expect(edit == TextEdit(range: ByteRange(5, 7), newText: "è"))
    #expect(MinimalEdit.between(old, old) == nil)
  }

  @Test func disableCommentsGoWhereTheyAreComments() {
    let file = ManifestFile(path: "a.yaml", bytes: Array("tasks:\n  - name: a  # owner\n    retries: 99\n    source: |\n      x\n".utf8))
    // A line without a comment gets a trailing one.
    #expect(SuppressionEdit.disable("FL206", line: 2, in: file) == TextEdit(range: .empty(at: 43), newText: "  # flyte-lint: disable=FL206"))
    // A line with a comment gets one above it.
    #expect(SuppressionEdit.disable("FL003", line: 1, in: file) == TextEdit(range: .empty(at: 7), newText: "  # flyte-lint: disable-next-line=FL003\n"))
    // Inside a block scalar a comment would be text: nothing is offered.
    #expect(SuppressionEdit.disable("FL003", line: 4, in: file) == nil)
    // JSON has no comments.
    #expect(SuppressionEdit.disable("FL003", line: 0, in: ManifestFile(path: "a.json", bytes: Array("{\"tasks\": []}".utf8))) == nil)
  }

  @Test func anExistingSuppressionIsExtended() {
    let file = ManifestFile(path: "a.yaml", bytes: Array("tasks:\n  - name: a\n    retries: 99  # flyte-lint: disable=FL205 -- ok\n".utf8))
    let edit = SuppressionEdit.disable("FL206", line: 2, in: file)
    #expect(edit == TextEdit(range: .empty(at: 63), newText: ", FL206"))
  }
}
