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
  private let builder: ProfileBuilder

  public init(model: FramingModel, modelID: String, options: AnalysisOptions) {
    self.labels = model.labels
    self.modelID = modelID
    self.options = options
    self.builder = ProfileBuilder(
      labels: model.labels, options: options,
      trainingUnknownShare: model.training["unknown_token_share"].flatMap(Double.init))
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

  public func outletProfiles() -> [FramingProfile] {
    outlets.map { o in builder.profile(name: o, articles: articles.filter { $0.input.outlet == o })
    }
  }

  /// For each outlet and label, the most confident and the borderline units.
  public func evidence() -> [Evidence] {
    var result: [Evidence] = []
    for outlet in outlets {
      var pool: [(Int, SentenceRecord)] = []
      for (i, a) in articles.enumerated() where a.input.outlet == outlet {
        for r in builder.counted(a) where r.unit.unit.kind == .sentence { pool.append((i, r)) }
      }
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
