import Features

/// One step of training (the `train` tool's run) that has just ended, with its result.
public enum TrainingEvent {
  /// The labeled CSV was read.
  case corpusRead(LabeledCorpus)
  /// A search over `settings` settings began.
  case searchStarted(settings: Int, folds: Int, group: String?)
  /// The search ended: every setting, best first, and the one chosen.
  case searched(ranked: [SearchResult], chosen: TrainingConfiguration, folds: Int)
  /// Cross-validation of the chosen setting ended.
  case crossValidated(CrossValidationResult, folds: Int, group: String?, labelNames: [String])
  /// The out-of-fold share error per article (when the labels have an `article` column).
  case shareError(ShareError, labelNames: [String])
  /// The label-quality checks ran (on the whole corpus, lines still known).
  case labelQuality(LabelQuality, LabeledCorpus)
  /// The out-of-fold mistakes were written.
  case wroteErrors(path: String)
  /// The final model was scored on a held-out file.
  case tested(path: String, rows: Int, Metrics)
  /// The model was written.
  case wroteModel(TrainingOutcome)
}

/// What a training run produced.
public struct TrainingOutcome {
  public var model: FramingModel
  /// The setting the model was fitted with (the search's choice when there was one).
  public var configuration: TrainingConfiguration
  /// The optimiser's result on the final fit.
  public var fit: LBFGS.Result
  public var crossValidation: CrossValidationResult?
  public var test: (path: String, rows: Int, metrics: Metrics)?
  public var outputPath: String
  public var lexiconPath: String?
  public var namesPath: String?
  /// The n-grams with the largest weight above the mean over labels, per label.
  public var topTerms: [[(term: String, weight: Double)]]
  /// Wall-clock time of the run.
  public var seconds: Double

  public init(
    model: FramingModel, configuration: TrainingConfiguration, fit: LBFGS.Result,
    crossValidation: CrossValidationResult?, test: (path: String, rows: Int, metrics: Metrics)?,
    outputPath: String, lexiconPath: String?, namesPath: String?,
    topTerms: [[(term: String, weight: Double)]], seconds: Double
  ) {
    self.model = model
    self.configuration = configuration
    self.fit = fit
    self.crossValidation = crossValidation
    self.test = test
    self.outputPath = outputPath
    self.lexiconPath = lexiconPath
    self.namesPath = namesPath
    self.topTerms = topTerms
    self.seconds = seconds
  }
}
