import Classifier
import Features
import FramingSupport
import Labelling

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
/// explanation as text. With actors found (the default), both gain `actors` after
/// `model`: the actors the unit mentions, in order of first mention (a JSON array; in CSV
/// joined by `;`).
public struct UnitRecords: Sendable {
  public let labels: [String]
  public let modelID: String
  public let explain: Int
  /// Whether rows carry the `actors` column.
  public let actors: Bool
  /// Label names as CSV fields, as JSON strings, and as JSON keys with their colon.
  private let csvLabels: [[UInt8]]
  private let jsonLabels: [[UInt8]]
  private let jsonKeys: [[UInt8]]
  private let csvModel: [UInt8]

  public init(labels: [String], modelID: String, explain: Int = 0, actors: Bool = false) {
    self.labels = labels
    self.modelID = modelID
    self.explain = explain
    self.actors = actors
    func bytes(_ write: (inout RowBytes) -> Void) -> [UInt8] {
      var rows = RowBytes()
      write(&rows)
      return rows.bytes
    }
    csvLabels = labels.map { name in bytes { $0.append(csvField: name) } }
    jsonLabels = labels.map { name in bytes { $0.append(jsonQuoted: name) } }
    jsonKeys = labels.enumerated().map { k, name in
      bytes {
        if k > 0 { $0.append(",") }
        $0.append(jsonQuoted: name)
        $0.append(":")
      }
    }
    csvModel = bytes { $0.append(csvField: modelID) }
  }

  /// The CSV header line.
  public var csvHeader: String {
    CSVWriter.row(
      ["file", "outlet", "index", "start", "end", "line", "kind", "text", "label"]
        + labels.map { "p_" + $0 }
        + ["quoted", "uncertain", "model"] + (actors ? ["actors"] : [])
        + (explain > 0 ? ["explanation"] : []))
  }

