import Classifier
import Foundation
import Labelling

extension Analysis {
  /// The profiles, comparison and evidence as one JSON document (schema in the README).
  public func jsonDocument(modelPath: String) throws -> String {
    let articleProfiles = articleProfiles()
    let outletProfiles = outletProfiles()
    var document: [String: Any] = [
      "schema": "framing-profiles/1",
      "model": ["id": modelID, "path": modelPath, "labels": labels],
      "options": [
        "include_furniture": options.includeFurniture,
        "min_confidence": options.minConfidence.map { $0 as Any } ?? NSNull(),
        "explain": options.explain,
        "evidence": options.evidenceCount,
      ] as [String: Any],
      "articles": zip(articles, articleProfiles).map { article, profile in
        var p = profileObject(profile)
        p["file"] = article.input.id
        p["outlet"] = article.input.outlet
        p["date"] = article.input.date ?? NSNull()
        p["title"] = article.input.title ?? NSNull()
        p["all_units"] = article.records.count
        return p
      },
      "outlets": outletProfiles.map { profile in
        var p = profileObject(profile)
        p["outlet"] = profile.name
        return p
      },
      "evidence": evidence().map { e in
        [
          "outlet": e.outlet, "label": labels[e.label],
          "most_confident": e.mostConfident.map { rowObject($0.article, $0.record) },
          "borderline": e.borderline.map { rowObject($0.article, $0.record) },
        ] as [String: Any]
      },
    ]
    if let comparison = OutletComparison(outletProfiles) {
      document["comparison"] =
        [
          "test": "chi-square", "statistic": finite(comparison.statistic),
          "df": comparison.degreesOfFreedom,
          "p_value": finite(comparison.pValue), "cramers_v": finite(comparison.cramersV),
          "warnings": comparison.warnings,
        ] as [String: Any]
    } else {
      document["comparison"] = NSNull()
    }
    let data = try JSONSerialization.data(
      withJSONObject: document, options: [.sortedKeys, .prettyPrinted])
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  func finite(_ x: Double) -> Any { x.isFinite ? x : NSNull() }

  func estimateObject(_ e: Estimate) -> [String: Any] {
    ["value": finite(e.value), "low": finite(e.low), "high": finite(e.high)]
  }

  func profileObject(_ p: FramingProfile) -> [String: Any] {
    func byLabel<T>(_ values: [T], _ f: (T) -> Any) -> [String: Any] {
      Dictionary(uniqueKeysWithValues: zip(labels, values.map(f)))
    }
    return [
      "articles": p.articles, "units": p.units,
      "counts": byLabel(p.counts) { $0 },
      "shares": byLabel(p.shares, estimateObject),
      "mean_probabilities": byLabel(p.meanProbabilities, estimateObject),
      "interval": p.interval,
      "quoted_counts": byLabel(p.quotedCounts) { $0 },
      "own_voice_counts": byLabel(p.ownVoiceCounts) { $0 },
      "unknown_token_share": p.unknownShare,
      "warnings": p.warnings,
    ]
  }

  func rowObject(_ article: Int, _ r: SentenceRecord) -> [String: Any] {
    let a = articles[article]
    return [
      "file": a.input.id, "outlet": a.input.outlet, "index": r.unit.index,
      "start": r.unit.unit.start,
      "end": r.unit.unit.end,
      "text": a.input.file.text(from: r.unit.unit.start, to: r.unit.unit.end),
      "label": labels[r.unit.label], "probability": r.unit.probabilities[r.unit.label],
      "margin": r.margin,
      "quoted": r.quoted,
    ]
  }
}
