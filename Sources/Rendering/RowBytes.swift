import Features
import FramingSupport
import Labelling

/// Output rows built as UTF-8 bytes, with a hole in each row where its index goes: the
/// rows of a piece of an article are written before the number of units in the pieces
/// before it is known.
///
/// The helpers give the same bytes as their `String` counterparts (``JSONText``,
/// ``CSVWriter``) for valid UTF-8.
package struct RowBytes: TextOutputStream {
  /// The rows, without their indexes.
  var bytes: [UInt8] = []
  /// For each row, where in ``bytes`` its index goes.
  var holes: [Int] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Marks the place of the current row's index.
  mutating func markIndex() { holes.append(bytes.count) }

  /// Writes the rows, row `i` with index `firstIndex + i`, to `output`.
  package func write(firstIndex: Int, to output: (UnsafeRawBufferPointer) -> Void) {
    bytes.withUnsafeBytes { all in
      var start = 0
      var digits = RowBytes()
      for (i, hole) in holes.enumerated() {
        output(UnsafeRawBufferPointer(rebasing: all[start..<hole]))
        digits.bytes.removeAll(keepingCapacity: true)
        digits.append(int: firstIndex + i)
        digits.bytes.withUnsafeBytes { output($0) }
        start = hole
      }
      output(UnsafeRawBufferPointer(rebasing: all[start...]))
    }
  }

  package mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

  /// Receives the digits of `Double.write(to:)`, which are ASCII, without a `String`.
  package mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: buffer)
  }

  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  /// Appends the decimal digits of `value`, as `String(value)` has them.
  mutating func append(int value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(0x30 + UInt8(value))
      return
    }
    if value < 0 { bytes.append(0x2D) }
    var v = value.magnitude
    // At most 20 digits, written from the end of a stack buffer.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var i = 20
      repeat {
        i -= 1
        digits[i] = 0x30 + UInt8(v % 10)
        v /= 10
      } while v > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
    }
  }

  /// Appends `value` as ``JSONText/number(_:)`` writes it.
  mutating func append(number value: Double) {
    guard value.isFinite else {
      append("null")
      return
    }
    if value == value.rounded() && abs(value) < 1e15 {
      append(int: Int(Int64(value)))
    } else {
      value.write(to: &self)
    }
  }

  /// Appends `"true"` or `"false"`.
  mutating func append(bool value: Bool) { value ? append("true") : append("false") }

  /// Appends UTF-8 `text` as ``JSONText/quoted(_:)`` writes it.
  mutating func append(jsonQuoted text: UnsafeBufferPointer<UInt8>) {
    bytes.append(0x22)
    var runStart = 0
    var i = 0
    let n = text.count
    while i < n {
      let b = text[i]
      if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
        i += 1
        continue
      }
      var width = 1
      let escape: StaticString
      switch b {
      case 0x22: escape = "\\\""
      case 0x5C: escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0xE2:
        // U+2028 and U+2029 end lines in JavaScript.
        guard i + 2 < n && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9)
        else {
          i += 1
          continue
        }
        escape = text[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        width = 3
      default: escape = "\\u00"  // other control characters, two hex digits follow
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i]))
      append(escape)
      if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 {
        bytes.append(RowBytes.hexDigit(b >> 4))
        bytes.append(RowBytes.hexDigit(b & 0x0F))
      }
      i += width
      runStart = i
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<n]))
    bytes.append(0x22)
  }

  @inline(__always)
  static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }

  /// Appends `text` as ``JSONText/quoted(_:)`` writes it.
  mutating func append(jsonQuoted text: String) {
    var copy = text
    copy.withUTF8 { append(jsonQuoted: $0) }
  }

  /// Appends UTF-8 `field` as a CSV field (``CSVWriter/escape(_:)``).
  mutating func append(csvField field: UnsafeBufferPointer<UInt8>) {
    CSVWriter.append(field: field, to: &bytes)
  }

  /// Appends `field` as a CSV field (``CSVWriter/escape(_:)``).
  mutating func append(csvField field: String) {
    var copy = field
    copy.withUTF8 { append(csvField: $0) }
  }

  /// Calls `body` with `text[start..<end]` of valid UTF-8 `text` as it reads as a `String`:
  /// the bytes themselves when the range starts and ends on character boundaries, else the
  /// bytes of `String(decoding:as:)`, with replacement characters.
  static func withText<R>(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    let slice = UnsafeBufferPointer(rebasing: text[start..<end])
    let clean =
      (start >= end || text[start] & 0xC0 != 0x80)
      && (end >= text.count || text[end] & 0xC0 != 0x80)
    if clean { return body(slice) }
    var string = String(decoding: slice, as: UTF8.self)
    return string.withUTF8(body)
  }
}
