import Classifier
import Foundation
import Labelling

extension Analysis {
  /// The profiles, comparison and evidence as one JSON document (schema in the README),
  /// with sorted keys; the articles are written one by one, so the document's cost grows
  /// with the articles and nothing else.
  public func jsonDocument(modelPath: String) throws -> String {
    let articleProfiles = articleProfiles()
    let outletProfiles = outletProfiles()
    var out = ""
    let reprints = self.reprints()
    let keys = [
      "actors", "aligned", "articles", "comparison", "evidence", "model", "options", "outlets",
      "periods", "reprints",
      "schema",
    ]
    JSONValue.writeObject(keys: keys, to: &out, indent: 0) { key, out in
      switch key {
      case "actors":
        if actors != nil {
          JSONValue.object([
            "min_units": .int(options.actorMinimumUnits),
            "note": .string(ActorProfile.note),
            "rows": .array(
              actorProfiles().map { row in
                var p = profileValue(row.profile)
                p["outlet"] = .string(row.outlet)
                p["actor"] = .string(row.actor)
                p["kind"] = .string(row.kind.rawValue)
                return .object(p)
              }),
          ]).write(to: &out, indent: 2)
        } else {
          out += "null"
        }
      case "aligned":
        let groups = alignedGroups(excluding: reprints)
        JSONValue.writeArray(count: groups.count, to: &out, indent: 2) { i, out in
          let g = groups[i]
          JSONValue.object([
            "kind": .string(g.kind.rawValue), "outlets": .int(g.outlets),
            "labels": .int(g.labels), "divergence": .finite(g.divergence),
            "units": .array(
              g.members.map { m in
                var v = rowFields(m.article, articles[m.article].records[m.record])
                v["probabilities"] = .object(
                  Dictionary(
                    uniqueKeysWithValues: zip(
                      labels,
                      articles[m.article].records[m.record].unit.probabilities.map { .finite($0) }))
                )
                return .object(v)
              }),
          ]).write(to: &out, indent: 4)
        }
      case "articles":
        JSONValue.writeArray(count: articles.count, to: &out, indent: 2) { i, out in
          let article = articles[i]
          var p = profileValue(articleProfiles[i])
          p["file"] = .string(article.input.id)
          p["outlet"] = .string(article.input.outlet)
          p["date"] = .string(article.input.date)
          p["title"] = .string(article.input.title)
          p["all_units"] = .int(article.records.count)
          JSONValue.object(p).write(to: &out, indent: 4)
        }
      case "comparison":
        if let comparison = comparison(excluding: reprints) {
          JSONValue.object([
            "test": .string("chi-square"), "statistic": .finite(comparison.statistic),
            "df": .int(comparison.degreesOfFreedom),
            "p_value": .finite(comparison.pValue), "cramers_v": .finite(comparison.cramersV),
            "warnings": .array(comparison.warnings.map { .string($0) }),
          ]).write(to: &out, indent: 2)
        } else {
          out += "null"
        }
      case "evidence":
        JSONValue.array(
          evidence().map { e in
            .object([
              "outlet": .string(e.outlet), "label": .string(labels[e.label]),
              "most_confident": .array(e.mostConfident.map { rowValue($0.article, $0.record) }),
              "borderline": .array(e.borderline.map { rowValue($0.article, $0.record) }),
            ])
          }
        ).write(to: &out, indent: 2)
      case "model":
        let p = provenance
        func number(_ x: Double?) -> JSONValue { x.map { .finite($0) } ?? .null }
        var error: JSONValue = .null
        if let e = classifierError {
          error = .object([
            "source": .string(e.source), "articles": .int(e.shareError.articles),
            "mean_share_error": .finite(e.shareError.meanDistance),
            "worst_share_error": .finite(e.shareError.worstDistance),
            "rmse": .object(
              Dictionary(uniqueKeysWithValues: zip(labels, e.shareError.rmse.map { .finite($0) }))),
            "macro_f1": number(e.macroF1),
          ])
        }
        JSONValue.object([
          "id": .string(modelID), "path": .string(modelPath),
          "labels": .array(labels.map { .string($0) }),
          "trained_on": .object([
            "rows": p.rows.map { .int($0) } ?? .null, "description": .string(p.description),
          ]),
          "cross_validated_macro_f1": number(p.crossValidatedMacroF1),
          "cross_validation": .string(p.crossValidation),
          "test_macro_f1": number(p.testMacroF1), "test_file": .string(p.testFile),
          "gold_macro_f1": number(p.goldMacroF1), "gold_file": .string(p.goldFile),
          "classifier_error": error,
          "adjustment": adjustment.map {
            .object([
              "method": .string("adjusted classify-and-count (Forman 2008)"),
              "rates_from": .string($0.source),
              "assumption": .string(
                "the labelled sample and the articles differ only in their label mix; when"
                  + " the kind of text differs, adjusted shares can be further off than raw ones"),
            ])
          } ?? .null,
          "notes": .array(p.lines.map { .string($0) }),
        ]).write(to: &out, indent: 2)
      case "options":
        JSONValue.object([
          "include_furniture": .bool(options.includeFurniture),
          "min_confidence": options.minConfidence.map { .number($0) } ?? .null,
          "explain": .int(options.explain),
          "evidence": .int(options.evidenceCount),
        ]).write(to: &out, indent: 2)
      case "outlets":
        JSONValue.array(
          outletProfiles.map { profile in
            var p = profileValue(profile)
            p["outlet"] = .string(profile.name)
            return .object(p)
          }
        ).write(to: &out, indent: 2)
      case "periods":
        if let periods = periodProfiles(options.period) {
          JSONValue.object([
            "period": .string(periods.period.rawValue),
            "undated_articles": .int(periods.undated),
            "rows": .array(
              periods.rows.map { row in
                var p = profileValue(row.profile)
                p["outlet"] = .string(row.outlet)
                p["start"] = .string(row.start)
                p["too_few_units"] = .bool(row.tooFew)
                return .object(p)
              }),
          ]).write(to: &out, indent: 2)
        } else {
          out += "null"
        }
      case "reprints":
        JSONValue.array(
          reprints.map { r in
            let a = articles[r.first]
            let b = articles[r.second]
            func unit(_ article: ArticleResult, _ index: Int) -> JSONValue {
              let u = article.records[index].unit.unit
              return .object([
                "index": .int(index), "start": .int(u.start), "end": .int(u.end),
                "text": .string(article.input.file.text(from: u.start, to: u.end)),
              ])
            }
            return .object([
              "files": .array([.string(a.input.id), .string(b.input.id)]),
              "outlets": .array([.string(a.input.outlet), .string(b.input.outlet)]),
              "shared_units": .array(
                r.shared.map { s in
                  .object([
                    "first": unit(a, s.first), "second": unit(b, s.second),
                    "similarity": .finite(s.similarity),
                  ])
                }),
              "counted": .string("once, in the first article, in the comparison"),
            ])
          }
        ).write(to: &out, indent: 2)
      default:
        JSONValue.string("framing-profiles/1").write(to: &out)
      }
    }
    return out + "\n"
  }

