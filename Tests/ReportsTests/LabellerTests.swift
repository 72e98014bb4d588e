import Classifier
import Features
import Foundation
import Testing

@testable import Labelling
@testable import Rendering
@testable import Runs

@Suite struct LabellerTests {
  /// Paragraphs with quotations, furniture, headings and blank lines of several kinds.
  static let text = [
    "Talks in Geneva\nBy Ana Ruiz\n",
    "Leaders praised the warm talks. “Critics slammed the summit,” she said. The meeting is on Friday.\n",
    "  \n",
    "Both sides welcomed a deal. \"This is a disgrace,\" lawmakers said.\r\n\r\n",
    "Delegations arrive on Monday.\rProtesters denounced \"the sham talks\" and \"praised\" nothing.\n",
    "\t\n\n",
    "“They praised the friendly handshake,” the minister said. “The deal was welcomed.”\n",
    "Share this article\n\n",
    "The agenda lists tariffs. Talks begin at noon in the capital.",
  ].joined()

  func summary(_ r: SentenceRecord) -> String {
    let e = r.explanation.map { "\($0.terms.count) \($0.logitDifference)" } ?? "-"
    return
      "\(r.unit.index) \(r.unit.unit) \(r.unit.line) \(r.unit.label) \(r.unit.probabilities)"
      + " \(r.margin) \(r.quoted) \(r.uncertain) \(e)"
  }

  @Test(arguments: [0, 2])
  func smallPiecesGiveTheRecordsOfTheWholeArticle(explain: Int) throws {
    let model = try reportsTestModel()
    var options = AnalysisOptions()
    options.explain = explain
    options.minConfidence = 0.5
    let input = try article("a.txt", outlet: "Wire", LabellerTests.text)
    let labeller = Labeller(model: model, options: options, segmentation: .sentences)
    var whole = ArticleResult(input: input, records: [], unknownTokens: 0, tokens: 0)
    whole.append(
      labeller.label(
        input.file, piece: TextFile.Piece(range: 0..<input.file.bytes.count, firstLine: 1)))
    let pieces = input.file.pieces(size: 1)
    #expect(pieces.count == 5)
    var joined = ArticleResult(input: input, records: [], unknownTokens: 0, tokens: 0)
    for piece in pieces { joined.append(labeller.label(input.file, piece: piece)) }
    #expect(joined.records.map(summary) == whole.records.map(summary))
    #expect(joined.unknownTokens == whole.unknownTokens && joined.tokens == whole.tokens)
    #expect(whole.records.contains { $0.quoted })
    #expect(whole.records.contains { !$0.quoted })
  }

  @Test func rowsOfPiecesMatchTheRecordsTheyCameFrom() throws {
    let model = try reportsTestModel()
    let input = try article("a,b.txt", outlet: "The \"Wire\"", LabellerTests.text)
    for format in [RecordFormat.csv, .jsonl] {
      let records = UnitRecords(labels: model.labels, modelID: "m", explain: 2)
      var options = AnalysisOptions()
      options.explain = 2
      let labeller = Labeller(model: model, options: options, segmentation: .sentences)
      var streamed: [UInt8] = []
      var index = 0
      for piece in input.file.pieces(size: 1) {
        let labeled = labeller.label(input.file, piece: piece)
        records.rows(of: labeled, article: input, format: format).write(firstIndex: index) {
          streamed.append(contentsOf: $0)
        }
        index += labeled.count
      }
      let expected = labeller.analyze(input).records
        .map { records.record($0, of: input, format: format) }.joined()
      #expect(String(decoding: streamed, as: UTF8.self) == expected)
      #expect(index > 8)
    }
  }

  @Test func quotedFromFeaturesAgreesWithTheExplanation() throws {
    let model = try reportsTestModel()
    let input = try article("a.txt", outlet: "Wire", LabellerTests.text)
    var explained = AnalysisOptions()
    explained.keepExplanations = true
    let slow = Labeller(model: model, options: explained).analyze(input).records
    let fast = Labeller(model: model).analyze(input).records
    #expect(slow.map(\.quoted) == fast.map(\.quoted))
    #expect(fast.allSatisfy { $0.explanation == nil })
  }

  @Test func linesModeCountsLinesAcrossPieces() throws {
    let model = try reportsTestModel()
    let input = try article("l.txt", outlet: "Wire", "One line.\r\nTwo line.\rThree.\n\nFour.\n")
    let labeller = Labeller(model: model, segmentation: .lines)
    var joined = ArticleResult(input: input, records: [], unknownTokens: 0, tokens: 0)
    for piece in input.file.pieces(size: 1, anyLine: true) {
      joined.append(labeller.label(input.file, piece: piece))
    }
    #expect(joined.records.map(\.unit.line) == [1, 2, 3, 5])
    #expect(joined.records.map(\.unit.index) == [0, 1, 2, 3])
  }
}
