import Features
import Foundation
import FramingSupport

/// Trains and evaluates framing models.
public enum Trainer {
  /// Fits a model on all of `corpus`: ``features(of:configuration:)`` then
  /// ``fit(_:corpus:configuration:progress:)``.
  ///
  /// - Throws: ``FeaturesError`` when the options leave no vocabulary,
  ///   ``ClassifierError/insufficientData(_:)`` when fewer than two classes are present.
  public static func train(
    _ corpus: LabeledCorpus, configuration: TrainingConfiguration,
    progress: ((Int, Double, Double) -> Void)? = nil
  ) throws -> (FramingModel, LBFGS.Result) {
    let features = try features(of: corpus, configuration: configuration)
    return fit(features, corpus: corpus, configuration: configuration, progress: progress)
  }

  /// The features of a corpus: all that fitting needs of its texts.
  public struct Prepared: Sendable {
    /// The fitted vectorizer.
    public var vectorizer: TFIDFVectorizer
    /// The fitted lexicon block, when the configuration has a lexicon.
    public var lexicon: LexiconFeatures?
    /// The training matrix, one row per corpus row (as factors for large corpora).
    public var x: TrainingMatrix
    /// The share of the texts' word tokens outside the vocabulary (below min-df): the
    /// baseline for classify's warning about unfamiliar vocabulary.
    public var unknownTokenShare: Double
  }

  /// Fits the vectorizer on the texts of `corpus` and builds its matrix. The texts are not
  /// needed after this: a caller short of memory may drop them before ``fit(_:corpus:configuration:progress:)``.
  ///
  /// - Throws: as ``train(_:configuration:progress:)``.
  ///
  /// `codeLimit` is passed to ``TFIDFVectorizer/fitTrainingMatrix(_:codeLimit:)``: above it
  /// the matrix is factored (tests lower it to check that both give the same model).
  public static func features(
    of corpus: LabeledCorpus, configuration: TrainingConfiguration,
    codeLimit: Int = TFIDFVectorizer.storedCodeLimit
  ) throws -> Prepared {
    let present = corpus.labelCounts.filter { $0 > 0 }.count
    guard present >= 2 else {
      throw ClassifierError.insufficientData(
        "\(corpus.path): \(corpus.count) rows with \(present) label(s); training needs rows of at least two labels."
      )
    }
    var tokenizer = configuration.tokenizer
    if configuration.corpusNames, let names = tokenizer.names {
      // The lexicon's words stay words, so that no entry loses its match.
      var lexiconWords = Set<String>()
      if let lexicon = configuration.lexicon {
        for entry in lexicon.entries { lexiconWords.formUnion(Tokenizer().tokens(of: entry)) }
      }
      tokenizer.names = try names.adding(
        NameClasses.corpusNames(in: corpus.texts, excluding: lexiconWords))
    }
    var vectorizer = TFIDFVectorizer(options: configuration.tfidf, tokenizer: tokenizer)
    var x = try vectorizer.fitTrainingMatrix(corpus.texts, codeLimit: codeLimit)
    var block: LexiconFeatures? = nil
    if let lexicon = configuration.lexicon, configuration.lexiconWeight > 0 {
      // The lexicon block is fitted on a second tokenization of the texts (cheap beside
      // the n-gram fit) and joined to the right of the n-gram columns.
      var features = LexiconFeatures(
        lexicon: lexicon, weight: configuration.lexiconWeight,
        sublinearTF: configuration.tfidf.sublinearTF)
      let tokenizer = vectorizer.tokenizer
      let texts = corpus.texts
      let columns = features.fitTransform(count: texts.count) { i, buffer in
        texts.withUTF8(i) { tokenizer.tokenize($0, into: &buffer) }
      }
      x = .values(x.values.appendingColumns(of: columns))
      block = features
    }
    MemoryUse.trace("training matrix (\(x.nonzeroCount) entries)")
    let (unknown, total) = vectorizer.fittedTokens ?? (0, 0)
    return Prepared(
      vectorizer: vectorizer, lexicon: block, x: x,
      unknownTokenShare: total == 0 ? 0 : Double(unknown) / Double(total))
  }

