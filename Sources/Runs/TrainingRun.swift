import Classifier
import Features
import Foundation
import FramingSupport
import Labelling
import Rendering

/// What `train` does, as a library function: read the labels, check their quality,
/// optionally search settings, cross-validate, fit on everything, evaluate on a held-out
/// file, and write the model and the requested reports.
public struct TrainingRun {
  public var labelsPath: String
  public var labelNames: [String] = LabeledCorpus.defaultLabels
  public var outputPath: String
  public var configuration: TrainingConfiguration
  /// Cross-validation folds (0: none).
  public var folds = 5
  /// Column whose values group the folds.
  public var groupColumn: String? = nil
  /// Settings to search, best by mean fold macro-F1 (empty: no search).
  public var grid: [TrainingConfiguration] = []
  public var testPath: String? = nil
  public var metricsJSONPath: String? = nil
  public var errorsPath: String? = nil
  /// N-grams per label to print.
  public var topTerms = 10
  /// Where the configuration's lexicon was read from (for the report and the model).
  public var lexiconPath: String? = nil
  /// Where the configuration's gazetteer was read from.
  public var namesPath: String? = nil
  /// What the labelled corpus is, in a few words, stored in the model and shown by every
  /// output of `classify`.
  public var corpusDescription: String? = nil

  public init(labelsPath: String, outputPath: String, configuration: TrainingConfiguration) {
    self.labelsPath = labelsPath
    self.outputPath = outputPath
    self.configuration = configuration
  }

  /// Checks every output path before anything is read or written: each can be written,
  /// and none names an input or another output (``RunError``).
  public func checkPaths() throws {
    if let testPath, AtomicFile.identity(of: testPath) == AtomicFile.identity(of: labelsPath) {
      throw ClassifierError.invalidOption(
        name: "--test", value: testPath,
        expected: "a held-out file, not the --labels file (its score would be a training score)")
    }
    try OutputPaths.check(
      outputs: [
        ("--out", outputPath), ("--metrics-json", metricsJSONPath), ("--errors", errorsPath),
      ]
      .compactMap { option, path in path.map { (option, $0) } },
      inputs: [
        ("--labels", labelsPath), ("--test", testPath), ("--lexicon", lexiconPath),
        ("--names", namesPath),
      ].compactMap { option, path in path.map { (option, $0) } })
  }

