/// Writes RFC 4180 CSV: fields that hold a comma, quote or line break are quoted, with
/// quotes doubled; rows end with `\n`.
public enum CSVWriter {
  /// `field` as it must appear in a CSV row.
  public static func escape(_ field: String) -> String {
    var copy = field
    return copy.withUTF8 { bytes in
      guard needsQuotes(bytes) else { return field }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 8)
      append(field: bytes, to: &out)
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// One CSV row, with its line end.
  public static func row(_ fields: [String]) -> String {
    fields.map(escape).joined(separator: ",") + "\n"
  }

  /// Whether the UTF-8 `field` must be quoted: it holds a comma, quote or line break, or
  /// starts with a byte-order mark (which a reader would take for the file's own and drop).
  ///
  /// - Complexity: O(n) in the number of bytes.
  @inline(__always)
  public static func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    if field.count >= 3 && field[0] == 0xEF && field[1] == 0xBB && field[2] == 0xBF {
      return true
    }
    for b in field where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return true }
    return false
  }

  /// Appends the UTF-8 `field` to `out` as it must appear in a CSV row: as is, or quoted
  /// with its quotes doubled. Gives the bytes of ``escape(_:)`` for valid UTF-8.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public static func append(field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    guard needsQuotes(field) else {
      out.append(contentsOf: field)
      return
    }
    out.append(0x22)
    var runStart = 0
    for i in 0..<field.count where field[i] == 0x22 {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...i]))
      out.append(0x22)
      runStart = i + 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...]))
    out.append(0x22)
  }
}
