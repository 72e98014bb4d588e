#if canImport(Glibc)
  import Glibc
#endif

/// Reading a file descriptor to its end: the one way the tools read standard input.
public enum StandardInput {
  /// Every byte of `fd` (standard input by default), read in 64 KiB blocks, retrying reads
  /// interrupted by a signal.
  ///
  /// - Throws: ``SupportError/io(path:detail:)`` with the path `-` when a read fails or
  ///   the input is longer than `limit` bytes (1 GiB, the limit of one text file).
  public static func readAll(fd: Int32 = 0, limit: Int = 1 << 30) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw SupportError.io(path: "-", detail: "standard input cannot be read")
      }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
      if bytes.count > limit {
        throw SupportError.io(
          path: "-",
          detail: "standard input is over the limit of \(limit >> 20) MB for one article; split it"
            + " (one article per line with --input jsonl)")
      }
    }
    return bytes
  }
}
