import Features
import Foundation

/// Everything that decides how a model is trained.
public struct TrainingConfiguration: Sendable {
  /// Feature extraction options.
  public var tfidf = TFIDFOptions()
  /// Classifier options.
  public var training = TrainingOptions()
  /// Seed of every random choice (fold assignment).
  public var seed: UInt64 = 42

  public init() {}

  /// The project's defaults, chosen by grouped cross-validation on data/labels.csv
  /// (see the README).
  public static var standard: TrainingConfiguration {
    var c = TrainingConfiguration()
    c.tfidf.minN = 1
    c.tfidf.maxN = 2
    c.tfidf.minDF = .count(2)
    c.tfidf.sublinearTF = true
    c.training.c = 10
    c.training.classWeight = .none
    return c
  }
}

/// Out-of-fold results of a cross-validation.
public struct CrossValidationResult: Sendable {
  /// Metrics over all out-of-fold predictions together.
  public var pooled: Metrics
  /// Metrics of each fold.
  public var folds: [Metrics]
  /// Out-of-fold probabilities, row-major, in corpus row order.
  public var probabilities: [Double]
  /// Out-of-fold predicted class of each row.
  public var predictions: [Int]

  /// Mean and standard deviation across folds of `value`.
  public func spread(_ value: (Metrics) -> Double) -> (mean: Double, std: Double) {
    let xs = folds.map(value)
    let mean = xs.reduce(0, +) / Double(xs.count)
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, xs.count - 1))
    return (mean, variance.squareRoot())
  }
}

/// Trains and evaluates framing models.
public enum Trainer {
  /// Fits a model on all of `corpus`.
  ///
  /// - Throws: ``FeaturesError`` when the options leave no vocabulary,
  ///   ``ClassifierError/insufficientData(_:)`` when fewer than two classes are present.
  public static func train(
    _ corpus: LabeledCorpus, configuration: TrainingConfiguration,
    progress: ((Int, Double, Double) -> Void)? = nil
  ) throws -> (FramingModel, LBFGS.Result) {
    let present = corpus.labelCounts.filter { $0 > 0 }.count
    guard present >= 2 else {
      throw ClassifierError.insufficientData(
        "\(corpus.path): \(corpus.count) rows with \(present) label(s); training needs rows of at least two labels.")
    }
    var vectorizer = TFIDFVectorizer(options: configuration.tfidf)
    let x = try vectorizer.fitTransform(corpus.texts)
    let (regression, result) = SoftmaxRegression.fit(
      x, labels: corpus.labels, classCount: corpus.labelNames.count, options: configuration.training,
      progress: progress)
    var facts: [String: String] = [
      "rows": String(corpus.count),
      "c": String(configuration.training.c),
      "class_weight": configuration.training.classWeight.rawValue,
      "iterations": String(result.iterations),
      "final_loss": String(result.value),
      "gradient_max_norm": String(result.gradientMaxNorm),
      "stop": result.stop.rawValue,
      "seed": String(configuration.seed),
      "label_counts": zip(corpus.labelNames, corpus.labelCounts).map { "\($0)=\($1)" }.joined(separator: ","),
    ]
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
      let formatter = ISO8601DateFormatter()
      facts["date"] = formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
    let model = FramingModel(labels: corpus.labelNames, vectorizer: vectorizer, regression: regression, training: facts)
    return (model, result)
  }

  /// K-fold cross-validation: grouped by `groups` when given (no group in both training
  /// and validation), stratified by label otherwise. Each fold fits its own vectorizer
  /// on its training rows only.
  ///
  /// - Throws: ``ClassifierError/invalidOption(name:value:expected:)`` for `k < 2` or more
  ///   folds than groups or rows.
  public static func crossValidate(
    _ corpus: LabeledCorpus, configuration: TrainingConfiguration, folds k: Int, groups: [String]? = nil
  ) throws -> CrossValidationResult {
    guard k >= 2, k <= corpus.count else {
      throw ClassifierError.invalidOption(name: "--cv", value: String(k), expected: "2 to \(corpus.count) folds")
    }
    let folds: [[Int]]
    if let groups {
      guard let grouped = CrossValidation.groupedFolds(groups: groups, k: k) else {
        throw ClassifierError.invalidOption(
          name: "--cv", value: String(k), expected: "no more folds than groups (\(Set(groups).count))")
      }
      folds = grouped
    } else {
      folds = CrossValidation.stratifiedFolds(labels: corpus.labels, k: k, seed: configuration.seed)
    }
    let classCount = corpus.labelNames.count
    var probabilities = [Double](repeating: 0, count: corpus.count * classCount)
    var predictions = [Int](repeating: 0, count: corpus.count)
    var foldMetrics: [Metrics] = []
    for f in 0..<k {
      let trainRows = CrossValidation.trainingRows(count: corpus.count, folds: folds, fold: f)
      let (model, _) = try train(corpus.subset(trainRows), configuration: configuration)
      let validation = folds[f]
      let p = model.probabilities(for: validation.map { corpus.texts[$0] })
      let predicted = model.argmax(p)
      for (r, row) in validation.enumerated() {
        for c in 0..<classCount { probabilities[row * classCount + c] = p[r * classCount + c] }
        predictions[row] = predicted[r]
      }
      foldMetrics.append(
        Metrics(labels: corpus.labelNames, gold: validation.map { corpus.labels[$0] }, predicted: predicted, probabilities: p))
    }
    let pooled = Metrics(labels: corpus.labelNames, gold: corpus.labels, predicted: predictions, probabilities: probabilities)
    return CrossValidationResult(pooled: pooled, folds: foldMetrics, probabilities: probabilities, predictions: predictions)
  }
}
