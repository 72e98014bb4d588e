import Classifier
import Features

/// The per-sentence output formats of `classify`.
public enum RecordFormat: String, Sendable, CaseIterable {
  /// A readable summary table per file and in total.
  case table
  /// One CSV row per unit, with a header.
  case csv
  /// One JSON object per unit and line.
  case jsonl
}

/// Writes one record per classified unit.
///
/// JSON Lines keys (stable; other tools rely on them): `file`, `index` (0-based position
/// in the file), `start` and `end` (UTF-8 byte offsets in the file, end exclusive),
/// `line` (1-based line of `start`), `kind` (`sentence`, `heading` or `furniture`),
/// `text`, `label`, and `probabilities` (label name → probability). CSV has the same
/// columns, with one `p_<label>` column per label in place of `probabilities`.
public struct UnitRecords: Sendable {
  public let labels: [String]

  public init(labels: [String]) { self.labels = labels }

  /// The CSV header line.
  public var csvHeader: String {
    CSVWriter.row(["file", "index", "start", "end", "line", "kind", "text", "label"] + labels.map { "p_" + $0 })
  }

  /// The record of `unit` of `file` in `format` (csv or jsonl), with its line end.
  public func record(_ unit: ClassifiedUnit, of file: TextFile, displayPath: String, format: RecordFormat) -> String {
    let text = file.text(from: unit.unit.start, to: unit.unit.end)
    switch format {
    case .jsonl:
      var out = "{\"file\":" + JSONText.quoted(displayPath)
      out += ",\"index\":\(unit.index),\"start\":\(unit.unit.start),\"end\":\(unit.unit.end),\"line\":\(unit.line)"
      out += ",\"kind\":\"" + unit.unit.kind.rawValue + "\",\"text\":" + JSONText.quoted(text)
      out += ",\"label\":" + JSONText.quoted(labels[unit.label]) + ",\"probabilities\":{"
      for (k, name) in labels.enumerated() {
        if k > 0 { out += "," }
        out += JSONText.quoted(name) + ":" + JSONText.number(unit.probabilities[k])
      }
      out += "}}\n"
      return out
    case .csv:
      let fields =
        [
          displayPath, String(unit.index), String(unit.unit.start), String(unit.unit.end), String(unit.line),
          unit.unit.kind.rawValue, text, labels[unit.label],
        ] + unit.probabilities.map { JSONText.number($0) }
      return CSVWriter.row(fields)
    case .table:
      return ""
    }
  }
}
