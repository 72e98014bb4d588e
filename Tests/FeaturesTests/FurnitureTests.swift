import Testing

@testable import Features

@Suite struct FurnitureTests {
  /// The answer for `line` read from its bytes in the middle of a text, as the splitter
  /// hands lines over.
  func matchesInText(_ line: String) -> Bool {
    let text = Array("Before.\n".utf8) + Array(line.utf8) + Array("\nAfter.".utf8)
    return text.withUnsafeBufferPointer { Furniture.matches($0, 8, $0.count - 7) }
  }

  func check(_ line: String, _ expected: Bool) {
    #expect(Furniture.matches(line) == expected, "\(line)")
    #expect(matchesInText(line) == expected, "in a text: \(line)")
  }

  // MARK: The rules

  @Test(arguments: [
    ("By Ana Ruiz", true), ("BY ANA RUIZ and TOM LEE, Reuters", true), ("By émile zola", false),
    ("By Émile Zola", true), ("By the river the town slept.", false), ("By", false),
    ("By Ana Ruiz and Tom Lee and Sam Poe and Li Wu and Jo", true),  // 14 words
    ("By Ana Ruiz and Tom Lee and Sam Poe and Li Wu and Jo Kim", false),  // 15
    ("By Ana Ruiz and Tom Lee.", true),  // 6 words ending like a sentence
    ("By Ana Ruiz and Tom Lee and Sam Poe came.", false),  // 9
    ("by Ana Ruiz", false), ("Bya Ana", false),
  ])
  func bylines(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("Science correspondent", true), ("Our chief political editor", true),
    ("Correspondent Killed in Crossfire", false), ("The new senior staff reporter", false),
    ("By political reporter Sam Whitlock", true), ("From our correspondent in Kyiv", true),
    ("From a photographer in the field", true), ("From the correspondent in Kyiv", false),
    ("By political reporter Sam Whitlock in the capital city of Ukraine", false),  // 11 words
    ("Science correspondent.", false), ("From our correspondent in Kyiv.", false),
  ])
  func staffLines(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("Photo: Zoë Ruiz/AFP", true), ("Photo: Zoë Ruiz walks home.", true),
    ("Photograph Zoë", false), ("Photographs: the archive", true), ("© 2024 Ñandú Media", true),
    ("Read more", true), ("Readers wrote in.", false), ("Subscribe to our podcast", true),
    (
      "Photo: one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        + " fifteen", true
    ),  // 16 words
    (
      "Photo: one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        + " fifteen sixteen", false
    ),  // 17 words
    ("Updated 14:32 GMT", true), ("Advertisement", true), ("Updated ½ hour ago", true),
    ("Updated at ½ 14:32 on Monday.", true), ("Updated figures show a fall.", false),
    ("Updated figures show a fall in the number of jobs across the region.", false),
    ("Trending now", true), ("Trending stories fell sharply in March.", false),
  ])
  func prefixes(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("Reporting by Olga Petrova; Editing by Tom Lee", true),
    ("(Reporting by Åsa Öberg)", true), ("[Reporting by Åsa Öberg]", true),
    ("(Reporting by Åsa Öberg", false), ("()", true), ("(Tom)", false), ("Tom", false),
    (
      "Reporting by " + Array(repeating: "Name", count: 38).joined(separator: " "), true
    ),  // 40 words
    (
      "Reporting by " + Array(repeating: "Name", count: 39).joined(separator: " "), false
    ),  // 41 words
  ])
  func credits(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("A protester in the old town. Getty Images", true), ("Jane Doe/AFP", true),
    ("5 min read", true), ("Sign up for our newsletter in your inbox.", true),
    ("We use cookies to improve the site.", true), ("Cookies were sold at the fair.", false),
    ("Shutterstock" + String(repeating: " word", count: 29), true),  // 30 words
    ("Shutterstock" + String(repeating: " word", count: 30), false),  // 31
  ])
  func markers(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("Share on Facebook Share on Twitter Email", true), ("“Share this article”", true),
    ("Share Tweet Print", true), ("Share prices fell", false), ("Live updates", true),
  ])
  func widgetRows(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("July 8, 2017", true), ("14:32 GMT", true), ("9:41 a.m. ET", true), ("Monday", false),
    ("Monday, July 8", true), ("2 hours ago", true), ("In July 2017 prices rose.", false),
    ("Mon Jan 1 2024 1 2 3 4 5 6", true),  // 10 words
    ("Mon Jan 1 2024 1 2 3 4 5 6 7", false),  // 11
    ("²", true),  // no words: only symbols
  ])
  func timestamps(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("HAMBURG, Germany (AP) —", true), ("MOSCOW (Reuters) -", true), ("BRUSSELS", true),
    ("Berlin —", false), ("BERLIN –", true), ("NEW YORK:", true), ("US —", true),
    ("A —", false), ("EU LEADERS MEET IN ROME", false),  // five words in capitals
    ("EU LEADERS MEET TODAY", true), ("HAMBURG Germany one two three four five six -", true),
    ("HAMBURG Germany one two three four five six seven -", false),  // 9 words
  ])
  func datelines(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test(arguments: [
    ("ÉLYSÉE, France", true), ("ZÜRICH, Schweiz", true), ("ZÜRICH, SCHWEIZ", true),
    ("Zürich, Schweiz", false), ("LAGOS, Nigeria", true), ("CAPE TOWN, South Africa", true),
    ("ALBANY, N.Y.", true), ("EU, UK Agree", false), ("AUSTIN, Texas, USA", false),
    ("NY, Texas", false), ("WINSTON-SALEM, North Carolina", true),
    ("RIO DE JANEIRO GRANDE, Brazil", false),  // four words before the comma
  ])
  func placeDatelines(_ line: String, _ expected: Bool) { check(line, expected) }

  // MARK: Characters beyond the simple scalars

  /// Lines with characters outside the ``ByteText`` tables are read `Character` by
  /// `Character`: grapheme clusters, case and letters as `Character` has them.
  @Test(arguments: [
    ("İSTANBUL, Turkey", true), ("By İlker Başbuğ", true), ("ΑΘΗΝΑ, Ελλάδα", true),
    ("МОСКВА, Россия", true), ("By Иван Петров", true), ("By иван петров", false),
    // "é" as "e" and a combining accent is one lower-case letter.
    ("By e\u{301}mile", false), ("By E\u{301}mile", true), ("ZU\u{308}RICH, Schweiz", true),
    // A character with a combining mark is not the plain one.
    ("By\u{301} Ana", false), ("Photo:\u{301} Ana", false), ("(\u{301}Reporting by Ana)", false),
    // Markers are found in the lower-case scalars, whatever characters they fall in.
    ("Jane Doe/AFP\u{301}", true),
    ("Share\r\nthis", true), ("Share this 👍", true), ("👍", true), ("Москва", false),
  ])
  func otherCharacters(_ line: String, _ expected: Bool) { check(line, expected) }

  @Test func invalidUTF8IsReadAsItsRepairedString() {
    let lines: [([UInt8], Bool)] = [
      ([0x42, 0x79, 0x20, 0xC3, 0x41, 0x6E, 0x61], false),  // "By \xC3Ana": "By �Ana"
      ([0x42, 0x79, 0x20, 0x41, 0x6E, 0x61, 0xFF], true),  // "By Ana\xFF"
      ([0xFF, 0x53, 0x68, 0x61, 0x72, 0x65], true),  // "\xFFShare": the widget word "share"
      ([0x50, 0x68, 0x6F, 0x74, 0x6F, 0x3A, 0x20, 0xE2, 0x80], true),  // "Photo: \xE2\x80"
    ]
    for (bytes, expected) in lines {
      let repaired = String(decoding: bytes, as: UTF8.self)
      let found = bytes.withUnsafeBufferPointer { Furniture.matches($0, 0, $0.count) }
      #expect(found == expected, "\(bytes)")
      #expect(Furniture.matches(characters: repaired) == expected, "\(repaired)")
    }
  }

  // MARK: The two ways of reading a line

  /// A line of simple scalars, read from its bytes, gives the answer it gets read
  /// `Character` by `Character`, on lines built from furniture phrases, names, numbers and
  /// punctuation (about half of them furniture).
  @Test func simpleScalarsReadAsCharacters() {
    let pieces = [
      "By", "BY", "by", "Photo:", "photo by", "Image copyright", "Reporting by", "Editing by",
      "reporter", "Correspondent", "from", "From", "our", "a", "an", "the", "Share", "on",
      "Facebook", "Email", "Updated", "updated", "Advertisement", "July", "8,", "2017", "14:32",
      "GMT", "a.m.", "ET", "HAMBURG,", "Germany", "(AP)", "—", "–", "-", ":", "N.Y.", "ALBANY,",
      "EU,", "UK", "©", "½", "²", "Ÿ", "ÿ", "É", "é", "ß", "ª", "Straße", "ÉLYSÉE,",
      "Zürich", "\u{A0}", "‘", "’", "“", "”", "…", "•", "«", "Getty Images", "/AFP",
      "your inbox", "min read", "Subscribe now", "Mr.", "U.S.", "x", "ago", "hours", "3",
      "Live", "updates", "(", ")", "[", "]", "\n", "\t",
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
      let simple = line.unicodeScalars.allSatisfy {
        ByteText.slot($0.value).map { ByteText.flags[$0] & ByteText.simple != 0 } ?? false
      }
      #expect(simple, "\(line.unicodeScalars.map(\.value))")
      let expected = Furniture.matches(characters: line)
      if expected { furniture += 1 }
      #expect(Furniture.matches(line) == expected, "\(line.unicodeScalars.map(\.value))")
    }
    // Both answers occur often enough for the comparison to mean something.
    #expect(furniture > 400 && furniture < 3600, "\(furniture) of 4000 lines are furniture")
  }

  /// The flags of simple scalars, ASCII worked out without the tables, are the tables'.
  @Test func simpleFlagsAreTheTables() {
    let mask = ByteText.letter | ByteText.number | ByteText.uppercase | ByteText.lowercase
    for value in ByteText.tableScalars where ByteText.flags(of: value) & ByteText.simple != 0 {
      #expect(Furniture.flags(ofSimple: value) & mask == ByteText.flags(of: value) & mask)
      let c = Character(Unicode.Scalar(value)!)
      #expect(Furniture.flags(of: c) == ByteText.flags(of: value) & mask, "U+\(value)")
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