  func estimateValue(_ e: Estimate) -> JSONValue {
    .object(["value": .finite(e.value), "low": .finite(e.low), "high": .finite(e.high)])
  }

  func profileValue(_ p: FramingProfile) -> [String: JSONValue] {
    func byLabel<T>(_ values: [T], _ f: (T) -> JSONValue) -> JSONValue {
      .object(Dictionary(uniqueKeysWithValues: zip(labels, values.map(f))))
    }
    return [
      "articles": .int(p.articles), "units": .int(p.units),
      "counts": byLabel(p.counts) { .int($0) },
      "shares": byLabel(p.shares, estimateValue),
      "mean_probabilities": byLabel(p.meanProbabilities, estimateValue),
      "interval": .string(p.interval),
      "quoted_counts": byLabel(p.quotedCounts) { .int($0) },
      "own_voice_counts": byLabel(p.ownVoiceCounts) { .int($0) },
      "unknown_token_share": .finite(p.unknownShare),
      "warnings": .array(p.warnings.map { .string($0) }),
    ].merging(
      p.adjustedShares.map { ["adjusted_shares": byLabel($0, estimateValue)] } ?? [:],
      uniquingKeysWith: { a, _ in a })
  }

  func rowValue(_ article: Int, _ r: SentenceRecord) -> JSONValue {
    .object(rowFields(article, r))
  }

  func rowFields(_ article: Int, _ r: SentenceRecord) -> [String: JSONValue] {
    let a = articles[article]
    var fields: [String: JSONValue] = [
      "file": .string(a.input.id), "outlet": .string(a.input.outlet), "index": .int(r.unit.index),
      "start": .int(r.unit.unit.start),
      "end": .int(r.unit.unit.end),
      "text": .string(a.input.file.text(from: r.unit.unit.start, to: r.unit.unit.end)),
      "label": .string(labels[r.unit.label]),
      "probability": .finite(r.unit.probabilities[r.unit.label]),
      "margin": .finite(r.margin),
      "quoted": .bool(r.quoted),
    ]
    if actors != nil { fields["actors"] = .array(r.actors.map { .string($0) }) }
    return fields
  }
}
