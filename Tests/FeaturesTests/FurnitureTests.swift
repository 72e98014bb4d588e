import Testing

@testable import Features

@Suite struct FurnitureTests {
  /// The byte matcher's answer for `line`.
  func matchesBytes(_ line: String) -> Bool {
    Array(line.utf8).withUnsafeBufferPointer { Furniture.matches($0, 0, $0.count) }
  }

  @Test(arguments: [
    // Simple scalars, matched on the bytes.
    ("By Émile Zola", true), ("By émile zola", false), ("ÉLYSÉE, France", true),
    ("ZÜRICH, Schweiz", true), ("ZÜRICH, SCHWEIZ", true), ("Zürich, Schweiz", false),
    ("“Share this article”", true), ("Photo: Zoë Ruiz/AFP", true),
    ("Photo: Zoë Ruiz walks home.", true), ("Photograph Zoë", false),
    ("Updated ½ hour ago", true), ("Updated at ½ 14:32 on Monday.", true),
    ("Updated figures show a fall in the number of jobs across the region.", false),
    ("HAMBURG, Germany (AP) —", true), ("Berlin —", false), ("BERLIN –", true),
    ("© 2024 Ñandú Media", true), ("(Reporting by Åsa Öberg)", true),
    ("By Ana Ruiz and Tom Lee and Sam Poe and Li Wu and Jo", true),
    ("By Ana Ruiz and Tom Lee and Sam Poe and Li Wu and Jo Kim", false),
    ("By Ana Ruiz and Tom Lee.", true), ("By Ana Ruiz and Tom Lee and Sam Poe came.", false),
    ("Science correspondent", true), ("Correspondent Killed in Crossfire", false),
    // Other scalars, which go through the string matcher.
    ("İSTANBUL, Turkey", true), ("By İlker Başbuğ", true), ("ΑΘΗΝΑ, Ελλάδα", true),
    ("By e\u{301}mile", false), ("Share\r\nthis", true),
  ])
  func examples(_ line: String, _ expected: Bool) {
    #expect(Furniture.matches(line) == expected, "string matcher on \(line)")
    #expect(matchesBytes(line) == expected, "byte matcher on \(line)")
  }

  /// The byte matcher gives the string matcher's answer on lines built from furniture
  /// phrases, names, numbers and punctuation, in ASCII and other scripts.
  @Test func bytesAgreeWithStrings() {
    let pieces = [
      "By", "BY", "by", "Photo:", "photo by", "Image copyright", "Reporting by", "Editing by",
      "reporter", "Correspondent", "from", "From", "our", "a", "an", "the", "Share", "on",
      "Facebook", "Email", "Updated", "updated", "Advertisement", "July", "8,", "2017", "14:32",
      "GMT", "a.m.", "ET", "HAMBURG,", "Germany", "(AP)", "—", "–", "-", ":", "N.Y.", "ALBANY,",
      "EU,", "UK", "©", "½", "²", "Ÿ", "ÿ", "É", "é", "ß", "İ", "e\u{301}", "\u{301}", "ǅ", "ᴬ",
      "µ", "ª", "Straße", "ÉLYSÉE,", "Zürich", "\u{A0}", "‘", "’", "“", "”", "…", "•", "«",
      "Getty Images", "/AFP", "your inbox", "min read", "Subscribe now", "Mr.", "U.S.", "x",
      "ΑΘΗΝΑ,", "Москва", "👍", "\u{200D}", "\u{202E}", "\r\n", "\r", "\n", "\t", "ŉ", "K", "Ω",
      "ago", "hours", "3", "Live", "updates", "(", ")", "[", "]", "\u{85}",
    ]
    let separators = [" ", " ", " ", "", ", ", ". ", "  ", "/", "\u{A0}"]
    let ends = ["", "", ".", "?", ":", " -", " —", "…", ".”", ")", "]"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var furniture = 0
    for _ in 0..<4000 {
      var line = ""
      // Mostly short lines, some long enough to cross the word limits (8, 10, 14, 16, 30, 40).
      for _ in 0...(next(4) == 0 ? next(45) : next(10)) {
        line += pieces[next(pieces.count)] + separators[next(separators.count)]
      }
      line += ends[next(ends.count)]
      switch next(8) {
      case 0: line = "(" + line + ")"
      case 1: line = line.uppercased()
      case 2: line = line.lowercased()
      default: break
      }
      let expected = Furniture.matches(line)
      if expected { furniture += 1 }
      #expect(matchesBytes(line) == expected, "\(line.unicodeScalars.map(\.value))")
    }
    // Both answers occur often enough for the comparison to mean something.
    #expect(furniture > 400 && furniture < 3600, "\(furniture) of 4000 lines are furniture")
  }

  @Test func invalidUTF8GoesThroughTheStringMatcher() {
    let lines: [[UInt8]] = [
      [0x42, 0x79, 0x20, 0xC3, 0x41, 0x6E, 0x61],  // "By \xC3Ana"
      [0xFF, 0x53, 0x68, 0x61, 0x72, 0x65],
      [0x50, 0x68, 0x6F, 0x74, 0x6F, 0x3A, 0x20, 0xE2, 0x80],
    ]
    for bytes in lines {
      let expected = Furniture.matches(String(decoding: bytes, as: UTF8.self))
      #expect(bytes.withUnsafeBufferPointer { Furniture.matches($0, 0, $0.count) } == expected)
    }
  }

  @Test(arguments: [
    ("U.S", true), ("Ph.D", true), ("a.m", true), ("N.Y", true), ("U.S.", false),
    (".US", false), ("abc.d", false), ("US", false), ("1.2", false), ("a'b.c", false),
    ("U..S", false), ("U.S.A", true),
  ])
  func dottedAbbreviations(_ word: String, _ expected: Bool) {
    let found = Array(word.utf8).withUnsafeBufferPointer {
      SentenceSplitter.isDottedAbbreviation($0, 0, $0.count)
    }
    #expect(found == expected)
  }
}
