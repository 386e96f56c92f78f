import Foundation
import Testing

@testable import FlyteIO

/// The temp-file-and-rename path: a failure at any point leaves the old file whole and no
/// temporary file behind; a success keeps the file's mode.
@Suite struct AtomicFileTests {
  @Test func replacesTheContentAndKeepsTheMode() throws {
    try inDirectory { dir in
      let path = dir + "/task.yaml"
      try write("old: 1\n", to: path, mode: 0o640)
      try AtomicFile(path: path).write(Array("new: 2\n".utf8))
      #expect(try read(path) == "new: 2\n")
      #expect(try mode(path) == 0o640)
      #expect(try entries(dir) == ["task.yaml"])
    }
  }

  @Test func aNewFileGetsTheUmaskDefault() throws {
    try inDirectory { dir in
      let path = dir + "/report.sarif"
      try AtomicFile(path: path).write(Array("{}".utf8))
      #expect(try read(path) == "{}")
      let mask = umask(0o022)
      umask(mask)
      #expect(try mode(path) == 0o666 & ~UInt16(mask))
    }
  }

  @Test func aFailureHalfWayLeavesTheOriginalAndNoTemporaryFile() throws {
    try inDirectory { dir in
      let path = dir + "/task.yaml"
      try write("old: 1\n", to: path, mode: 0o644)
      let content = Array(String(repeating: "x", count: 10_000).utf8)
      var calls = 0
      #expect(throws: AtomicFileError.self) {
        try AtomicFile(path: path).write(content) { fd, chunk in
          calls += 1
          if calls > 1 {
            errno = EIO
            return -1
          }
          // The first call writes half, then the "disk" fails.
          return Glibc.write(fd, chunk.baseAddress, chunk.count / 2)
        }
      }
      #expect(calls == 2)
      #expect(try read(path) == "old: 1\n")
      #expect(try entries(dir) == ["task.yaml"])
    }
  }

  @Test func shortWritesAndInterruptionsAreRetried() throws {
    try inDirectory { dir in
      let path = dir + "/task.yaml"
      var calls = 0
      try AtomicFile(path: path).write(Array("abcdefghij".utf8)) { fd, chunk in
        calls += 1
        if calls == 2 {
          errno = EINTR
          return -1
        }
        return Glibc.write(fd, chunk.baseAddress, min(3, chunk.count))
      }
      #expect(try read(path) == "abcdefghij")
    }
  }

  @Test func aReadOnlyFileIsRefusedAndUnchanged() throws {
    try inDirectory { dir in
      let path = dir + "/task.yaml"
      try write("old: 1\n", to: path, mode: 0o444)
      #expect(throws: AtomicFileError.readOnly(path)) { try AtomicFile(path: path).checkWritable() }
      #expect(throws: AtomicFileError.readOnly(path)) {
        try AtomicFile(path: path).write(Array("x".utf8))
      }
      #expect(try read(path) == "old: 1\n")
      #expect(try mode(path) == 0o444)
      #expect(try entries(dir) == ["task.yaml"])
    }
  }

  @Test func aReadOnlyDirectoryIsRefusedAndLeftClean() throws {
    try inDirectory { dir in
      let sub = dir + "/locked"
      try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
      let path = sub + "/task.yaml"
      try write("old: 1\n", to: path, mode: 0o644)
      chmod(sub, 0o555)
      defer { chmod(sub, 0o755) }
      #expect(throws: AtomicFileError.directoryNotWritable(path)) {
        try AtomicFile(path: path).write(Array("x".utf8))
      }
      #expect(try read(path) == "old: 1\n")
      #expect(try entries(sub) == ["task.yaml"])
    }
  }

  @Test func aSymbolicLinkStaysALinkAndItsTargetChanges() throws {
    try inDirectory { dir in
      let target = dir + "/real.yaml"
      let link = dir + "/link.yaml"
      try write("old: 1\n", to: target, mode: 0o600)
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.yaml")
      try AtomicFile(path: link).write(Array("new: 2\n".utf8))
      #expect(try read(target) == "new: 2\n")
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.yaml")
      #expect(try mode(target) == 0o600)
    }
  }

  @Test func aMissingDirectoryIsSaidSo() throws {
    try inDirectory { dir in
      let path = dir + "/missing/out.sarif"
      #expect(throws: AtomicFileError.noDirectory(path)) { try AtomicFile(path: path).write([]) }
    }
  }

  @Test func aDirectoryIsNotAFileToReplace() throws {
    try inDirectory { dir in
      #expect(throws: AtomicFileError.notRegularFile(dir)) { try AtomicFile(path: dir).write([]) }
    }
  }

  @Test func errorsNameTheFileAndSayItIsUnchanged() {
    let error = AtomicFileError.writeFailed("a/b.yaml", "No space left on device")
    #expect(
      error.description
        == "a/b.yaml: writing failed: No space left on device; the file is unchanged")
    #expect(AtomicFileError.readOnly("x").reason == "the file is read-only")
  }
}

// MARK: helpers

private func inDirectory(_ body: (String) throws -> Void) throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "flyte-io-\(UUID().uuidString)"
  ).path
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: dir) }
  try body(dir)
}

private func write(_ text: String, to path: String, mode: Int) throws {
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
}

private func read(_ path: String) throws -> String {
  String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
}

private func mode(_ path: String) throws -> UInt16 {
  var info = stat()
  guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
  return UInt16(info.st_mode & 0o7777)
}

private func entries(_ dir: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
}
