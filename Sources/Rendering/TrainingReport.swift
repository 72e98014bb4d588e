import Classifier
import Features
import Foundation

/// The text and the JSON of a training run, built from its events as they come: the text
/// of each event is returned at once (the `train` tool prints it), the JSON
/// (`--metrics-json`) gathers everything until ``metricsJSON()``.
public struct TrainingReport {
  /// The labeled CSV, named in the text.
  public let labelsPath: String
  private var json: [String: Any] = [:]

  public init(labelsPath: String) { self.labelsPath = labelsPath }

  /// The text of `event` (lines joined by line ends, without the last one), and its part
  /// of the JSON recorded.
  public mutating func add(_ event: TrainingEvent) -> String {
    var lines: [String] = []
    func say(_ line: String) { lines.append(line) }
    switch event {
    case .corpusRead(let corpus):
      json["labels"] = corpus.labelNames
      json["rows"] = corpus.count
      say("read \(corpus.count) rows from \(labelsPath)")
      for (name, count) in zip(corpus.labelNames, corpus.labelCounts) {
        let share = 100 * Double(count) / Double(max(1, corpus.count))
        say("  \(name): \(count) (\(String(format: "%.1f", share))%)")
      }
    case .searchStarted(let settings, let folds, let group):
      say("")
      say(
        "searching \(settings) settings by \(folds)-fold cross-validation"
          + (group.map { " grouped by '\($0)'" } ?? ""))
    case .searched(let ranked, let chosen, let folds):
      searched(ranked, chosen: chosen, folds: folds, say: say)
    case .crossValidated(let result, let folds, let group, let labelNames):
      crossValidated(result, folds: folds, group: group, labelNames: labelNames, say: say)
    case .shareError(let error, let labelNames):
      say(
        "share error per article, out of fold (\(error.articles) articles of ≥"
          + " \(ShareError.minimumUnits) units): mean "
          + String(format: "%.1f", 100 * error.meanDistance) + ", worst "
          + String(format: "%.1f", 100 * error.worstDistance) + " points; RMSE per label: "
          + zip(labelNames, error.rmse).map { "\($0) " + String(format: "%.1f", 100 * $1) }
          .joined(separator: ", "))
      record(
        "share_error",
        [
          "articles": error.articles, "mean": error.meanDistance, "worst": error.worstDistance,
          "rmse": Dictionary(uniqueKeysWithValues: zip(labelNames, error.rmse)),
        ] as [String: Any])
    case .labelQuality(let quality, let corpus):
      say("")
      say(quality.report(corpus: corpus))
      json["label_quality"] = TrainingReport.dictionary(quality, corpus: corpus)
    case .wroteErrors(let path):
      say("wrote the out-of-fold mistakes to \(path)")
    case .tested(let path, let rows, let metrics):
      say("")
      say("held-out test \(path) (\(rows) rows):")
      say(metrics.report())
      json["test"] = ["file": path, "metrics": metrics.dictionary] as [String: Any]
    case .wroteModel(let outcome):
      wroteModel(outcome, say: say)
    }
    return lines.joined(separator: "\n")
  }

  /// Records `value` under `key` of the JSON.
  mutating func record(_ key: String, _ value: Any) { json[key] = value }

  /// Everything recorded, as sorted, indented JSON.
  public func metricsJSON() throws -> Data {
    try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .prettyPrinted])
  }

  /// The command-line options that reproduce `config`.
  public static func describe(_ config: TrainingConfiguration) -> String {
    "--c \(config.training.c) --ngram \(config.tfidf.minN)-\(config.tfidf.maxN) --min-df \(config.tfidf.minDF)"
      + " --sublinear-tf \(config.tfidf.sublinearTF) --class-weight \(config.training.classWeight.rawValue)"
      + (config.lexicon == nil ? " --lexicon none" : " --lexicon-weight \(config.lexiconWeight)")
      + (config.names == nil ? " --names none" : "")
      + (config.nbScale ? " --nb-scale" : "")
      + (config.lexicon != nil && !config.negationMarks ? " --no-negation-marks" : "")
      + (config.names != nil && !config.corpusNames ? " --no-corpus-names" : "")
  }
}
