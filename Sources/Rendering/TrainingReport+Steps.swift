import Classifier
import Features
import Foundation

extension TrainingReport {
  mutating func searched(
    _ ranked: [SearchResult], chosen: TrainingConfiguration, folds k: Int,
    say: (String) -> Void
  ) {
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
    say("best mean: \(TrainingReport.describe(ranked[0].configuration))")
    say(
      "chosen (the simplest setting within one standard error of the best mean, "
        + String(
          format: "macro-F1 ≥ %.4f",
          ranked[0].macroF1.mean - ranked[0].macroF1.std / Double(k).squareRoot())
        + "; simpler = smaller C, then shorter n-grams, then larger min-df):")
    say("best: \(TrainingReport.describe(chosen))")
    record(
      "search",
      ranked.map { r -> [String: Any] in
        [
          "c": r.configuration.training.c,
          "ngram": [r.configuration.tfidf.minN, r.configuration.tfidf.maxN],
          "min_df": r.configuration.tfidf.minDF.description,
          "sublinear_tf": r.configuration.tfidf.sublinearTF,
          "lexicon_weight": r.configuration.lexicon == nil ? 0 : r.configuration.lexiconWeight,
          "macro_f1_mean": r.macroF1.mean, "macro_f1_std": r.macroF1.std, "log_loss": r.logLoss,
          "accuracy": r.accuracy,
        ]
      })
  }

  mutating func crossValidated(
    _ result: CrossValidationResult, folds: Int, group: String?, labelNames: [String],
    say: (String) -> Void
  ) {
    say("")
    say(
      "\(folds)-fold cross-validation" + (group.map { " grouped by '\($0)'" } ?? " (stratified)")
        + ", out-of-fold:")
    say(result.pooled.report())
    say("across folds (mean ± sd):")
    let rows: [(String, (Metrics) -> Double)] =
      [
        ("accuracy", { $0.accuracy }), ("macro-F1", { $0.macroF1 }),
        ("log loss", { $0.logLoss ?? .nan }),
        ("calibration (ECE)", { $0.calibrationError ?? .nan }),
      ] + labelNames.indices.map { k in ("F1 \(labelNames[k])", { $0.f1(k) }) }
    for (name, f) in rows {
      let s = result.spread(f)
      say(
        "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
          + String(format: "%.3f ± %.3f", s.mean, s.std))
    }
    for warning in result.warnings { say("warning: \(warning)") }
    record(
      "cross_validation",
      [
        "folds": folds, "group": group ?? NSNull(), "pooled": result.pooled.dictionary,
        "per_fold": result.folds.map(\.dictionary), "warnings": result.warnings,
      ] as [String: Any])
  }

  mutating func wroteModel(_ outcome: TrainingOutcome, say: (String) -> Void) {
    let model = outcome.model
    let config = outcome.configuration
    let result = outcome.fit
    say("")
    say("top features per label (weight above the mean over labels):")
    for (label, terms) in zip(model.labels, outcome.topTerms) {
      say(
        "  \(label): "
          + terms.map { "\($0.term) (\(String(format: "%.2f", $0.weight)))" }.joined(
            separator: ", "))
    }
    say("")
    say("settings: \(TrainingReport.describe(config))")
    say("vocabulary: \(model.vectorizer.featureCount) terms")
    if let block = model.lexicon {
      say(
        "lexicon: \(block.lexicon.entries.count) entries in \(block.lexicon.classes.count) classes"
          + " (\(outcome.lexiconPath ?? "given")), weight \(block.weight)"
          + (model.vectorizer.tokenizer.negation == nil
            ? "" : "; words after its negators read as not_WORD"))
    }
    if let names = model.vectorizer.tokenizer.names {
      let given = config.names?.names.count ?? 0
      say(
        "names: \(given) from the gazetteer (\(outcome.namesPath ?? "given"))"
          + (names.names.count > given
            ? ", \(names.names.count - given) written only as names in the training texts" : "")
          + ", as class tokens without weight")
    }
    say(
      "L-BFGS: \(result.iterations) iterations, final loss \(String(format: "%.6f", result.value)), \(result.stop.rawValue)"
    )
    say("wrote \(outcome.outputPath) in \(String(format: "%.2f", outcome.seconds)) s")
    record(
      "settings",
      [
        "c": config.training.c, "ngram": [config.tfidf.minN, config.tfidf.maxN],
        "min_df": config.tfidf.minDF.description,
        "max_df": config.tfidf.maxDF.description, "sublinear_tf": config.tfidf.sublinearTF,
        "class_weight": config.training.classWeight.rawValue, "seed": config.seed,
        "lexicon": outcome.lexiconPath ?? NSNull(), "names": outcome.namesPath ?? NSNull(),
        "lexicon_weight": config.lexicon == nil ? 0 : config.lexiconWeight,
        "negation_marks": model.vectorizer.tokenizer.negation != nil,
        "nb_scale": config.nbScale,
        "corpus_names": (model.vectorizer.tokenizer.names?.names.count ?? 0)
          - (config.names?.names.count ?? 0),
      ] as [String: Any])
    record(
      "training",
      ["iterations": result.iterations, "final_loss": result.value, "stop": result.stop.rawValue]
        as [String: Any])
  }

  /// The label-quality findings by line of the labeled CSV.
  static func dictionary(_ quality: LabelQuality, corpus: LabeledCorpus) -> [String: Any] {
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
    ]
  }
}