  /// Runs everything and returns what it found; each step's result goes to `observe` as
  /// soon as it is known (``TrainingReport`` turns them into text and JSON), progress
  /// (only on a terminal) to `progress`. Writes the model and, when asked, the mistakes.
  public func run(observe: (TrainingEvent) -> Void, progress: ((String) -> Void)?) throws
    -> TrainingOutcome
  {
    let started = Date()
    MemoryUse.trace("start")
    try checkPaths()
    var config = configuration
    var corpus = try LabeledCorpus.load(path: labelsPath, labelNames: labelNames)
    observe(.corpusRead(corpus))
    MemoryUse.trace("labels read")
    var groups: [String]? = nil
    if let groupColumn {
      guard let values = corpus.columns[groupColumn] else {
        throw ClassifierError.invalidOption(
          name: "--group", value: groupColumn,
          expected:
            "a column of \(labelsPath) (columns: \(corpus.columns.keys.sorted().joined(separator: ", ")))"
        )
      }
      groups = values
    }
    var facts: [String: String] = [:]

    if !grid.isEmpty {
      let k = folds >= 2 ? folds : 5
      observe(.searchStarted(settings: grid.count, folds: k, group: groupColumn))
      let results = try Trainer.search(corpus, grid: grid, folds: k, groups: groups) {
        done, total in
        progress?("setting \(done)/\(total)")
      }
      let ranked = results.sorted {
        $0.macroF1.mean != $1.macroF1.mean
          ? $0.macroF1.mean > $1.macroF1.mean : $0.logLoss < $1.logLoss
      }
      config = Trainer.oneStandardError(ranked, folds: k).configuration
      observe(.searched(ranked: ranked, chosen: config, folds: k))
      facts["search_settings"] = String(grid.count)
    }

    var outOfFold: CrossValidationResult? = nil
    if folds >= 2 {
      progress?("cross-validating \(folds) folds")
      let result = try Trainer.crossValidate(
        corpus, configuration: config, folds: folds, groups: groups)
      outOfFold = result
      observe(
        .crossValidated(result, folds: folds, group: groupColumn, labelNames: corpus.labelNames))
      facts["cv_folds"] = String(folds)
      facts["cv_group"] = groupColumn ?? "none"
      facts["cv_macro_f1"] = String(format: "%.4f", result.pooled.macroF1)
      facts["cv_accuracy"] = String(format: "%.4f", result.pooled.accuracy)
      // The error analysts read: per article, out-of-fold shares against true ones.
      if let articles = corpus.columns["article"],
        let error = ShareError(
          articles: ShareError.groups(of: articles), gold: corpus.labels,
          predicted: result.predictions, classCount: corpus.labelNames.count)
      {
        for (key, value) in error.facts(labels: corpus.labelNames, prefix: "cv_share_error") {
          facts[key] = value
        }
        observe(.shareError(error, labelNames: corpus.labelNames))
      }
    }

    let quality = LabelQuality(corpus: corpus, probabilities: outOfFold?.probabilities)
    MemoryUse.trace("label quality")
    observe(.labelQuality(quality, corpus))

    if let errorsPath {
      guard let outOfFold else {
        throw ClassifierError.invalidOption(
          name: "--errors", value: errorsPath, expected: "cross-validation (--cv 2 or more)")
      }
      try TrainingRun.writeErrors(outOfFold, corpus: corpus, to: errorsPath)
      observe(.wroteErrors(path: errorsPath))
    }

    // Only the texts and labels are needed from here on, and after the features only the
    // labels: memory is given back at each step, before the next takes its own.
    corpus.columns = [:]
    groups = nil
    let features = try Trainer.features(of: corpus, configuration: config)
    corpus.texts = TextColumn()
    corpus.lines = []
    MemoryUse.releaseFreed()
    MemoryUse.trace("texts dropped")
    var (model, result) = Trainer.fit(features, corpus: corpus, configuration: config) {
      iteration, value, gradient in
      progress?(
        String(format: "iteration %4d  loss %.6f  gradient %.2e", iteration, value, gradient))
    }
    var test: (path: String, rows: Int, metrics: Metrics)? = nil
    if let testPath {
      let heldOut = try LabeledCorpus.load(path: testPath, labelNames: corpus.labelNames)
      let p = model.probabilities(for: Array(heldOut.texts))
      let metrics = Metrics(
        labels: model.labels, gold: heldOut.labels, predicted: model.argmax(p), probabilities: p)
      test = (testPath, heldOut.count, metrics)
      observe(.tested(path: testPath, rows: heldOut.count, metrics))
      facts["test_file"] = (testPath as NSString).lastPathComponent
      facts["test_macro_f1"] = String(format: "%.4f", metrics.macroF1)
    }
    if let lexiconPath, let lexicon = config.lexicon {
      facts["lexicon"] = (lexiconPath as NSString).lastPathComponent
      facts["lexicon_entries"] = String(lexicon.entries.count)
    }
    if let namesPath, let names = config.names {
      facts["names"] = (namesPath as NSString).lastPathComponent
      facts["names_entries"] = String(names.names.count)
      if let all = model.vectorizer.tokenizer.names, all.names.count > names.names.count {
        facts["corpus_names"] = String(all.names.count - names.names.count)
      }
    }
    if let corpusDescription { facts["description"] = corpusDescription }
    for (key, value) in facts { model.training[key] = value }
    MemoryUse.trace("model fitted")
    try ModelFile.write(model, to: outputPath)
    MemoryUse.trace("model written")
    result.x = []  // the weights are in the model
    let outcome = TrainingOutcome(
      model: model, configuration: config, fit: result, crossValidation: outOfFold, test: test,
      outputPath: outputPath, lexiconPath: lexiconPath, namesPath: namesPath,
      topTerms: model.topTerms(count: topTerms), seconds: Date().timeIntervalSince(started))
    observe(.wroteModel(outcome))
    return outcome
  }

  /// Runs with ``TrainingReport``: its text goes to `say` as each step ends, and its JSON
  /// to `metricsJSONPath` when one was given.
  public func runReporting(say: (String) -> Void, progress: ((String) -> Void)?) throws {
    var report = TrainingReport(labelsPath: labelsPath)
    _ = try run(observe: { say(report.add($0)) }, progress: progress)
    if let metricsJSONPath {
      try AtomicFile.write(Array(try report.metricsJSON()) + [0x0A], to: metricsJSONPath)
    }
  }

  /// The out-of-fold mistakes as CSV (line, text, gold, predicted, probabilities), most
  /// confident first.
  static func writeErrors(_ cv: CrossValidationResult, corpus: LabeledCorpus, to path: String)
    throws
  {
    let k = corpus.labelNames.count
    var mistakes = (0..<corpus.count).filter { cv.predictions[$0] != corpus.labels[$0] }
    mistakes.sort {
      let a = cv.probabilities[$0 * k + cv.predictions[$0]]
      let b = cv.probabilities[$1 * k + cv.predictions[$1]]
      return a != b ? a > b : $0 < $1
    }
    var out = CSVWriter.row(
      ["line", "text", "gold", "predicted"] + corpus.labelNames.map { "p_" + $0 })
    for i in mistakes {
      out += CSVWriter.row(
        [
          String(corpus.lines[i]), corpus.texts[i], corpus.labelNames[corpus.labels[i]],
          corpus.labelNames[cv.predictions[i]],
        ]
          + (0..<k).map { String(format: "%.4f", cv.probabilities[i * k + $0]) })
    }
    try AtomicFile.write(Array(out.utf8), to: path)
  }
}
