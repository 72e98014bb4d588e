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
  /// The article files the rows were located in (read, never written).
  public var files: [String] = []
  /// What makes these figures less trustworthy than they look.
  public var warnings: [String] = []

  /// Fewest articles whose share error replaces the model's own for the intervals.
  public static let minimumArticles = 10

  public static func evaluate(
    path: String, model: FramingModel, segmentation: Segmentation = .sentences
  ) throws -> GoldEvaluation {
    let corpus = try LabeledCorpus.load(path: path, labelNames: model.labels)
    guard corpus.count > 0 else {
      throw ClassifierError.insufficientData("\(path): no labelled rows to score the model on.")
    }
    let k = model.labels.count
    var probabilities: [Double]
    var groups: [[Int]]? = nil
    var located: [String] = []
    if let files = corpus.columns["file"], let starts = corpus.columns["start"],
      let ends = corpus.columns["end"]
    {
      probabilities = [Double](repeating: 0, count: corpus.count * k)
      var problems: [ClassifierError.RowProblem] = []
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      let labeller = Labeller(model: model, segmentation: segmentation)
      var rowOfUnit: [String: Int] = [:]
      var byFile: [String: [Int]] = [:]
      var order: [String] = []
      for (row, file) in files.enumerated() {
        if byFile[file] == nil { order.append(file) }
        byFile[file, default: []].append(row)
      }
      for file in order {
        let rows = byFile[file]!
        let path =
          FileManager.default.fileExists(atPath: file) || file.hasPrefix("/")
          ? file : folder + "/" + file
        located.append(path)
        let text: TextFile
        var info = stat()
        if stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
          for row in rows {
            problems.append(
              .init(line: corpus.lines[row], reason: "\(file): is not a regular file; not read"))
          }
          continue
        }
        do { text = try TextFile.read(path: path) } catch {
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
                  + " cuts it (rows must come from classify --format csv or --uncertain, with"
                  + " --lines here too if they were made with it)"))
            continue
          }
          // The row's text must still be the file's bytes there: an edited file moves labels.
          let u = labeled.units[i]
          if corpus.texts[row] != text.text(from: u.start, to: u.end) {
            problems.append(
              .init(
                line: corpus.lines[row],
                reason: "the text differs from \(file) at bytes \(u.start)-\(u.end); was the file"
                  + " changed since the rows were written?"))
            continue
          }
          let key = "\(path)#\(u.start)-\(u.end)"
          if let first = rowOfUnit[key] {
            problems.append(
              .init(
                line: corpus.lines[row], reason: "repeats the unit of line \(corpus.lines[first])"))
            continue
          }
          rowOfUnit[key] = row
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
    var evaluation = GoldEvaluation(
      path: path, metrics: metrics, shareError: shareError, gold: corpus.labels,
      predicted: predicted)
    evaluation.files = located
    let k2 = model.labels.count
    for c in 0..<k2 where !corpus.labels.contains(c) {
      evaluation.warnings.append(
        "no unit is labelled '\(model.labels[c])': its F1 counts as 0 in the macro-F1")
    }
    if corpus.count < 50 {
      evaluation.warnings.append("only \(corpus.count) units: its scores are rough")
    }
    let same = zip(corpus.labels, predicted).filter { $0 == $1 }.count
    if corpus.columns["file"] != nil && corpus.count >= 10
      && Double(same) >= 0.95 * Double(corpus.count)
    {
      evaluation.warnings.append(
        "\(Int((100 * Double(same) / Double(corpus.count)).rounded()))% of its labels are the model's"
          + " own: was the label column filled in by hand? (classify --format csv writes the"
          + " model's labels there)")
    }
    if corpus.columns["predicted"] != nil && corpus.columns["margin"] != nil {
      evaluation.warnings.append(
        "its rows look like --uncertain rows, the units the model is least sure of: not a random"
          + " sample, so its figures describe hard units, not typical ones")
    }
    if let e = shareError, e.articles < minimumArticles {
      evaluation.warnings.append(
        "its share error comes from \(e.articles) article\(e.articles == 1 ? "" : "s"); the"
          + " intervals keep the model's own error (they need \(minimumArticles) articles of"
          + " \(ShareError.minimumUnits)+ units)")
    }
    return evaluation
  }

  /// The classifier's error for the intervals: measured here when the sample has at least
  /// ``minimumArticles`` articles, and never below the model's own out-of-fold error
  /// (`stored`, per label) — a small or easy sample must not narrow the intervals; else
  /// `stored` as it is.
  public func classifierError(atLeast stored: ClassifierErrorEstimate?)
    -> ClassifierErrorEstimate?
  {
    guard let measured = shareError, measured.articles >= GoldEvaluation.minimumArticles else {
      return stored
    }
    var error = measured
    var raised = false
    if let stored {
      for c in error.rmse.indices where stored.shareError.rmse[c] > error.rmse[c] {
        error.rmse[c] = stored.shareError.rmse[c]
        raised = true
      }
    }
    return ClassifierErrorEstimate(
      shareError: error,
      source: "your labelled sample (\(path))"
        + (raised ? ", never below the model's own out-of-fold error" : ""),
      macroF1: metrics.macroF1)
  }
}
