import Features
import Foundation
import FramingSupport

/// A trained framing classifier: the fitted TF-IDF vectorizer, the softmax regression on
/// its features, the label names, and facts about how it was trained.
public struct FramingModel: Sendable {
  /// Label names in class-index order.
  public var labels: [String]
  /// The fitted feature extractor.
  public var vectorizer: TFIDFVectorizer
  /// The lexicon block after the n-gram columns, if the model has one.
  public var lexicon: LexiconFeatures?
  /// The fitted classifier.
  public var regression: SoftmaxRegression
  /// Training facts (rows, options, metrics), as stored in the model file's metadata
  /// under `training.`.
  public var training: [String: String]

  public init(
    labels: [String], vectorizer: TFIDFVectorizer, lexicon: LexiconFeatures? = nil,
    regression: SoftmaxRegression, training: [String: String] = [:]
  ) {
    precondition(labels.count == regression.classCount)
    precondition(
      vectorizer.featureCount + (lexicon?.columnCount ?? 0) == regression.featureCount)
    self.labels = labels
    self.vectorizer = vectorizer
    self.lexicon = lexicon
    self.regression = regression
    self.training = training
  }

  /// Number of feature columns: the n-grams, then the lexicon block.
  public var featureCount: Int { vectorizer.featureCount + (lexicon?.columnCount ?? 0) }

  /// The name of feature column `j`: its n-gram, or its lexicon column.
  public func featureName(_ j: Int) -> String {
    let n = vectorizer.featureCount
    return j < n ? vectorizer.vocabulary.term(j) : lexicon!.columnName(j - n)
  }

  /// The feature rows of `texts`.
  public func features(of texts: [String]) -> SparseMatrix {
    let ngrams = vectorizer.transform(texts)
    guard let lexicon else { return ngrams }
    return ngrams.appendingColumns(of: lexicon.transform(texts, tokenizer: vectorizer.tokenizer))
  }

  /// Class probabilities of each text, row-major (`texts × labels`).
  public func probabilities(for texts: [String]) -> [Double] {
    regression.probabilities(for: features(of: texts))
  }

  /// The most probable label index of each row of row-major `probabilities`; ties go to
  /// the lower index.
  public func argmax(_ probabilities: [Double]) -> [Int] {
    let k = labels.count
    return (0..<(probabilities.count / k)).map { r in
      var best = 0
      for c in 1..<k where probabilities[r * k + c] > probabilities[r * k + best] { best = c }
      return best
    }
  }
}
