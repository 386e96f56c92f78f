import FlyteManifest
import Testing

@testable import FlyteLint

/// Task fields are kept in slots found by name through a byte table: every known key has
/// one, nothing else does.
@Suite struct TaskFieldSlotsTests {
  @Test func everyKnownKeyHasItsOwnSlot() throws {
    var seen = Set<Int>()
    for name in TaskKeys.knownTaskOrMetadata {
      let slot = try #require(TaskFieldSlots.slot(of: name), "\(name) has no slot")
      #expect(TaskFieldSlots.names[slot] == name)
      #expect(seen.insert(slot).inserted)
    }
    #expect(seen.count == TaskFieldSlots.names.count)
  }

  @Test(arguments: ["", "metadata", "Cache", "cache ", "cache_versio", "cache_versions", "héllo", "tasks"])
  func otherNamesHaveNone(name: String) {
    #expect(TaskFieldSlots.slot(of: name) == nil)
  }

  @Test func theTypeRuleFindsASlotForEveryFieldItChecks() {
    #expect(InvalidValueTypeRule.fieldSlots.map(\.name) == InvalidValueTypeRule.fields.map(\.name))
  }

  @Test func aNameTableFindsLongAndShortNames() {
    let names = ["a", "b", String(repeating: "x", count: 40), "retries", "z"]
    let table = NameTable(names)
    for (index, name) in names.enumerated() { #expect(table.index(of: name) == index) }
    #expect(table.index(of: String(repeating: "x", count: 39)) == nil)
  }
}
