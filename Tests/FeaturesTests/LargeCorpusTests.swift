import Foundation
import Testing

@testable import Features

/// The memory-saving paths for large corpora (texts in one buffer, a second tokenizing
/// pass instead of kept term codes, factored matrices) must give what the plain paths give.
@Suite struct LargeCorpusTests {
  /// Documents with repeats, curly quotes, accents and a word repeated many times.
  static let documents: [String] = (0..<3000).map { i in
    let extra = i % 500 == 0 ? String(repeating: " again", count: 20) : ""
    return "Doc \(i % 97) “talks” \(i % 13) déal \(i % 7) won’t \(i % 5)\(extra)"
  }

  static let optionSets: [TFIDFOptions] = {
    var plain = TFIDFOptions()
    plain.maxN = 2
    var sublinear = plain
    sublinear.sublinearTF = true
    sublinear.minDF = .count(2)
    var l1 = plain
    l1.norm = .l1
    l1.smoothIDF = false
    var none = plain
    none.norm = .none
    none.useIDF = false
    none.maxFeatures = 50
    return [plain, sublinear, l1, none]
  }()

  @Test func textColumnBehavesLikeAnArray() {
    var column: TextColumn = ["one", "", "three é"]
    column.append("four")
    column += ["five", "six"]
    column.replaceSubrange(1..<3, with: ["two"])
    #expect(Array(column) == ["one", "two", "four", "five", "six"])
    #expect(column.count == 5 && column[4] == "six")
    #expect(column.withUTF8(1) { Array($0) } == Array("two".utf8))
    #expect(column.byteCount == "onetwofourfivesix".utf8.count)
    #expect(TextColumn(["a", "b"]) == ["a", "b"])
    #expect(TextColumn(["ab", ""]) != ["a", "b"])
  }

  @Test(arguments: optionSets)
  func secondPassGivesTheSameMatrix(_ options: TFIDFOptions) throws {
    var kept = TFIDFVectorizer(options: options)
    let once = try kept.fitTransform(Self.documents)
    var reread = TFIDFVectorizer(options: options)
    let tokenizer = reread.tokenizer
    let twice = try reread.fit(
      count: Self.documents.count, parallel: true, codeLimit: 0, factored: false
    ) { i, buffer in
      var text = Self.documents[i]
      text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    }.values
    #expect(once == twice)
    #expect(kept.vocabulary.terms == reread.vocabulary.terms && kept.idf == reread.idf)
  }

  @Test(arguments: optionSets)
  func factoredMatrixHoldsTheSameValues(_ options: TFIDFOptions) throws {
    var plain = TFIDFVectorizer(options: options)
    let expected = try plain.fitTransform(Self.documents)
    var factored = TFIDFVectorizer(options: options)
    let matrix = try factored.fitTrainingMatrix(TextColumn(Self.documents), codeLimit: 0)
    guard case .factored(let f) = matrix else {
      Issue.record("expected factors")
      return
    }
    #expect(f.expanded() == expected)
    #expect(matrix.nonzeroCount == expected.nonzeroCount && matrix.values == expected)
    // Small corpora keep their codes and get values.
    var small = TFIDFVectorizer(options: options)
    guard case .values(let m) = try small.fitTrainingMatrix(TextColumn(Self.documents)) else {
      Issue.record("expected values")
      return
    }
    #expect(m == expected)
  }

  @Test func countsBeyondThePackedRangeFallBackToValues() throws {
    let documents = ["word " + String(repeating: "again ", count: 33), "word again", "other word"]
    var plain = TFIDFVectorizer()
    let expected = try plain.fitTransform(documents)
    var vectorizer = TFIDFVectorizer()
    let matrix = try vectorizer.fitTrainingMatrix(TextColumn(documents), codeLimit: 0)
    guard case .values(let m) = matrix else {
      Issue.record("a count of 34 cannot be packed")
      return
    }
    #expect(m == expected)
  }
}