  /// The record of `r` in `article`, in `format` (csv or jsonl), with its line end.
  public func record(_ r: SentenceRecord, of article: ArticleInput, format: RecordFormat) -> String
  {
    guard format == .csv || format == .jsonl else { return "" }
    var rows = RowBytes()
    rows.append(rowPrefix(of: article, format: format))
    article.file.bytes.withUnsafeBufferPointer { text in
      r.unit.probabilities.withUnsafeBufferPointer { p in
        appendRow(
          unit: r.unit.unit, line: r.unit.line, label: r.unit.label, probabilities: p,
          quoted: r.quoted, uncertain: r.uncertain, explanation: r.explanation,
          actors: r.actors, text: text, format: format, to: &rows)
      }
    }
    var out: [UInt8] = []
    rows.write(firstIndex: r.unit.index) { out.append(contentsOf: $0) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The rows of the units of `piece` of `article`, in `format` (csv or jsonl), with the
  /// place of each index marked (``RowBytes/write(firstIndex:to:)`` fills it in).
  package func rows(of piece: LabeledPiece, article: ArticleInput, format: RecordFormat)
    -> RowBytes
  {
    var rows = RowBytes()
    guard piece.count > 0 else { return rows }
    let prefix = rowPrefix(of: article, format: format)
    let span = piece.units[piece.count - 1].end - piece.units[0].start
    rows.bytes.reserveCapacity(span * 3 + 1024)
    let k = piece.labelCount
    article.file.bytes.withUnsafeBufferPointer { text in
      piece.probabilities.withUnsafeBufferPointer { all in
        for i in 0..<piece.count {
          rows.append(prefix)
          appendRow(
            unit: piece.units[i], line: piece.lines[i], label: piece.labels[i],
            probabilities: UnsafeBufferPointer(rebasing: all[(i * k)..<(i * k + k)]),
            quoted: piece.quoted[i], uncertain: piece.uncertain[i],
            explanation: piece.explanations.isEmpty ? nil : piece.explanations[i],
            actors: piece.actors.isEmpty ? [] : piece.actors[i], text: text, format: format,
            to: &rows)
        }
      }
    }
    return rows
  }

  /// The bytes every row of `article` starts with, up to its index.
  func rowPrefix(of article: ArticleInput, format: RecordFormat) -> [UInt8] {
    var rows = RowBytes()
    switch format {
    case .jsonl:
      rows.append("{\"file\":")
      rows.append(jsonQuoted: article.id)
      rows.append(",\"outlet\":")
      rows.append(jsonQuoted: article.outlet)
      rows.append(",\"index\":")
    case .csv:
      rows.append(csvField: article.id)
      rows.append(",")
      rows.append(csvField: article.outlet)
      rows.append(",")
    case .table, .json: break
    }
    return rows.bytes
  }

  /// Appends the rest of a row after its index (whose place it marks), in `format` (csv
  /// or jsonl), with its line end; `text` is the article's file.
  func appendRow(
    unit: TextUnit, line: Int, label: Int, probabilities: UnsafeBufferPointer<Double>,
    quoted: Bool, uncertain: Bool, explanation: Explanation?, actors names: [String],
    text: UnsafeBufferPointer<UInt8>, format: RecordFormat, to rows: inout RowBytes
  ) {
    rows.markIndex()
    switch format {
    case .jsonl:
      rows.append(",\"start\":")
      rows.append(int: unit.start)
      rows.append(",\"end\":")
      rows.append(int: unit.end)
      rows.append(",\"line\":")
      rows.append(int: line)
      rows.append(",\"kind\":\"")
      rows.append(kind: unit.kind)
      rows.append("\",\"text\":")
      RowBytes.withText(text, unit.start, unit.end) { rows.append(jsonQuoted: $0) }
      rows.append(",\"label\":")
      rows.append(jsonLabels[label])
      rows.append(",\"probabilities\":{")
      for k in labels.indices {
        rows.append(jsonKeys[k])
        rows.append(number: probabilities[k])
      }
      rows.append("},\"flags\":[")
      if quoted { rows.append("\"quoted\"") }
      if uncertain { rows.append(quoted ? ",\"uncertain\"" : "\"uncertain\"") }
      if unit.kind == .furniture {
        rows.append(quoted || uncertain ? ",\"furniture\"" : "\"furniture\"")
      }
      rows.append("],\"model\":\"")
      rows.write(modelID)
      rows.append("\"")
      if actors {
        rows.append(",\"actors\":[")
        for (i, name) in names.enumerated() {
          if i > 0 { rows.append(",") }
          rows.append(jsonQuoted: name)
        }
        rows.append("]")
      }
      if explain > 0, let e = explanation { appendJSON(e, to: &rows) }
      rows.append("}\n")
    case .csv:
      rows.append(",")
      rows.append(int: unit.start)
      rows.append(",")
      rows.append(int: unit.end)
      rows.append(",")
      rows.append(int: line)
      rows.append(",")
      rows.append(kind: unit.kind)
      rows.append(",")
      RowBytes.withText(text, unit.start, unit.end) { rows.append(csvField: $0) }
      rows.append(",")
      rows.append(csvLabels[label])
      for k in labels.indices {
        rows.append(",")
        rows.append(number: probabilities[k])
      }
      rows.append(",")
      rows.append(bool: quoted)
      rows.append(",")
      rows.append(bool: uncertain)
      rows.append(",")
      rows.append(csvModel)
      if actors {
        rows.append(",")
        rows.append(csvField: names.joined(separator: ";"))
      }
      if explain > 0 {
        var field = RowBytes()
        let terms = explanation.map { $0.top(explain).terms } ?? []
        for (i, t) in terms.enumerated() {
          if i > 0 { field.append("; ") }
          field.write(t.term)
          field.append(" (")
          field.append(number: (t.contribution * 1000).rounded() / 1000)
          field.append(")")
        }
        rows.append(",")
        field.bytes.withUnsafeBufferPointer { rows.append(csvField: $0) }
      }
      rows.append("\n")
    case .table, .json:
      break
    }
  }

  /// Appends `,"explanation":{...}` for the top ``explain`` terms of `e`.
  private func appendJSON(_ e: Explanation, to rows: inout RowBytes) {
    let (terms, rest) = e.top(explain)
    rows.append(",\"explanation\":{\"versus\":")
    rows.append(jsonLabels[e.versus])
    rows.append(",\"logit_difference\":")
    rows.append(number: e.logitDifference)
    rows.append(",\"intercept\":")
    rows.append(number: e.intercept)
    rows.append(",\"rest\":")
    rows.append(number: rest)
    rows.append(",\"terms\":[")
    for (i, t) in terms.enumerated() {
      if i > 0 { rows.append(",") }
      rows.append("{\"term\":")
      rows.append(jsonQuoted: t.term)
      rows.append(",\"contribution\":")
      rows.append(number: t.contribution)
      rows.append(",\"spans\":[")
      for (j, span) in t.spans.enumerated() {
        rows.append(j > 0 ? ",[" : "[")
        rows.append(int: span.lowerBound)
        rows.append(",")
        rows.append(int: span.upperBound)
        rows.append("]")
      }
      rows.append("]}")
    }
    rows.append("]}")
  }
}

extension RowBytes {
  /// Appends the name of `kind`.
  mutating func append(kind: UnitKind) {
    switch kind {
    case .sentence: append("sentence")
    case .heading: append("heading")
    case .furniture: append("furniture")
    }
  }
}
