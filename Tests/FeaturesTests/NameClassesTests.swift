import Testing

@testable import Features

@Suite struct NameClassesTests {
  let tokenizer: Tokenizer

  init() throws {
    let names = try NameClasses(
      pairs: [
        ("vladimir", "person"), ("putin", "person"), ("turkey", "place"), ("moscow", "place"),
        ("russian", "nationality"), ("xi", "person"), ("jinping", "person"),
      ])
    tokenizer = Tokenizer(names: names)
  }

  @Test(arguments: [
    ("Vladimir Putin met Xi Jinping in Moscow.", ["_person_", "met", "_person_", "in", "_place_"]),
    ("Putin’s aide", ["_person_", "aide"]),
    ("Turkey and the turkey", ["_place_", "and", "the", "turkey"]),
    ("a Russian-Turkey deal", ["a", "_nationality_", "_place_", "deal"]),
    ("Putin, Xi", ["_person_", "_person_"]),
    ("PUTIN said", ["_person_", "said"]),
    ("putin said", ["putin", "said"]),
    ("The Moscow talks and the Turkey deal", ["_place_", "talks", "and", "_place_", "deal"]),
    ("the Russian side", ["the", "_nationality_", "side"]),
  ])
  func namesWithCapitalsBecomeClassTokens(_ text: String, _ expected: [String]) {
    #expect(tokenizer.tokens(of: text) == expected)
  }

  @Test func aRunKeepsTheSpanOfAllItsNamesAndOtherOffsetsStay() {
    var buffer = TokenBuffer()
    var text = "So Vladimir Putin spoke."
    text.withUTF8 { tokenizer.tokenize($0, base: 10, into: &buffer) }
    #expect(buffer.strings == ["so", "_person_", "spoke"])
    #expect(buffer.tokens.map(\.sourceStart) == [10, 13, 28])
    #expect(buffer.tokens.map(\.sourceEnd) == [12, 27, 33])
  }

  @Test func aSecondTextInTheSameBufferIsRewrittenAlone() {
    var buffer = TokenBuffer()
    var a = "putin went"
    var b = "Putin went"
    a.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    b.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    #expect(buffer.strings == ["putin", "went", "_person_", "went"])
  }

  @Test func badNamesAreRefusedWithTheirLine() {
    #expect(throws: FeaturesError.self) { try NameClasses(pairs: [("new york", "place")]) }
    #expect(throws: FeaturesError.self) {
      try NameClasses(pairs: [("putin", "person"), ("putin", "place")])
    }
  }
}

/// The names a training corpus writes: words never in lower case, capitalised after a
/// sentence's first word at least twice.
@Suite struct CorpusNamesTests {
  func column(_ texts: [String]) -> TextColumn {
    var c = TextColumn()
    for t in texts { c.append(t) }
    return c
  }

  @Test func wordsWrittenOnlyWithACapitalAreNames() {
    let texts = column([
      "The envoy met Okonjo in Lagos on Monday.",
      "Officials said Okonjo would return; Lagos was calm.",
      "Reyes spoke first.",  // only at a sentence's start: a capital says nothing
      "Reyes spoke again. Reyes left.",
      "They may meet. In May the talks resume, and in May they end.",  // "may" in lower case too
      "A 2020 deal, and 2020 again.",
      "Then Putin's aide and Putin’s envoy spoke.",  // the possessive folds as in the tokens
      "so We'll and We'll",  // a word with an apostrophe is no name
    ])
    #expect(NameClasses.corpusNames(in: texts) == ["lagos", "okonjo", "putin"])
  }

  @Test func aCapitalAfterAQuoteOrDashOrColonStartsASentence() {
    let texts = column([
      "He said: “Together we can.” Then “Together” again.", "It was — Together — done.",
      "said \"Together\" twice", "(Together) they went",
    ])
    #expect(NameClasses.corpusNames(in: texts) == [])
  }

  @Test func excludedWordsAndTheMinimumCount() {
    let texts = column(["We met Kallas and Kallas.", "We met Narva once."])
    #expect(NameClasses.corpusNames(in: texts) == ["kallas"])
    #expect(NameClasses.corpusNames(in: texts, excluding: ["kallas"]) == [])
    #expect(NameClasses.corpusNames(in: texts, minimumCount: 1) == ["kallas", "narva"])
  }

  @Test func addingNamesKeepsTheGazetteerAndSkipsWhatItHas() throws {
    let g = try NameClasses(pairs: [(name: "putin", class: "person")])
    let more = try g.adding(["okonjo", "putin"])
    #expect(more.names == ["putin", "okonjo"])
    #expect(more.classes == ["name", "person"])
    let t = Tokenizer(names: more)
    #expect(t.tokens(of: "Okonjo met Putin") == ["_name_", "met", "_person_"])
  }
}
