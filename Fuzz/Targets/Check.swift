#if canImport(Glibc)
  import Glibc
#endif

/// Stops the fuzzer with `message` when `condition` is false: a broken invariant is a
/// finding just like a crash, and libFuzzer saves the input that caused it.
@inline(__always)
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  if !condition() {
    var text = "fuzz invariant broken: \(message())\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    abort()
  }
}

/// The 1-based number of the line after the last byte (counting `\n`, `\r\n` and a lone
/// `\r` as one line end), i.e. the largest line number a row or unit may name.
func lastLine(of bytes: [UInt8]) -> Int {
  var line = 1
  var i = 0
  while i < bytes.count {
    if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
      line += 1
    }
    i += 1
  }
  return line
}

/// Whether `i` is a UTF-8 scalar boundary of `bytes` (the end counts as one).
func isScalarBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
  i == bytes.count || (i >= 0 && i < bytes.count && bytes[i] & 0xC0 != 0x80)
}
