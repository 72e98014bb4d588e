import Testing

@testable import Classifier
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
