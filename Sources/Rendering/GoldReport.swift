import Classifier
import Foundation
import Labelling

/// The text and JSON of `classify --gold` without articles: how the model in use scores
/// on the user's labels.
public enum GoldReport {
  public static func text(_ e: GoldEvaluation, modelPath: String) -> String {
    var out = "model \(modelPath) on your labels \(e.path) (\(e.metrics.count) units):\n"
    out += e.metrics.report()
    if let s = e.shareError {
      out +=
        "\nshare error per article (\(s.articles) articles of ≥ \(ShareError.minimumUnits) units):"
        + String(
          format: " mean %.1f, worst %.1f points; RMSE per label: ", 100 * s.meanDistance,
          100 * s.worstDistance)
        + zip(e.metrics.labels, s.rmse).map { "\($0) " + String(format: "%.1f", 100 * $1) }
        .joined(separator: ", ") + "\n"
    } else {
      out +=
        "\nno share error: the rows are not grouped in articles (give rows of classify --format"
        + " csv, or an article column, with at least \(ShareError.minimumUnits) units per article)\n"
    }
    for w in e.warnings { out += "warning: \(w)\n" }
    return out
  }

  public static func json(_ e: GoldEvaluation, modelPath: String) throws -> Data {
    var document: [String: Any] = [
      "gold": e.path, "model": modelPath, "metrics": e.metrics.dictionary,
      "warnings": e.warnings,
    ]
    if let s = e.shareError {
      document["share_error"] =
        [
          "articles": s.articles, "mean": s.meanDistance, "worst": s.worstDistance,
          "rmse": Dictionary(uniqueKeysWithValues: zip(e.metrics.labels, s.rmse)),
        ] as [String: Any]
    }
    return try JSONSerialization.data(
      withJSONObject: document, options: [.sortedKeys, .prettyPrinted])
  }
}
