/// UTF-8 validation over raw bytes, with an ASCII fast path.
public enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a well-formed UTF-8
  /// sequence, or `nil` when all of `bytes` is valid UTF-8.
  ///
  /// Overlong forms, surrogates and scalars above U+10FFFF are rejected, as the Unicode
  /// standard requires.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = bytes.count
    var i = 0
    while i < n {
      // ASCII fast path: eight bytes at a time when aligned enough.
      while i + 8 <= n {
        let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
      if i >= n { break }
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        upper = 0x9F
      case 0xF0:
        length = 4
        lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        upper = 0x8F
      default: return i
      }
      if i + length > n { return i }
      let b1 = bytes[i + 1]
      if b1 < lower || b1 > upper { return i }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return nil
  }

  /// The 1-based line number of byte `offset` (counting `\n`, and lone `\r`, as line ends).
  public static func lineNumber(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var i = 0
    let end = min(offset, bytes.count)
    while i < end {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
      } else if b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A) {
        line += 1
      }
      i += 1
    }
    return line
  }
}
