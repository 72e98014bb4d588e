import Foundation
import Testing

@testable import Features

@Suite struct LexiconTests {
  /// A small lexicon written for these cases.
  static let text = """
    # a comment, then entries
    condemn\tdisapproval
    condemned\tdisapproval
    condemns\tdisapproval
    war\tconflict
    war of words\thostility
    words of praise\tpraise
    cease-fire\tde_escalation
    ceasefire\tde_escalation
    no-fly zone\tconflict
    warm\twarmth
    welcome\twarmth
    won't\tnegation
    not\tnegation
    fail to\tnegation
    criticise\tdisapproval
    criticize\tdisapproval
    putin's rebuke\tdisapproval
    step up pressure\tthreat
    step up\tcooperation
    but\tcontrast
    even as\tcontrast

    """

  let lexicon: Lexicon

  init() throws {
    lexicon = try Lexicon(parsing: Array(LexiconTests.text.utf8), path: "test.tsv")
  }

  func found(_ s: String) -> [String] {
    lexicon.matches(of: s).map { ($0.negated ? "not " : "") + $0.class + ":" + $0.entry }
  }

  @Test func classesAreSortedAndEntriesKeptInFileOrder() {
    #expect(
      lexicon.classes == [
        "conflict", "contrast", "cooperation", "de_escalation", "disapproval", "hostility",
        "negation", "praise", "threat", "warmth",
      ])
    #expect(lexicon.entries.first == "condemn")
    #expect(lexicon.entries.count == 21)
  }

  @Test(arguments: [
    ("They condemned it and he condemns it.", ["disapproval:condemned", "disapproval:condemns"]),
    ("CONDEMN Condemned", ["disapproval:condemn", "disapproval:condemned"]),
    ("They criticise; we criticize.", ["disapproval:criticise", "disapproval:criticize"]),
  ])
  func inflectionsSpellingsAndCase(_ s: String, _ expected: [String]) {
    #expect(found(s) == expected)
  }

  @Test func theLongestEntryWinsAndMatchingGoesOnAfterIt() {
    #expect(
      found("A war of words followed the war.") == ["hostility:war of words", "conflict:war"])
    // Overlapping multiword entries: the first to start wins, then the next after it.
    #expect(found("a war of words of praise") == ["hostility:war of words"])
    #expect(found("They will step up pressure.") == ["threat:step up pressure"])
    #expect(found("They will step up talks.") == ["cooperation:step up"])
  }

  @Test func hyphensMatchAsSpacesAndClosedFormsAreTheirOwnEntries() {
    #expect(found("a cease-fire") == ["de_escalation:cease-fire"])
    #expect(found("a cease fire") == ["de_escalation:cease-fire"])
    #expect(found("a Ceasefire") == ["de_escalation:ceasefire"])
    #expect(found("a no-fly zone") == ["conflict:no-fly zone"])
    // Not across punctuation.
    #expect(found("cease. Fire") == [])
  }

  @Test func curlyApostrophesAndPossessivesFoldAsInTheText() {
    #expect(found("They won’t welcome it") == ["negation:won't", "not warmth:welcome"])
    #expect(found("Putin’s rebuke") == ["disapproval:putin's rebuke"])
  }

  @Test func negationReachesThreeTokensAndStopsAtPunctuation() {
    #expect(found("not a warm") == ["negation:not", "not warmth:warm"])
    #expect(found("not at all a very warm") == ["negation:not", "warmth:warm"])
    #expect(found("not, warm") == ["negation:not", "warmth:warm"])
    #expect(found("they fail to welcome") == ["negation:fail to", "not warmth:welcome"])
    #expect(found("“Not” warm") == ["negation:not", "warmth:warm"])
  }

  @Test func matchesAfterTheLastContrastAreFinal() {
    let found = lexicon.matches(of: "A warm welcome, but war, even as they condemn it.")
    #expect(found.map(\.entry) == ["warm", "welcome", "but", "war", "even as", "condemn"])
    #expect(found.map(\.final) == [false, false, false, false, false, true])
    #expect(lexicon.matches(of: "A warm war").allSatisfy { !$0.final })
  }

  @Test func finalMatchesHaveColumnsOfTheirOwn() {
    var block = LexiconFeatures(lexicon: lexicon, weight: 1, sublinearTF: false)
    let m = block.fitTransform(count: 1) { _, b in
      var t = "War, but a warm welcome."
      t.withUTF8 { Tokenizer().tokenize($0, into: &b) }
    }
    let k = lexicon.classes.count
    let warmth = lexicon.classes.firstIndex(of: "warmth")!
    let columns = Array(m.columns[m.rowStarts[0]..<m.rowStarts[1]]).map(Int.init)
    #expect(columns.contains(2 * k + warmth))
    #expect(!columns.contains(2 * k + lexicon.classes.firstIndex(of: "conflict")!))
    #expect(block.columnName(2 * k + warmth) == "lexicon:final warmth")
  }

  @Test func quotationMarksDoNotHideEntries() {
    #expect(found("“We condemn it,” she said.") == ["disapproval:condemn"])
  }

  @Test(arguments: [
    ("war\n", "test.tsv:1: expected 'entry<TAB>class', found 0 tab(s)."),
    ("war\tconflict\twar\n", "test.tsv:1: expected 'entry<TAB>class', found 2 tab(s)."),
    (
      "# c\nwar\tConflict\n",
      "test.tsv:2: the class 'Conflict' is not lower-case letters, digits, '_' or '-'."
    ),
    (
      "war\tconflict\nWar\thostility\n",
      "test.tsv:2: the entry 'War' has the same words as line 1 ('war')."
    ),
    ("--\tconflict\n", "test.tsv:1: the entry '--' has no word in it."),
    ("\tconflict\n", "test.tsv:1: the entry or the class is empty."),
    ("# only comments\n", "test.tsv:1: the file has no entry."),
  ])
  func badFilesNameTheLine(_ text: String, _ message: String) {
    #expect {
      try Lexicon(parsing: Array(text.utf8), path: "test.tsv")
    } throws: { error in
      "\(error)" == message
    }
  }

  @Test func theBlockWeighsClassesByTFIDFWithItsOwnNorm() {
    var block = LexiconFeatures(lexicon: lexicon, weight: 2, sublinearTF: false)
    let texts = ["war and war", "a warm welcome", "plain text", "not warm"]
    var buffer = TokenBuffer()
    let m = block.fitTransform(count: texts.count) { i, b in
      var t = texts[i]
      t.withUTF8 { Tokenizer().tokenize($0, into: &b) }
    }
    _ = buffer
    buffer = TokenBuffer()
    #expect(m.rowCount == 4)
    #expect(m.columnCount == 30)
    // Row 0: only 'conflict', so its value is the weight.
    let conflict = Int32(lexicon.classes.firstIndex(of: "conflict")!)
    #expect(Array(m.columns[m.rowStarts[0]..<m.rowStarts[1]]) == [conflict])
    #expect(abs(Double(m.values[m.rowStarts[0]]) - 2) < 1e-6)
    // Row 2: no match, no entry.
    #expect(m.rowStarts[2] == m.rowStarts[3])
    // Row 3: negation and the negated warmth column; norm 2.
    let row3 = (m.rowStarts[3]..<m.rowStarts[4]).map { Double(m.values[$0]) }
    #expect(abs(row3.reduce(0) { $0 + $1 * $1 }.squareRoot() - 2) < 1e-6)
    let negatedWarmth = Int32(10 + lexicon.classes.firstIndex(of: "warmth")!)
    #expect(m.columns[m.rowStarts[3]..<m.rowStarts[4]].contains(negatedWarmth))
    #expect(block.columnName(Int(negatedWarmth)) == "lexicon:not warmth")
    // idf: warmth in 1 of 4 units.
    let warmth = lexicon.classes.firstIndex(of: "warmth")!
    #expect(abs(block.idf[warmth] - (log(5.0 / 2.0) + 1)) < 1e-12)
  }

  @Test func appendingColumnsJoinsRows() {
    var a = SparseMatrix(columnCount: 3)
    a.appendRow(columns: [0, 2], values: [1, 2])
    a.appendRow(columns: [Int32](), values: [Float]())
    var b = SparseMatrix(columnCount: 2)
    b.appendRow(columns: [1], values: [5])
    b.appendRow(columns: [0], values: [7])
    let c = a.appendingColumns(of: b)
    #expect(c.columnCount == 5)
    #expect(c.dense() == [[1, 0, 2, 0, 5], [0, 0, 0, 7, 0]])
  }
}
