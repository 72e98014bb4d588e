import Classifier
import Features
import Foundation

/// The model in use scored on the user's own labelled sample (`classify --gold FILE`),
/// without retraining it.
///
/// FILE is a CSV in one of two forms:
/// - `text,label` (other columns ignored, an `article` column groups rows into articles):
///   each text is one unit, as with `--lines`;
/// - rows as `classify --format csv` (or `--uncertain`) writes them, with `file,start,end`
///   locating each unit and the `label` column holding the analyst's label: each file is
///   read (its path as written, else relative to FILE's folder) and cut into units as
///   `classify` cuts it, and every row must be one of those units.
public struct GoldEvaluation: Sendable {
  public var path: String
  /// Per-label precision, recall, F1, macro-F1, the confusion matrix and calibration.
  public var metrics: Metrics
  /// Per-article share error (articles of at least 5 units), when rows come in articles.
  public var shareError: ShareError?
  /// The gold label and the model's label of every row, for ``ShareAdjustment``.
  public var gold: [Int]
  public var predicted: [Int]

  public static func evaluate(path: String, model: FramingModel) throws -> GoldEvaluation {
    let corpus = try LabeledCorpus.load(path: path, labelNames: model.labels)
    guard corpus.count > 0 else {
      throw ClassifierError.insufficientData("\(path): no labelled rows to score the model on.")
    }
    let k = model.labels.count
    var probabilities: [Double]
    var groups: [[Int]]? = nil
    if let files = corpus.columns["file"], let starts = corpus.columns["start"],
      let ends = corpus.columns["end"]
    {
      probabilities = [Double](repeating: 0, count: corpus.count * k)
      var problems: [ClassifierError.RowProblem] = []
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      let labeller = Labeller(model: model)
      var byFile: [String: [Int]] = [:]
      var order: [String] = []
      for (row, file) in files.enumerated() {
        if byFile[file] == nil { order.append(file) }
        byFile[file, default: []].append(row)
      }
      for file in order {
        let rows = byFile[file]!
        let located =
          FileManager.default.fileExists(atPath: file) || file.hasPrefix("/")
          ? file : folder + "/" + file
        let text: TextFile
        do { text = try TextFile.read(path: located) } catch {
          for row in rows {
            problems.append(.init(line: corpus.lines[row], reason: "\(file): \(error)"))
          }
          continue
        }
        let labeled = labeller.label(text)
        var unitAt: [Int: Int] = [:]
        for (i, u) in labeled.units.enumerated() { unitAt[u.start << 32 | u.end] = i }
        for row in rows {
          guard let start = Int(starts[row]), let end = Int(ends[row]),
            let i = unitAt[start << 32 | end]
          else {
            problems.append(
              .init(
                line: corpus.lines[row],
                reason: "no unit of \(file) spans bytes \(starts[row])-\(ends[row]) as classify"
                  + " cuts it (rows must come from classify --format csv or --uncertain)"))
            continue
          }
          for c in 0..<k { probabilities[row * k + c] = labeled.probabilities[i * k + c] }
        }
      }
      if !problems.isEmpty { throw ClassifierError.badRows(path: path, problems: problems) }
      groups = order.map { byFile[$0]! }
    } else {
      probabilities = model.probabilities(for: Array(corpus.texts))
      if let articles = corpus.columns["article"] { groups = ShareError.groups(of: articles) }
    }
    let predicted = model.argmax(probabilities)
    let metrics = Metrics(
      labels: model.labels, gold: corpus.labels, predicted: predicted,
      probabilities: probabilities)
    let shareError = groups.flatMap {
      ShareError(articles: $0, gold: corpus.labels, predicted: predicted, classCount: k)
    }
    return GoldEvaluation(
      path: path, metrics: metrics, shareError: shareError, gold: corpus.labels,
      predicted: predicted)
  }

  /// The classifier's error as measured here, for the intervals (`nil` without articles).
  public var classifierError: ClassifierErrorEstimate? {
    shareError.map {
      ClassifierErrorEstimate(
        shareError: $0, source: "your labelled sample (\(path))", macroF1: metrics.macroF1)
    }
  }
}
