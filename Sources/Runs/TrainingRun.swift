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

  public init(labelsPath: String, outputPath: String, configuration: TrainingConfiguration) {
    self.labelsPath = labelsPath
    self.outputPath = outputPath
    self.configuration = configuration
  }

  /// Runs everything; results go to `say`, progress (only on a terminal) to `progress`.
  public func run(say: (String) -> Void, progress: ((String) -> Void)?) throws {
    let started = Date()
    MemoryUse.trace("start")
    var config = configuration
    var corpus = try LabeledCorpus.load(path: labelsPath, labelNames: labelNames)
    say("read \(corpus.count) rows from \(labelsPath)")
    MemoryUse.trace("labels read")
    for (name, count) in zip(corpus.labelNames, corpus.labelCounts) {
      say(
        "  \(name): \(count) (\(String(format: "%.1f", 100 * Double(count) / Double(max(1, corpus.count))))%)"
      )
    }
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
    var metricsJSON: [String: Any] = ["labels": corpus.labelNames, "rows": corpus.count]

    if !grid.isEmpty {
      let k = folds >= 2 ? folds : 5
      say("")
      say(
        "searching \(grid.count) settings by \(k)-fold cross-validation\(groupColumn.map { " grouped by '\($0)'" } ?? "")"
      )
      let results = try Trainer.search(corpus, grid: grid, folds: k, groups: groups) {
        done, total in
        progress?("setting \(done)/\(total)")
      }
      let ranked = results.sorted {
        $0.macroF1.mean != $1.macroF1.mean
          ? $0.macroF1.mean > $1.macroF1.mean : $0.logLoss < $1.logLoss
      }
      say("rank        C  ngram  min-df  sublinear  lexicon   macro-F1 (± sd)   log loss  accuracy")
      for (i, r) in ranked.enumerated() {
        let c = r.configuration
        let minDF = c.tfidf.minDF.description
        let sublinear = String(c.tfidf.sublinearTF)
        say(
          String(format: "%4d %8g  %d-%d  ", i + 1, c.training.c, c.tfidf.minN, c.tfidf.maxN)
            + String(repeating: " ", count: max(0, 6 - minDF.count)) + minDF
            + String(repeating: " ", count: max(0, 11 - sublinear.count)) + sublinear
            + String(format: "  %7g", c.lexicon == nil ? 0 : c.lexiconWeight)
            + String(
              format: "   %.4f (± %.4f)   %8.4f  %8.4f", r.macroF1.mean, r.macroF1.std, r.logLoss,
              r.accuracy))
      }
      let chosen = Trainer.oneStandardError(ranked, folds: k)
      config = chosen.configuration
      say("best mean: \(TrainingRun.describe(ranked[0].configuration))")
      say(
        "chosen (the simplest setting within one standard error of the best mean, "
          + String(
            format: "macro-F1 ≥ %.4f",
            ranked[0].macroF1.mean - ranked[0].macroF1.std / Double(k).squareRoot())
          + "; simpler = smaller C, then shorter n-grams, then larger min-df):")
      say("best: \(TrainingRun.describe(config))")
      facts["search_settings"] = String(grid.count)
      metricsJSON["search"] = ranked.map { r -> [String: Any] in
        [
          "c": r.configuration.training.c,
          "ngram": [r.configuration.tfidf.minN, r.configuration.tfidf.maxN],
          "min_df": r.configuration.tfidf.minDF.description,
          "sublinear_tf": r.configuration.tfidf.sublinearTF,
          "lexicon_weight": r.configuration.lexicon == nil ? 0 : r.configuration.lexiconWeight,
          "macro_f1_mean": r.macroF1.mean, "macro_f1_std": r.macroF1.std, "log_loss": r.logLoss,
          "accuracy": r.accuracy,
        ]
      }
    }

    var outOfFold: CrossValidationResult? = nil
    if folds >= 2 {
      progress?("cross-validating \(folds) folds")
      let result = try Trainer.crossValidate(
        corpus, configuration: config, folds: folds, groups: groups)
      outOfFold = result
      say("")
      say(
        "\(folds)-fold cross-validation\(groupColumn.map { " grouped by '\($0)'" } ?? " (stratified)"), out-of-fold:"
      )
      say(result.pooled.report())
      say("across folds (mean ± sd):")
      let rows: [(String, (Metrics) -> Double)] =
        [
          ("accuracy", { $0.accuracy }), ("macro-F1", { $0.macroF1 }),
          ("log loss", { $0.logLoss ?? .nan }),
          ("calibration (ECE)", { $0.calibrationError ?? .nan }),
        ] + corpus.labelNames.indices.map { k in ("F1 \(corpus.labelNames[k])", { $0.f1(k) }) }
      for (name, f) in rows {
        let s = result.spread(f)
        say(
          "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
            + String(format: "%.3f ± %.3f", s.mean, s.std))
      }
      facts["cv_folds"] = String(folds)
      facts["cv_group"] = groupColumn ?? "none"
      facts["cv_macro_f1"] = String(format: "%.4f", result.pooled.macroF1)
      facts["cv_accuracy"] = String(format: "%.4f", result.pooled.accuracy)
      metricsJSON["cross_validation"] =
        [
          "folds": folds, "group": groupColumn ?? NSNull(), "pooled": result.pooled.dictionary,
          "per_fold": result.folds.map(\.dictionary),
        ] as [String: Any]
    }

    let quality = LabelQuality(corpus: corpus, probabilities: outOfFold?.probabilities)
    MemoryUse.trace("label quality")
    say("")
    say(quality.report(corpus: corpus))
    metricsJSON["label_quality"] =
      [
        "conflicting_duplicates": quality.conflictingDuplicates.map {
          $0.rows.map { corpus.lines[$0] }
        },
        "near_duplicates": quality.nearDuplicates.map { $0.rows.map { corpus.lines[$0] } },
        "likely_errors": quality.likelyErrors.map {
          [
            "line": corpus.lines[$0.row], "predicted": corpus.labelNames[$0.predicted],
            "probability": $0.probability,
          ] as [String: Any]
        },
      ] as [String: Any]

    if let errorsPath {
      guard let outOfFold else {
        throw ClassifierError.invalidOption(
          name: "--errors", value: errorsPath, expected: "cross-validation (--cv 2 or more)")
      }
      try TrainingRun.writeErrors(outOfFold, corpus: corpus, to: errorsPath)
      say("wrote the out-of-fold mistakes to \(errorsPath)")
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
    if let testPath {
      let heldOut = try LabeledCorpus.load(path: testPath, labelNames: corpus.labelNames)
      let p = model.probabilities(for: Array(heldOut.texts))
      let metrics = Metrics(
        labels: model.labels, gold: heldOut.labels, predicted: model.argmax(p), probabilities: p)
      say("")
      say("held-out test \(testPath) (\(heldOut.count) rows):")
      say(metrics.report())
      facts["test_file"] = (testPath as NSString).lastPathComponent
      facts["test_macro_f1"] = String(format: "%.4f", metrics.macroF1)
      metricsJSON["test"] = ["file": testPath, "metrics": metrics.dictionary] as [String: Any]
    }
    if let lexiconPath, let lexicon = config.lexicon {
      facts["lexicon"] = (lexiconPath as NSString).lastPathComponent
      facts["lexicon_entries"] = String(lexicon.entries.count)
    }
    if let namesPath, let names = config.names {
      facts["names"] = (namesPath as NSString).lastPathComponent
      facts["names_entries"] = String(names.names.count)
    }
    for (key, value) in facts { model.training[key] = value }
    MemoryUse.trace("model fitted")
    try ModelFile.write(model, to: outputPath)
    MemoryUse.trace("model written")

    say("")
    say("top features per label (weight above the mean over labels):")
    for (label, terms) in zip(model.labels, model.topTerms(count: topTerms)) {
      say(
        "  \(label): "
          + terms.map { "\($0.term) (\(String(format: "%.2f", $0.weight)))" }.joined(
            separator: ", "))
    }
    say("")
    say("settings: \(TrainingRun.describe(config))")
    say("vocabulary: \(model.vectorizer.featureCount) terms")
    if let block = model.lexicon {
      say(
        "lexicon: \(block.lexicon.entries.count) entries in \(block.lexicon.classes.count) classes"
          + " (\(lexiconPath ?? "given")), weight \(block.weight)")
    }
    say(
      "L-BFGS: \(result.iterations) iterations, final loss \(String(format: "%.6f", result.value)), \(result.stop.rawValue)"
    )
    say("wrote \(outputPath) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
    if let metricsJSONPath {
      metricsJSON["settings"] =
        [
          "c": config.training.c, "ngram": [config.tfidf.minN, config.tfidf.maxN],
          "min_df": config.tfidf.minDF.description,
          "max_df": config.tfidf.maxDF.description, "sublinear_tf": config.tfidf.sublinearTF,
          "class_weight": config.training.classWeight.rawValue, "seed": config.seed,
          "lexicon": lexiconPath ?? NSNull(), "names": namesPath ?? NSNull(),
          "lexicon_weight": config.lexicon == nil ? 0 : config.lexiconWeight,
        ] as [String: Any]
      metricsJSON["training"] =
        ["iterations": result.iterations, "final_loss": result.value, "stop": result.stop.rawValue]
        as [String: Any]
      let data = try JSONSerialization.data(
        withJSONObject: metricsJSON, options: [.sortedKeys, .prettyPrinted])
      try AtomicFile.write(Array(data) + [0x0A], to: metricsJSONPath)
    }
  }

  /// The command-line options that reproduce `config`.
  public static func describe(_ config: TrainingConfiguration) -> String {
    "--c \(config.training.c) --ngram \(config.tfidf.minN)-\(config.tfidf.maxN) --min-df \(config.tfidf.minDF)"
      + " --sublinear-tf \(config.tfidf.sublinearTF) --class-weight \(config.training.classWeight.rawValue)"
      + (config.lexicon == nil ? " --lexicon none" : " --lexicon-weight \(config.lexiconWeight)")
      + (config.names == nil ? " --names none" : "")
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
