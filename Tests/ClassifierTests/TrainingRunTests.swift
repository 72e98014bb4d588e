import Foundation
import Testing

@testable import Classifier
@testable import Features
@testable import Rendering

/// A labeled corpus of short invented sentences, with groups, for the workbench tests.
func workbenchCorpus() -> LabeledCorpus {
  let critical = [
    "Critics slammed the summit as a disgrace.", "The opposition condemned the deal.",
    "Lawmakers accused the envoy of lying.",
    "The ministry denied the accusation.", "Protesters denounced the sham talks.",
    "Troops shelled the town overnight.",
    "The sanctions were condemned as blackmail.", "The senator attacked the shameful meeting.",
    "Rivals blasted the plan as reckless.",
    "The envoy warned of grave consequences.",
    "Officials accused the rebels of breaking the truce.", "The court condemned the arrests.",
  ]
  let neutral = [
    "The meeting is scheduled for Friday.", "Delegations arrive on Monday.",
    "The agenda lists tariffs and quotas.",
    "The talks will be held in the capital.", "Reporters left after opening remarks.",
    "The summit starts at noon.",
    "The minister arrived on Thursday.", "The session lasted two hours.",
    "The vote takes place next week.",
    "The envoy met the foreign minister.", "The report runs to forty pages.",
    "The council meets every month.",
  ]
  let conciliatory = [
    "Leaders praised the warm talks.", "Both sides welcomed the deal.",
    "The ministers agreed to cooperate.",
    "The envoy hailed a breakthrough.", "The two governments signed a peace accord.",
    "They shook hands and smiled warmly.",
    "The talks ended in friendly agreement.", "Both leaders welcomed closer ties.",
    "The sides agreed on a ceasefire.",
    "Officials praised the constructive dialogue.", "The president thanked his hosts warmly.",
    "The rivals reconciled after talks.",
  ]
  var texts: [String] = []
  var labels: [Int] = []
  var groups: [String] = []
  for (label, list) in [critical, neutral, conciliatory].enumerated() {
    for (i, t) in list.enumerated() {
      texts.append(t)
      labels.append(label)
      groups.append("g\(i % 4)")
    }
  }
  return LabeledCorpus(
    path: "w.csv", labelNames: LabeledCorpus.defaultLabels, texts: TextColumn(texts),
    labels: labels,
    lines: Array(2..<(2 + texts.count)), columns: ["topic": groups])
}

@Suite struct TrainingWorkbenchTests {
  var configuration: TrainingConfiguration {
    var c = TrainingConfiguration()
    c.tfidf.minDF = .count(1)
    c.training.c = 5
    return c
  }

