import Features
import Foundation
import FramingSupport

/// One setting of a grid search and its cross-validated score.
public struct SearchResult: Sendable {
  public var configuration: TrainingConfiguration
  public var macroF1: (mean: Double, std: Double)
  public var logLoss: Double
  public var accuracy: Double
}

extension Trainer {
  /// The grid of settings: every combination of the given values on top of `base`.
  public static func grid(
    base: TrainingConfiguration, c: [Double], ngrams: [(Int, Int)], minDF: [DocumentFrequency],
    sublinearTF: [Bool], lexiconWeights: [Double]? = nil
  ) -> [TrainingConfiguration] {
    var out: [TrainingConfiguration] = []
    for n in ngrams {
      for m in minDF {
        for s in sublinearTF {
          for w in lexiconWeights ?? [base.lexiconWeight] {
            for value in c {
              var config = base
              config.tfidf.minN = n.0
              config.tfidf.maxN = n.1
              config.tfidf.minDF = m
              config.tfidf.sublinearTF = s
              config.lexiconWeight = w
              config.training.c = value
              out.append(config)
            }
          }
        }
      }
    }
    return out
  }

  /// Scores every setting by (grouped) cross-validation; results in grid order.
  /// `progress(done, total)` is called after each setting.
  public static func search(
    _ corpus: LabeledCorpus, grid: [TrainingConfiguration], folds: Int, groups: [String]?,
    progress: ((Int, Int) -> Void)? = nil
  ) throws -> [SearchResult] {
    var results: [SearchResult] = []
    for (i, config) in grid.enumerated() {
      let cv = try crossValidate(corpus, configuration: config, folds: folds, groups: groups)
      results.append(
        SearchResult(
          configuration: config, macroF1: cv.spread(\.macroF1), logLoss: cv.pooled.logLoss ?? .nan,
          accuracy: cv.pooled.accuracy))
      progress?(i + 1, grid.count)
    }
    return results
  }
}

extension Trainer {
  /// The one-standard-error rule: among the settings whose mean fold score is within one
  /// standard error (`sd / √folds`) of the best, the simplest: the smallest C (strongest
  /// regularisation), then the shortest n-grams, then the largest min-df, then the best
  /// mean. Differences inside one standard error are noise of the folds, and the simpler
  /// model is the safer bet on text unlike the training data.
  public static func oneStandardError(_ results: [SearchResult], folds: Int) -> SearchResult {
    guard let best = results.max(by: { $0.macroF1.mean < $1.macroF1.mean }) else {
      preconditionFailure("no search results")
    }
    let floor = best.macroF1.mean - best.macroF1.std / Double(folds).squareRoot()
    let candidates = results.filter { $0.macroF1.mean >= floor }
    func minDFValue(_ c: TrainingConfiguration) -> Double { c.tfidf.minDF.documents(of: 1_000_000) }
    return candidates.min { a, b in
      let (x, y) = (a.configuration, b.configuration)
      if x.training.c != y.training.c { return x.training.c < y.training.c }
      if x.tfidf.maxN != y.tfidf.maxN { return x.tfidf.maxN < y.tfidf.maxN }
      if minDFValue(x) != minDFValue(y) { return minDFValue(x) > minDFValue(y) }
      return a.macroF1.mean > b.macroF1.mean
    }!
  }
}
