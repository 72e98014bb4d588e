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
