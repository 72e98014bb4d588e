import Testing

@testable import Features

@Suite struct UTF8ValidationTests {
  func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) }
  }

  @Test func validText() {
    #expect(
      firstInvalid(Array("plain ascii text that is long enough for the fast path".utf8)) == nil)
    #expect(firstInvalid(Array("“curly” é 中文 😀".utf8)) == nil)
  }

  @Test(
    arguments: [
      ([0x41, 0x80], 1),  // lone continuation byte
      ([0xC0, 0x80], 0),  // overlong
      ([0xED, 0xA0, 0x80], 0),  // surrogate
      ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
      ([0x41, 0x42, 0xE2, 0x80], 2),  // truncated sequence
      ([0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0xFF], 9),
    ] as [([UInt8], Int)])
  func invalidBytes(_ bytes: [UInt8], _ offset: Int) {
    #expect(firstInvalid(bytes) == offset)
  }

  @Test func textFileReportsLineAndByte() {
    let bytes = Array("line one\nline two \u{00E9}\n".utf8) + [0xFF] + Array("\n".utf8)
    #expect(throws: FeaturesError.invalidUTF8(path: "a.txt", byte: 21, line: 3)) {
      try TextFile(path: "a.txt", bytes: bytes)
    }
  }

  @Test func utf16IsRecognised() {
    #expect(throws: FeaturesError.unsupportedEncoding(path: "w.txt", encoding: "UTF-16LE")) {
      try TextFile(path: "w.txt", bytes: [0xFF, 0xFE, 0x41, 0x00])
    }
  }

  @Test func utf8BomIsSkipped() throws {
    let file = try TextFile(path: "b.txt", bytes: [0xEF, 0xBB, 0xBF, 0x41])
    #expect(file.contentStart == 3)
  }
}
