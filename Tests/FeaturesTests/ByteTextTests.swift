import Testing

@testable import Features

@Suite struct ByteTextTests {
  /// Every scalar the tables call simple.
  static let simpleScalars: [UInt32] = ByteText.tableScalars.filter {
    ByteText.flags(of: $0) & ByteText.simple != 0
  }

  @Test func tablesGiveCharacterProperties() {
    for value in ByteText.tableScalars {
      let c = Character(Unicode.Scalar(value)!)
      let f = ByteText.flags(of: value)
      #expect((f & ByteText.letter != 0) == c.isLetter, "isLetter of U+\(value)")
      #expect((f & ByteText.number != 0) == c.isNumber, "isNumber of U+\(value)")
      #expect((f & ByteText.uppercase != 0) == c.isUppercase, "isUppercase of U+\(value)")
      #expect((f & ByteText.lowercase != 0) == c.isLowercase, "isLowercase of U+\(value)")
    }
  }

  @Test func simpleScalarsLowerCaseToOneSimpleScalar() {
    for value in Self.simpleScalars {
      let lower = String(Character(Unicode.Scalar(value)!)).lowercased().unicodeScalars
      #expect(lower.count == 1)
      #expect(lower.first!.value == ByteText.lowercase(value))
      #expect(ByteText.flags(of: ByteText.lowercase(value)) & ByteText.simple != 0)
    }
    // Not simple: the carriage return joins a line feed, İ lower-cases to two scalars.
    for value: UInt32 in [0x0D, 0x85, 0x130, 0x202E] {
      #expect(ByteText.flags(of: value) & ByteText.simple == 0, "U+\(value)")
    }
  }

  /// Two simple scalars side by side are two characters, and equal only when they are the
  /// same scalar (no canonical equivalents among them).
  @Test func simpleScalarsAreCharactersOfTheirOwn() {
    let scalars = Self.simpleScalars.map { Unicode.Scalar($0)! }
    // Every pair with the non-ASCII scalars on either side; ASCII pairs only from a sample.
    let nonASCII = scalars.filter { $0.value >= 0x80 }
    let probes = nonASCII + scalars.filter { $0.value < 0x80 && $0.value % 3 == 0 } + ["\n"]
    for a in probes {
      for b in scalars {
        var pair = String.UnicodeScalarView()
        pair.append(a)
        pair.append(b)
        #expect(String(pair).count == 2, "U+\(a.value) U+\(b.value)")
      }
    }
    for a in nonASCII {
      for b in scalars where a != b {
        #expect(Character(a) != Character(b), "U+\(a.value) U+\(b.value)")
      }
    }
  }

  @Test(
    arguments: [
      ([0xC3, 0xA9], 0xE9, 2),  // é
      ([0xC5, 0xB8], 0x178, 2),  // Ÿ
      ([0xE2, 0x80, 0x9D], 0x201D, 3),  // ”
      ([0xE2, 0x82, 0xAC], 0x20AC, 3),  // €
    ] as [([UInt8], UInt32, Int)])
  func decodesSimpleScalars(_ bytes: [UInt8], _ scalar: UInt32, _ width: Int) {
    let decoded = bytes.withUnsafeBufferPointer { ByteText.simpleScalar($0, 0, $0.count) }
    #expect(decoded?.0 == scalar)
    #expect(decoded?.1 == width)
  }

  @Test(
    arguments: [
      [0xC4, 0xB0],  // İ
      [0xC2, 0x85],  // a C1 control
      [0xC3],  // cut short
      [0xC3, 0x41],  // no continuation byte
      [0xC1, 0xA9],  // overlong
      [0xE2, 0x80],  // cut short
      [0xE2, 0x80, 0xAE],  // right-to-left override
      [0xE2, 0x80, 0x8B],  // zero-width space
      [0xE2, 0x80, 0x8D],  // zero-width joiner
      [0xCC, 0x81],  // combining acute accent
      [0xF0, 0x9F, 0x91, 0x8D],  // 👍
      [0x80],  // a lone continuation byte
    ] as [[UInt8]])
  func rejectsOtherBytes(_ bytes: [UInt8]) {
    #expect(bytes.withUnsafeBufferPointer { ByteText.simpleScalar($0, 0, $0.count) } == nil)
  }

  @Test func wordSetMatchesExactly() {
    let set = ByteText.WordSet(["Mr", "e.g", "photographer", "abcdefghijklmnop", "x"])
    func has(_ word: String) -> Bool {
      Array(word.utf8).withUnsafeBufferPointer { set.contains($0, 0, $0.count) }
    }
    func hasScalars(_ word: String) -> Bool {
      var scalars = word.unicodeScalars.map(\.value)
      return scalars.withUnsafeMutableBufferPointer { set.contains(scalars: $0, 0, $0.count) }
    }
    for word in ["Mr", "e.g", "photographer", "abcdefghijklmnop", "x"] {
      #expect(has(word))
      #expect(hasScalars(word))
    }
    for word in [
      "", "M", "mr", "MR", "Mrs", "e.g.", "photographers", "abcdefghijklmno", "abcdefghijklmnopq",
      "y", "X", "Mr\u{0}", "é",
    ] {
      #expect(!has(word), "\(word)")
      #expect(!hasScalars(word), "\(word)")
    }
    // A word's scalars that are not ASCII never match, even when their low byte would.
    var scalars: [UInt32] = [0x14D, 0x172]  // "M" + 0x100, "r" + 0x100
    #expect(!scalars.withUnsafeMutableBufferPointer { set.contains(scalars: $0, 0, 2) })
    let lower = ByteText.WordSet(["the", "an"])
    for (word, expected) in [
      ("The", true), ("THE", true), ("the", true), ("An", true), ("Th", false),
    ] {
      let found = Array(word.utf8).withUnsafeBufferPointer {
        lower.contains(lowercasing: $0, 0, $0.count)
      }
      #expect(found == expected, "\(word)")
    }
  }
}
