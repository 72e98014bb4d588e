import Classifier
import Features
import Foundation

/// All classified articles of one run, grouped by outlet, with their profiles, the
/// comparison across outlets and the evidence sentences.
public struct Analysis: Sendable {
  public let labels: [String]
  public let modelID: String
  public let options: AnalysisOptions
  public private(set) var articles: [ArticleResult] = []
  let builder: ProfileBuilder

  /// The classifier's error that widens the intervals: measured on the user's labels
  /// when given, else the model's own out-of-fold error stored in its file, else none.
  public let classifierError: ClassifierErrorEstimate?
  /// What the model was trained on and how well it scored.
  public var provenance: Provenance
  /// The gazetteer the units' actors were found with, if they were.
  public var actors: ActorGazetteer? = nil

  public init(
    model: FramingModel, modelID: String, options: AnalysisOptions,
    classifierError: ClassifierErrorEstimate? = nil, adjustment: ShareAdjustment? = nil
  ) {
    self.labels = model.labels
    self.modelID = modelID
    self.options = options
    self.classifierError = classifierError ?? Analysis.storedError(of: model)
    self.provenance = Provenance(model: model)
    self.builder = ProfileBuilder(
      labels: model.labels, options: options,
      trainingUnknownShare: model.training["unknown_token_share"].flatMap(Double.init),
      classifierError: self.classifierError, adjustment: adjustment)
    self.adjustment = adjustment
  }

  /// The adjustment of shares for confusion rates (`--adjust`), if asked for.
  public let adjustment: ShareAdjustment?

  /// What the classifier's error does to the figures, in one sentence.
  public var errorLine: String {
    guard let e = classifierError else {
      return "not known for this model (train it with an 'article' column and --cv to measure"
        + " it, or pass --gold): the intervals cover sampling noise only."
    }
    return String(
      format: "an article's label shares are off by %.1f points on average (worst %.1f),"
        + " measured on %d labelled article\(e.shareError.articles == 1 ? "" : "s") by %@;"
        + " every interval below includes it.",
      100 * e.shareError.meanDistance, 100 * e.shareError.worstDistance, e.shareError.articles,
      e.source)
  }

  /// The out-of-fold share error that `train` stored in the model, if any.
  public static func storedError(of model: FramingModel) -> ClassifierErrorEstimate? {
    guard
      let error = ShareError(facts: model.training, labels: model.labels, prefix: "cv_share_error")
    else { return nil }
    let group = model.training["cv_group"].map { $0 == "none" ? "" : " grouped by \($0)" } ?? ""
    return ClassifierErrorEstimate(
      shareError: error,
      source: "\(model.training["cv_folds"] ?? "?")-fold cross-validation\(group) of the training"
        + " corpus",
      macroF1: model.training["cv_macro_f1"].flatMap(Double.init))
  }

  public mutating func add(_ article: ArticleResult) { articles.append(article) }

  /// Outlet names in order of first appearance.
  public var outlets: [String] {
    var seen = Set<String>()
    return articles.map(\.input.outlet).filter { seen.insert($0).inserted }
  }

  public func articleProfiles() -> [FramingProfile] {
    articles.map { builder.profile(name: $0.input.id, articles: [$0]) }
  }

  /// Grouped once, in order of first appearance: linear in the articles, however many
  /// outlets there are.
  public func outletProfiles() -> [FramingProfile] {
    var index: [String: Int] = [:]
    var groups: [(String, [ArticleResult])] = []
    for a in articles {
      if let i = index[a.input.outlet] {
        groups[i].1.append(a)
      } else {
        index[a.input.outlet] = groups.count
        groups.append((a.input.outlet, [a]))
      }
    }
    return groups.map { builder.profile(name: $0.0, articles: $0.1, isOutlet: true) }
  }

  /// Pairs of articles that share several sentences nearly word for word.
  public func reprints() -> [Reprint] { ReprintFinder.find(articles) }

  /// Whether outlets differ, with every unit shared by a reprint counted once (in the
  /// earlier article of the pair), so that a copy does not double its weight.
  public func comparison(excluding reprints: [Reprint]) -> OutletComparison? {
    var skip = Set<Int64>()
    for r in reprints {
      for s in r.shared { skip.insert(Int64(r.second) << 32 | Int64(s.second)) }
    }
    var row: [String: Int] = [:]
    var counts: [[Int]] = []
    for (a, article) in articles.enumerated() {
      let outlet = article.input.outlet
      if row[outlet] == nil {
        row[outlet] = counts.count
        counts.append([Int](repeating: 0, count: labels.count))
      }
      for r in builder.counted(article) where !skip.contains(Int64(a) << 32 | Int64(r.unit.index)) {
        counts[row[outlet]!][r.unit.label] += 1
      }
    }
    return OutletComparison(counts: counts)
  }

  /// For each outlet and label, the most confident and the borderline units.
  public func evidence() -> [Evidence] {
    var result: [Evidence] = []
    var pools: [String: [(Int, SentenceRecord)]] = [:]
    for (i, a) in articles.enumerated() {
      for r in builder.counted(a) where r.unit.unit.kind == .sentence {
        pools[a.input.outlet, default: []].append((i, r))
      }
    }
    for outlet in outlets {
      let pool = pools[outlet] ?? []
      for label in labels.indices {
        let mine = pool.filter { $0.1.unit.label == label }
        let confident = mine.sorted {
          $0.1.unit.probabilities[label] > $1.1.unit.probabilities[label]
        }
        let top = Array(confident.prefix(options.evidenceCount))
        // Borderline sentences other than those already shown as most confident.
        let shown = Set(top.map { "\($0.0)/\($0.1.unit.index)" })
        let borderline = mine.filter { !shown.contains("\($0.0)/\($0.1.unit.index)") }.sorted {
          $0.1.margin < $1.1.margin
        }
        result.append(
          Evidence(
            outlet: outlet, label: label, mostConfident: top,
            borderline: Array(borderline.prefix(options.evidenceCount))))
      }
    }
    return result
  }
}
