import Foundation

/// How far an article's predicted label shares fall from its true ones, over a set of
/// labelled articles: the classifier's own error in the figure analysts read.
public struct ShareError: Sendable, Equatable {
  /// Articles measured (those with at least ``minimumUnits`` units).
  public var articles: Int
  /// Mean total variation distance between predicted and true shares (half the sum over
  /// labels of the share differences: the share of units that would change label).
  public var meanDistance: Double
  /// The largest such distance.
  public var worstDistance: Double
  /// Per label, the root mean square of (predicted share − true share) over the articles:
  /// the standard deviation of the classifier's error in that label's share.
  public var rmse: [Double]

  /// Articles with fewer units than this are left out (their shares are mostly noise).
  public static let minimumUnits = 5

  /// The share error of the articles given as groups of rows, with each row's true and
  /// predicted label; `nil` when no article has ``minimumUnits`` units.
  public init?(articles groups: [[Int]], gold: [Int], predicted: [Int], classCount k: Int) {
    var distances: [Double] = []
    var squares = [Double](repeating: 0, count: k)
    for rows in groups where rows.count >= ShareError.minimumUnits {
      var g = [Double](repeating: 0, count: k)
      var p = [Double](repeating: 0, count: k)
      for r in rows {
        g[gold[r]] += 1
        p[predicted[r]] += 1
      }
      let n = Double(rows.count)
      var distance = 0.0
      for c in 0..<k {
        let d = (p[c] - g[c]) / n
        distance += abs(d) / 2
        squares[c] += d * d
      }
      distances.append(distance)
    }
    guard !distances.isEmpty else { return nil }
    articles = distances.count
    meanDistance = distances.reduce(0, +) / Double(distances.count)
    worstDistance = distances.max()!
    rmse = squares.map { ($0 / Double(distances.count)).squareRoot() }
  }

  public init(articles: Int, meanDistance: Double, worstDistance: Double, rmse: [Double]) {
    self.articles = articles
    self.meanDistance = meanDistance
    self.worstDistance = worstDistance
    self.rmse = rmse
  }

  /// Rows grouped by the value of `column` (empty values left out), in first-seen order.
  public static func groups(of column: [String]) -> [[Int]] {
    var index: [String: Int] = [:]
    var groups: [[Int]] = []
    for (row, value) in column.enumerated() where !value.isEmpty {
      if let g = index[value] {
        groups[g].append(row)
      } else {
        index[value] = groups.count
        groups.append([row])
      }
    }
    return groups
  }

  /// The facts stored in a model's training metadata (`cv_share_error.*`).
  public func facts(labels: [String], prefix: String) -> [String: String] {
    var out = [
      prefix + ".articles": String(articles),
      prefix + ".mean": String(format: "%.4f", meanDistance),
      prefix + ".worst": String(format: "%.4f", worstDistance),
    ]
    for (c, label) in labels.enumerated() {
      out[prefix + ".rmse." + label] = String(format: "%.4f", rmse[c])
    }
    return out
  }

  /// The share error stored under `prefix` in a model's training facts, if any.
  public init?(facts: [String: String], labels: [String], prefix: String) {
    guard let articles = facts[prefix + ".articles"].flatMap(Int.init),
      let mean = facts[prefix + ".mean"].flatMap(Double.init),
      let worst = facts[prefix + ".worst"].flatMap(Double.init)
    else { return nil }
    let rmse = labels.compactMap { facts[prefix + ".rmse." + $0].flatMap(Double.init) }
    guard rmse.count == labels.count else { return nil }
    self.init(articles: articles, meanDistance: mean, worstDistance: worst, rmse: rmse)
  }
}
