import Classifier
import Features

/// The output formats of `classify`.
public enum RecordFormat: String, Sendable, CaseIterable {
  /// Readable profiles per article and outlet.
  case table
  /// One CSV row per unit, with a header.
  case csv
  /// One JSON object per unit and line.
  case jsonl
  /// Profiles, comparison and evidence as one JSON document.
  case json
}

/// Writes one record per classified unit.
///
/// JSON Lines keys (stable; other tools rely on them): `file`, `outlet`, `index` (0-based
/// position in the file), `start` and `end` (UTF-8 byte offsets in the file, end
/// exclusive), `line` (1-based line of `start`), `kind` (`sentence`, `heading` or
/// `furniture`), `text`, `label`, `probabilities` (label name → probability), `flags`
/// (any of `quoted`, `uncertain`, `furniture`), `model` (short id of the model file), and
/// with `--explain K` an `explanation` object. CSV has the same columns, with one
/// `p_<label>` column per label, `quoted` and `uncertain` as true/false, and the
/// explanation as text.
public struct UnitRecords: Sendable {
  public let labels: [String]
  public let modelID: String
  public let explain: Int

  public init(labels: [String], modelID: String, explain: Int = 0) {
    self.labels = labels
    self.modelID = modelID
    self.explain = explain
  }

  /// The CSV header line.
  public var csvHeader: String {
    CSVWriter.row(
      ["file", "outlet", "index", "start", "end", "line", "kind", "text", "label"]
        + labels.map { "p_" + $0 }
        + ["quoted", "uncertain", "model"] + (explain > 0 ? ["explanation"] : []))
  }

  func flags(_ r: SentenceRecord) -> [String] {
    var flags: [String] = []
    if r.quoted { flags.append("quoted") }
    if r.uncertain { flags.append("uncertain") }
    if r.isFurniture { flags.append("furniture") }
    return flags
  }

  /// The record of `r` in `article`, in `format` (csv or jsonl), with its line end.
  public func record(_ r: SentenceRecord, of article: ArticleInput, format: RecordFormat) -> String
  {
    let u = r.unit
    let text = article.file.text(from: u.unit.start, to: u.unit.end)
    switch format {
    case .jsonl:
      var out =
        "{\"file\":" + JSONText.quoted(article.id) + ",\"outlet\":"
        + JSONText.quoted(article.outlet)
      out +=
        ",\"index\":\(u.index),\"start\":\(u.unit.start),\"end\":\(u.unit.end),\"line\":\(u.line)"
      out += ",\"kind\":\"" + u.unit.kind.rawValue + "\",\"text\":" + JSONText.quoted(text)
      out += ",\"label\":" + JSONText.quoted(labels[u.label]) + ",\"probabilities\":{"
      for (k, name) in labels.enumerated() {
        if k > 0 { out += "," }
        out += JSONText.quoted(name) + ":" + JSONText.number(u.probabilities[k])
      }
      out += "},\"flags\":[" + flags(r).map { "\"\($0)\"" }.joined(separator: ",") + "]"
      out += ",\"model\":\"" + modelID + "\""
      if explain > 0, let e = r.explanation {
        let (terms, rest) = e.top(explain)
        out += ",\"explanation\":{\"versus\":" + JSONText.quoted(labels[e.versus])
        out += ",\"logit_difference\":" + JSONText.number(e.logitDifference)
        out +=
          ",\"intercept\":" + JSONText.number(e.intercept) + ",\"rest\":" + JSONText.number(rest)
          + ",\"terms\":["
        out += terms.map { t in
          "{\"term\":" + JSONText.quoted(t.term) + ",\"contribution\":"
            + JSONText.number(t.contribution) + ",\"spans\":["
            + t.spans.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]}"
        }.joined(separator: ",")
        out += "]}"
      }
      out += "}\n"
      return out
    case .csv:
      var fields =
        [
          article.id, article.outlet, String(u.index), String(u.unit.start), String(u.unit.end),
          String(u.line),
          u.unit.kind.rawValue, text, labels[u.label],
        ] + u.probabilities.map { JSONText.number($0) }
      fields += [String(r.quoted), String(r.uncertain), modelID]
      if explain > 0 {
        let terms = r.explanation.map { $0.top(explain).terms } ?? []
        fields.append(
          terms.map { "\($0.term) (\(JSONText.number(($0.contribution * 1000).rounded() / 1000)))" }
            .joined(separator: "; "))
      }
      return CSVWriter.row(fields)
    case .table, .json:
      return ""
    }
  }
}
