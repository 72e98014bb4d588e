import Testing

@testable import Classifier

@Suite struct CrossValidationTests {
  @Test func stratifiedFoldsPartitionAndBalance() {
    let labels = (0..<103).map { $0 % 3 == 0 ? 0 : ($0 % 3 == 1 ? 1 : 2) }
    let folds = CrossValidation.stratifiedFolds(labels: labels, k: 5, seed: 1)
    #expect(folds.flatMap { $0 }.sorted() == Array(0..<103))
    for fold in folds {
      let counts = (0..<3).map { c in fold.filter { labels[$0] == c }.count }
      #expect(counts.max()! - counts.min()! <= 2)
    }
    #expect(CrossValidation.stratifiedFolds(labels: labels, k: 5, seed: 1) == folds)
  }

  @Test func groupedFoldsNeverSplitAGroup() {
    let groups = (0..<60).map { "g\($0 % 7)" }
    let folds = CrossValidation.groupedFolds(groups: groups, k: 3)!
    #expect(folds.flatMap { $0 }.sorted() == Array(0..<60))
    for (a, fa) in folds.enumerated() {
      for (b, fb) in folds.enumerated() where a < b {
        #expect(Set(fa.map { groups[$0] }).isDisjoint(with: fb.map { groups[$0] }))
      }
    }
    #expect(CrossValidation.groupedFolds(groups: ["a", "b"], k: 3) == nil)
  }

  @Test func metricsOnAKnownConfusion() {
    // gold: 0 0 0 1 1 2; predicted: 0 0 1 1 2 2
    let m = Metrics(
      labels: ["a", "b", "c"], gold: [0, 0, 0, 1, 1, 2], predicted: [0, 0, 1, 1, 2, 2])
    #expect(m.confusion == [[2, 1, 0], [0, 1, 1], [0, 0, 1]])
    #expect(m.precision(0) == 1 && abs(m.recall(0) - 2.0 / 3) < 1e-12)
    #expect(m.precision(1) == 0.5 && m.recall(1) == 0.5)
    #expect(m.precision(2) == 0.5 && m.recall(2) == 1)
    let f1 = [0.8, 0.5, 2.0 / 3]
    #expect(abs(m.macroF1 - f1.reduce(0, +) / 3) < 1e-12)
    #expect(abs(m.accuracy - 4.0 / 6) < 1e-12)
  }
}