  /// Fits the classifier on `features` of `corpus` (whose labels, names and counts it
  /// uses; its texts may have been dropped).
  public static func fit(
    _ features: Prepared, corpus: LabeledCorpus, configuration: TrainingConfiguration,
    progress: ((Int, Double, Double) -> Void)? = nil
  ) -> (FramingModel, LBFGS.Result) {
    var (regression, result): (SoftmaxRegression, LBFGS.Result)
    if configuration.nbScale {
      let x = features.x.values
      let scales = nbScales(x, labels: corpus.labels, classCount: corpus.labelNames.count)
      (regression, result) = SoftmaxRegression.fit(
        .values(scaled(x, by: scales)), labels: corpus.labels,
        classCount: corpus.labelNames.count, options: configuration.training, progress: progress)
      regression = folded(regression, scales: scales)
    } else {
      (regression, result) = SoftmaxRegression.fit(
        features.x, labels: corpus.labels, classCount: corpus.labelNames.count,
        options: configuration.training,
        progress: progress)
    }
    var facts: [String: String] = [
      "rows": String(corpus.count),
      "c": String(configuration.training.c),
      "class_weight": configuration.training.classWeight.rawValue,
      "iterations": String(result.iterations),
      "final_loss": String(result.value),
      "gradient_max_norm": String(result.gradientMaxNorm),
      "stop": result.stop.rawValue,
      "seed": String(configuration.seed),
      "label_counts": zip(corpus.labelNames, corpus.labelCounts).map { "\($0)=\($1)" }.joined(
        separator: ","),
    ]
    // Only when on, so that a model trained without it keeps its bytes.
    if configuration.nbScale { facts["nb_scale"] = "true" }
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
      let seconds = Double(epoch)
    {
      let formatter = ISO8601DateFormatter()
      facts["date"] = formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
    var model = FramingModel(
      labels: corpus.labelNames, vectorizer: features.vectorizer, lexicon: features.lexicon,
      regression: regression, training: facts)
    model.training["unknown_token_share"] = String(format: "%.4f", features.unknownTokenShare)
    return (model, result)
  }

  /// K-fold cross-validation: grouped by `groups` when given (no group in both training
  /// and validation), stratified by label otherwise. Each fold fits its own vectorizer
  /// on its training rows only.
  ///
  /// - Throws: ``ClassifierError/invalidOption(name:value:expected:)`` for `k < 2` or more
  ///   folds than groups or rows.
  public static func crossValidate(
    _ corpus: LabeledCorpus, configuration: TrainingConfiguration, folds k: Int,
    groups: [String]? = nil
  ) throws -> CrossValidationResult {
    guard k >= 2, k <= corpus.count else {
      throw ClassifierError.invalidOption(
        name: "--cv", value: String(k),
        expected: corpus.count < 2
          ? "0 (no cross-validation): \(corpus.path) has \(corpus.count) rows"
          : "2 to \(corpus.count) folds, as \(corpus.path) has \(corpus.count) rows")
    }
    let folds: [[Int]]
    if let groups {
      guard let grouped = CrossValidation.groupedFolds(groups: groups, k: k) else {
        throw ClassifierError.invalidOption(
          name: "--cv", value: String(k),
          expected: "no more folds than groups (\(Set(groups).count))")
      }
      folds = grouped
    } else {
      folds = CrossValidation.stratifiedFolds(labels: corpus.labels, k: k, seed: configuration.seed)
    }
    let classCount = corpus.labelNames.count
    var probabilities = [Double](repeating: 0, count: corpus.count * classCount)
    var predictions = [Int](repeating: 0, count: corpus.count)
    // Folds run in parallel; each result is placed by row, so the order does not matter.
    let results = try Parallel.map((0..<k).map { $0..<($0 + 1) }) {
      range -> Result<[Double], Error> in
      Result {
        let f = range.lowerBound
        let trainRows = CrossValidation.trainingRows(count: corpus.count, folds: folds, fold: f)
        let (model, _) = try train(corpus.subset(trainRows), configuration: configuration)
        return model.probabilities(for: folds[f].map { corpus.texts[$0] })
      }
    }.map { try $0.get() }
    var foldMetrics: [Metrics] = []
    for (f, p) in results.enumerated() {
      let validation = folds[f]
      var predicted: [Int] = []
      for (r, row) in validation.enumerated() {
        var best = 0
        for c in 0..<classCount {
          probabilities[row * classCount + c] = p[r * classCount + c]
          if p[r * classCount + c] > p[r * classCount + best] { best = c }
        }
        predictions[row] = best
        predicted.append(best)
      }
      foldMetrics.append(
        Metrics(
          labels: corpus.labelNames, gold: validation.map { corpus.labels[$0] },
          predicted: predicted, probabilities: p))
    }
    let pooled = Metrics(
      labels: corpus.labelNames, gold: corpus.labels, predicted: predictions,
      probabilities: probabilities)
    var result = CrossValidationResult(
      pooled: pooled, folds: foldMetrics, probabilities: probabilities, predictions: predictions)
    for f in 0..<k {
      var present = [Bool](repeating: false, count: classCount)
      for row in CrossValidation.trainingRows(count: corpus.count, folds: folds, fold: f) {
        present[corpus.labels[row]] = true
      }
      for c in 0..<classCount where !present[c] {
        result.warnings.append(
          "fold \(f + 1) of \(k): its training part has no '\(corpus.labelNames[c])' row, so its"
            + " model never predicts it and the out-of-fold figures understate that label")
      }
    }
    return result
  }
}
