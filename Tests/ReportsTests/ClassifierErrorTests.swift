import Testing

@testable import Classifier
@testable import Features
@testable import Labelling

@Suite struct ClassifierErrorTests {
  @Test func shareErrorOfKnownArticles() throws {
    // Article 1: gold 3 critical 2 neutral, predicted 2 critical 3 neutral (0.2 off);
    // article 2: right; article 3 has too few units and is left out.
    let gold = [0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0]
    let predicted = [0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1]
    let error = try #require(
      ShareError(
        articles: [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10]], gold: gold, predicted: predicted,
        classCount: 2))
    #expect(error.articles == 2)
    #expect(abs(error.meanDistance - 0.1) < 1e-12)
    #expect(abs(error.worstDistance - 0.2) < 1e-12)
    #expect(abs(error.rmse[0] - (0.04 / 2).squareRoot()) < 1e-12)
    let facts = error.facts(labels: ["a", "b"], prefix: "cv_share_error")
    let back = try #require(ShareError(facts: facts, labels: ["a", "b"], prefix: "cv_share_error"))
    #expect(back.articles == 2 && abs(back.rmse[1] - error.rmse[1]) < 1e-4)
  }

  @Test func intervalsWidenByTheClassifierErrorInQuadrature() {
    let error = ClassifierErrorEstimate(
      shareError: ShareError(
        articles: 10, meanDistance: 0.1, worstDistance: 0.3, rmse: [0.05, 0.1]),
      source: "a test")
    let with = ProfileBuilder(
      labels: ["a", "b"], options: AnalysisOptions(), trainingUnknownShare: nil,
      classifierError: error)
    let without = ProfileBuilder(
      labels: ["a", "b"], options: AnalysisOptions(), trainingUnknownShare: nil)
    let e = Estimate(value: 0.5, low: 0.4, high: 0.65)
    #expect(without.widened(e, label: 0) == e)
    let w = with.widened(e, label: 1)
    let d = 1.959963984540054 * 0.1
    #expect(abs((0.5 - w.low) - (0.01 + d * d).squareRoot()) < 1e-12)
    #expect(abs((w.high - 0.5) - (0.0225 + d * d).squareRoot()) < 1e-12)
    #expect(with.widened(Estimate(value: 0.02, low: 0, high: 0.1), label: 1).low == 0)
  }
}

@Suite struct ProfileWarningTests {
  /// An article of `n` units with the given probabilities, and word counts.
  func article(_ n: Int, probabilities p: [Double], unknown: Int = 0, tokens: Int = 100) throws
    -> ArticleResult
  {
    let file = try TextFile(path: "a.txt", bytes: Array(String(repeating: "x. ", count: n).utf8))
    let records = (0..<n).map { i in
      SentenceRecord(
        unit: ClassifiedUnit(
          index: i, unit: TextUnit(start: 3 * i, end: 3 * i + 2, kind: .sentence), line: 1,
          label: 0, probabilities: p),
        margin: p[0] - p[1], quoted: false, uncertain: false, explanation: nil)
    }
    return ArticleResult(
      input: ArticleInput(id: "a.txt", outlet: "o", file: file), records: records,
      unknownTokens: unknown, tokens: tokens)
  }

  let builder = ProfileBuilder(
    labels: ["a", "b", "c"], options: AnalysisOptions(), trainingUnknownShare: 0.014)

  @Test func unsureUnitsAreWarnedAbove25Percent() throws {
    let unsure = builder.profile(
      name: "x", articles: [try article(30, probabilities: [0.4, 0.35, 0.25])])
    #expect(unsure.warnings.contains { $0.contains("no label above 50%") })
    let sure = builder.profile(
      name: "x", articles: [try article(30, probabilities: [0.8, 0.1, 0.1])])
    #expect(!sure.warnings.contains { $0.contains("no label above 50%") })
  }

  @Test func unknownWordsAreWarnedAboveTheCalibratedShare() throws {
    let far = builder.profile(
      name: "x", articles: [try article(30, probabilities: [0.8, 0.1, 0.1], unknown: 10)])
    #expect(far.warnings.contains { $0.contains("10% of its words are unknown") })
    let near = builder.profile(
      name: "x", articles: [try article(30, probabilities: [0.8, 0.1, 0.1], unknown: 5)])
    #expect(!near.warnings.contains { $0.contains("unknown") })
  }

  @Test func anOutletOfOneArticleSaysSo() throws {
    let a = try article(30, probabilities: [0.8, 0.1, 0.1])
    #expect(
      builder.profile(name: "o", articles: [a], isOutlet: true).warnings.contains(
        "outlet figures describe one article"))
    #expect(
      !builder.profile(name: "o", articles: [a, a], isOutlet: true).warnings.contains(
        "outlet figures describe one article"))
    #expect(
      !builder.profile(name: "a.txt", articles: [a]).warnings.contains(
        "outlet figures describe one article"))
  }
}
