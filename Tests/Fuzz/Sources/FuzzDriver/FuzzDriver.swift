/// What every fuzz executable shares: turning a harness verdict into a crash, and handing
/// `main` over to libFuzzer's driver.
public enum FuzzDriver {
  /// The input as bytes; a broken property stops the process so libFuzzer saves the input.
  public static func check(_ start: UnsafePointer<UInt8>?, _ count: Int, _ target: String, _ harness: ([UInt8]) -> String?) {
    let input = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let problem = harness(input) { fatalError("fuzz-\(target): \(problem)") }
  }

  /// SwiftPM links an executable's `main` to `<module>_main`, which each target defines and
  /// forwards here with its `LLVMFuzzerTestOneInput`.
  public static func run(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
