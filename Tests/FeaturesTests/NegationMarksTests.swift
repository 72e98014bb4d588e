import Foundation
import Testing

@testable import Features

/// The tokenizer's negation marks: the words after a negator, up to punctuation, become
/// `not_` and the word.
@Suite struct NegationMarksTests {
  let lexicon: Lexicon
  let tokenizer: Tokenizer

  init() throws {
    lexicon = try Lexicon(parsing: Array(LexiconTests.text.utf8), path: "test.tsv")
    let names = try NameClasses(pairs: [
      (name: "putin", class: "person"), (name: "russia", class: "place"),
    ])
    tokenizer = Tokenizer(names: names, negation: lexicon)
  }

  @Test(arguments: [
    ("They did not condemn the strike.", "they did not not_condemn not_the not_strike"),
    // The scope ends at the first punctuation; the negator stays as it is.
    ("Not warm, but polite", "not not_warm but polite"),
    ("not — warm", "not warm"),
    ("not-warm", "not not_warm"),
    // A multiword negator marks what follows it, not its own words.
    ("they fail to welcome it; fine", "they fail to not_welcome not_it fine"),
    // Curly apostrophes fold before the negator is found.
    ("We won’t accept that.", "we won't not_accept not_that"),
    // A negator in a scope is marked and starts its own scope.
    ("not not warm", "not not_not not_warm"),
    // Case folds; without a negator nothing changes.
    ("NOT WELCOME", "not not_welcome"),
    ("They welcome it.", "they welcome it"),
    // Inside quotation marks the scope runs to the closing mark, which is punctuation.
    ("“Not welcome” here", "not not_welcome here"),
  ])
  func wordsAfterANegatorAreMarkedUpToPunctuation(_ text: String, _ expected: String) {
    #expect(tokenizer.tokens(of: text).joined(separator: " ") == expected)
  }

  @Test func namesStayClassTokensInAScope() {
    #expect(
      tokenizer.tokens(of: "He did not thank Putin or Russia")
        == ["he", "did", "not", "not_thank", "_person_", "not_or", "_place_"])
  }

  @Test func offsetsStayThoseOfTheSourceWords() {
    var buffer = TokenBuffer()
    var text = "We did not condemn it."
    text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    let spans = buffer.tokens.map { $0.sourceStart..<$0.sourceEnd }
    #expect(spans == [0..<2, 3..<6, 7..<10, 11..<18, 19..<21])
    #expect(buffer.strings[3] == "not_condemn")
  }

  @Test func aSecondTextInTheSameBufferHasItsOwnScope() {
    var buffer = TokenBuffer()
    var first = "they will not"
    var second = "welcome it"
    first.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    second.withUTF8 { tokenizer.tokenize($0, base: 100, into: &buffer) }
    #expect(buffer.strings == ["they", "will", "not", "welcome", "it"])
  }

  @Test func theLexiconMatchesMarkedWordsAsTheirWords() {
    var buffer = TokenBuffer()
    var text = "They did not welcome the cease-fire or condemn it."
    text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    var found: [Lexicon.Match] = []
    var ids: [Int32] = []
    lexicon.matches(in: buffer, into: &found, ids: &ids)
    #expect(
      found.map { ($0.negated ? "not " : "") + lexicon.entries[$0.entry] }
        == ["not", "not welcome", "not cease-fire", "condemn"])
    // The same matches as on the unmarked tokens.
    #expect(
      lexicon.matches(of: "They did not welcome the cease-fire or condemn it.").map(\.entry)
        == ["not", "welcome", "cease-fire", "condemn"])
  }

  @Test func aLexiconWithoutNegatorsMarksNothing() throws {
    let plain = try Lexicon(pairs: [
      (entry: "warm", class: "warmth"), (entry: "not", class: "other"),
    ])
    let t = Tokenizer(negation: plain)
    #expect(t.tokens(of: "not warm") == ["not", "warm"])
  }

  @Test func theModelNameSaysWhichMarksTheTokenizerMakes() {
    #expect(Tokenizer().modelName == "words-v1")
    #expect(Tokenizer(negation: lexicon).modelName == "words-v1+not-v1")
    #expect(tokenizer.modelName == "words-v1+names-v1+not-v1")
  }

  @Test func marksAreColumnsButNameClassTermsAreNot() {
    #expect(!holds("not_agree"))
    #expect(!holds("did not_agree"))
    #expect(holds("_person_"))
    #expect(holds("not_thank _person_"))
    #expect(holds("_place_ said"))
  }

  @Test func aFittedVectorizerKeepsNegatedTermsAndLeavesNamesOut() throws {
    var options = TFIDFOptions()
    options.minN = 1
    options.maxN = 2
    options.minDF = .count(1)
    var v = TFIDFVectorizer(options: options, tokenizer: tokenizer)
    _ = try v.fitTransform(["Putin did not welcome it", "They welcome it"])
    let terms = (0..<v.featureCount).map {
      String(decoding: v.vocabulary.bytes(of: $0), as: UTF8.self)
    }
    #expect(terms.contains("not_welcome"))
    #expect(terms.contains("not not_welcome"))
    #expect(terms.contains("welcome"))
    #expect(!terms.contains { $0.contains("_person_") })
  }

  func holds(_ s: String) -> Bool {
    var copy = s
    return copy.withUTF8 { TFIDFVectorizer.holdsClassToken($0) }
  }
}
