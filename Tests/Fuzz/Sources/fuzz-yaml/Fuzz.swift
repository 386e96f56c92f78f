import FlyteFuzzing

/// libFuzzer's entry point: a broken property is a crash, which libFuzzer saves and reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let input = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
  if let problem = FuzzHarness.yaml(input) { fatalError("fuzz-yaml: \(problem)") }
  return 0
}

/// SwiftPM links an executable's `main` to `<module>_main`: hand over to libFuzzer's driver.
@_cdecl("fuzz_yaml_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
