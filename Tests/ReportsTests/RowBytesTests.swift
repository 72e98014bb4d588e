import Features
import Foundation
import FramingSupport
import Testing

@testable import Labelling
@testable import Rendering
@testable import Runs

@Suite struct RowBytesTests {
  /// `CSVWriter.escape` as it was written on `String`s, per Unicode scalar.
  static func referenceEscape(_ field: String) -> String {
    var needsQuotes = field.unicodeScalars.first == "\u{FEFF}"
    for b in field.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
      needsQuotes = true
      break
    }
    guard needsQuotes else { return field }
    var out = "\""
    for ch in field.unicodeScalars {
      if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
    }
    return out + "\""
  }

  static let strings = [
    "", "plain", "a,b", "say \"hi\"", "\"", "\"\"", "two\nlines", "cr\r", "\u{FEFF}bom",
    "x\u{FEFF}", "tab\there", "back\\slash", "ctrl\u{01}\u{1F}\u{7F}", "line\u{2028}sep\u{2029}",
    "“curly” – ‘quotes’ ☃ 𝄞", "\u{E2}\u{80}", "ends with \"",
  ]

  @Test(arguments: strings)
  func fieldsAndStringsAreWrittenAsTheStringFunctionsWriteThem(_ s: String) {
    var rows = RowBytes()
    rows.append(csvField: s)
    #expect(String(decoding: rows.bytes, as: UTF8.self) == RowBytesTests.referenceEscape(s))
    #expect(CSVWriter.escape(s) == RowBytesTests.referenceEscape(s))
    rows = RowBytes()
    rows.append(jsonQuoted: s)
    #expect(String(decoding: rows.bytes, as: UTF8.self) == JSONText.quoted(s))
  }

  @Test func numbersAreWrittenAsJSONTextWritesThem() {
    var values: [Double] = [
      0, -0.0, 1, -1, 0.5, 1e-5, 1e-300, .leastNonzeroMagnitude, 0.1, 1.0 / 3, 1e15, 1e15 - 1,
      -1e15, 1e16, 123.456, .pi, .infinity, -.infinity, .nan, 0.999999999999, 2.5e-7,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      values.append(Double.random(in: 0..<1, using: &generator))
      values.append(Double(bitPattern: generator.next()))
    }
    for v in values {
      var rows = RowBytes()
      rows.append(number: v)
      #expect(String(decoding: rows.bytes, as: UTF8.self) == JSONText.number(v))
    }
    for n in [0, 7, 10, 99, 12345, -42, Int.max, Int.min] {
      var rows = RowBytes()
      rows.append(int: n)
      #expect(String(decoding: rows.bytes, as: UTF8.self) == String(n))
    }
  }

  @Test func indexesFillTheHolesInOrder() {
    var rows = RowBytes()
    for name in ["a", "b", "c"] {
      rows.append("[")
      rows.markIndex()
      rows.write(name)
      rows.append("]\n")
    }
    var out: [UInt8] = []
    rows.write(firstIndex: 9) { out.append(contentsOf: $0) }
    #expect(String(decoding: out, as: UTF8.self) == "[9a]\n[10b]\n[11c]\n")
  }

  @Test func textCutInsideACharacterReadsAsAString() {
    let bytes = Array("a☃b".utf8)
    bytes.withUnsafeBufferPointer { text in
      let cut = RowBytes.withText(text, 0, 2) { Array($0) }
      #expect(cut == Array(String(decoding: bytes[0..<2], as: UTF8.self).utf8))
      let whole = RowBytes.withText(text, 1, 4) { Array($0) }
      #expect(whole == Array(bytes[1..<4]))
    }
  }
}
