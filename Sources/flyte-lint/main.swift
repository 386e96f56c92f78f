#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Past a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, which kills by default: ignored,
// the write fails with EFBIG instead and the error path reports it (a fix or deck not written,
// the original kept).
signal(SIGXFSZ, SIG_IGN)
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