  @Test func groupedFoldRecomputedIndependently() throws {
    let corpus = workbenchCorpus()
    let groups = corpus.columns["topic"]!
    let cv = try Trainer.crossValidate(
      corpus, configuration: configuration, folds: 4, groups: groups)
    let folds = CrossValidation.groupedFolds(groups: groups, k: 4)!
    // Fold 0 by hand: fit on the other rows, predict the fold's rows.
    let validation = folds[0]
    let training = (0..<corpus.count).filter { !validation.contains($0) }
    #expect(Set(validation.map { groups[$0] }).isDisjoint(with: training.map { groups[$0] }))
    let (model, _) = try Trainer.train(corpus.subset(training), configuration: configuration)
    let p = model.probabilities(for: validation.map { corpus.texts[$0] })
    for (r, row) in validation.enumerated() {
      for c in 0..<3 { #expect(abs(p[r * 3 + c] - cv.probabilities[row * 3 + c]) < 1e-12) }
    }
    let metrics = Metrics(
      labels: corpus.labelNames, gold: validation.map { corpus.labels[$0] },
      predicted: model.argmax(p), probabilities: p)
    #expect(cv.folds[0].confusion == metrics.confusion)
    #expect(abs((cv.folds[0].logLoss ?? 0) - (metrics.logLoss ?? 1)) < 1e-12)
    // The pooled confusion matrix is the sum of the folds'.
    var sum = [[Int]](repeating: [0, 0, 0], count: 3)
    for f in cv.folds { for g in 0..<3 { for q in 0..<3 { sum[g][q] += f.confusion[g][q] } } }
    #expect(sum == cv.pooled.confusion)
  }

  @Test func seededLabelErrorIsFound() throws {
    var corpus = workbenchCorpus()
    // A plainly conciliatory sentence labeled critical.
    corpus.texts.append("Both leaders praised the warm and friendly talks and welcomed the deal.")
    corpus.labels.append(0)
    corpus.lines.append(99)
    corpus.columns["topic"]!.append("g0")
    let cv = try Trainer.crossValidate(corpus, configuration: configuration, folds: 4, groups: nil)
    let quality = LabelQuality(corpus: corpus, probabilities: cv.probabilities, threshold: 0.5)
    #expect(quality.likelyErrors.first?.row == corpus.count - 1)
    #expect(quality.report(corpus: corpus).contains("w.csv:99"))
  }

  @Test func duplicatesAreFound() {
    var corpus = workbenchCorpus()
    corpus.texts += ["Leaders praised the warm talks.", "LEADERS praised the warm talks!"]
    corpus.labels += [0, 2]
    corpus.lines += [100, 101]
    corpus.columns["topic"]! += ["g0", "g1"]
    let quality = LabelQuality(corpus: corpus)
    #expect(quality.conflictingDuplicates.count == 1)
    #expect(quality.nearDuplicates.count == 1)
  }

  @Test func calibrationErrorOnKnownInput() {
    // Two predictions at 0.9 (one right), two at 0.6 (both right): bins 9 and 6.
    let p: [Double] = [0.9, 0.1, 0.9, 0.1, 0.6, 0.4, 0.4, 0.6]
    let m = Metrics(
      labels: ["a", "b"], gold: [0, 1, 0, 1], predicted: [0, 0, 0, 1], probabilities: p)
    // bin 9: acc 0.5, conf 0.9 → 0.5·0.4; bin 6: acc 1, conf 0.6 → 0.5·0.4.
    #expect(abs(m.calibrationError! - 0.4) < 1e-12)
  }

  @Test func trainingTwiceGivesIdenticalBytes() throws {
    let corpus = workbenchCorpus()
    let a = try ModelFile.encode(try Trainer.train(corpus, configuration: configuration).0)
    let b = try ModelFile.encode(try Trainer.train(corpus, configuration: configuration).0)
    #expect(a == b)
  }
}

@Suite struct OneStandardErrorTests {
  func result(c: Double, maxN: Int, minDF: Int, mean: Double, std: Double) -> SearchResult {
    var config = TrainingConfiguration()
    config.training.c = c
    config.tfidf.maxN = maxN
    config.tfidf.minDF = .count(minDF)
    return SearchResult(configuration: config, macroF1: (mean, std), logLoss: 0.3, accuracy: mean)
  }

  @Test func picksTheSimplestSettingWithinOneStandardError() {
    // Best mean 0.880 with sd 0.0112 over 5 folds: standard error 0.005, floor 0.875.
    let results = [
      result(c: 300, maxN: 2, minDF: 1, mean: 0.880, std: 0.0112),
      result(c: 10, maxN: 3, minDF: 2, mean: 0.876, std: 0.01),
      result(c: 10, maxN: 2, minDF: 1, mean: 0.877, std: 0.01),
      result(c: 10, maxN: 2, minDF: 2, mean: 0.875, std: 0.01),
      result(c: 1, maxN: 2, minDF: 2, mean: 0.860, std: 0.01),
    ]
    let chosen = Trainer.oneStandardError(results, folds: 5).configuration
    #expect(chosen.training.c == 10 && chosen.tfidf.maxN == 2 && chosen.tfidf.minDF == .count(2))
    // With a single setting, that one.
    #expect(Trainer.oneStandardError([results[4]], folds: 5).configuration.training.c == 1)
  }
}
