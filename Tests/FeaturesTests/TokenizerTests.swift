import Testing

@testable import Features

@Suite struct TokenizerTests {
  let tokenizer = Tokenizer()

  @Test(arguments: [
    ("The U.S. and Russia", ["the", "u", "s", "and", "russia"]),
    ("Don't meddle!", ["don't", "meddle"]),
    ("Don’t, won’t, can't", ["don't", "won't", "can't"]),
    ("Putin’s aide and Trump's", ["putin", "aide", "and", "trump"]),
    ("No deal, not now", ["no", "deal", "not", "now"]),
    ("$1.5 billion, 10,000 troops, 3.2%", ["1.5", "billion", "10,000", "troops", "3.2"]),
    ("win-win “cooperation”", ["win", "win", "cooperation"]),
    ("Élysée São Paulo Müller", ["élysée", "são", "paulo", "müller"]),
    ("ΑΘΗΝΑ and МОСКВА", ["αθηνα", "and", "москва"]),
    ("end.", ["end"]),
    ("", []),
    ("'quoted' words", ["quoted", "words"]),
    ("We’re told: they’ll go", ["we're", "told", "they'll", "go"]),
  ])
  func tokens(_ text: String, _ expected: [String]) {
    #expect(tokenizer.tokens(of: text) == expected)
  }

  @Test func sourceOffsetsPointAtTheTokenBytes() {
    let text = "“Don’t go,” she said."
    var buffer = TokenBuffer()
    var copy = text
    copy.withUTF8 { tokenizer.tokenize($0, base: 100, into: &buffer) }
    let bytes = Array(text.utf8)
    let pieces = buffer.tokens.map {
      String(decoding: bytes[($0.sourceStart - 100)..<($0.sourceEnd - 100)], as: UTF8.self)
    }
    #expect(pieces == ["Don’t", "go", "she", "said"])
    #expect(buffer.strings == ["don't", "go", "she", "said"])
  }
}
