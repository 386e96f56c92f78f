import FlyteFuzzing
import FuzzDriver

/// libFuzzer's entry point: a broken property is a crash, which libFuzzer saves and reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzDriver.check(start, count, "simulate", FuzzHarness.simulate)
  return 0
}

@_cdecl("fuzz_simulate_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzDriver.run(argc, argv, fuzz)
}
