import Features
import Foundation
import FramingSupport
import Labelling

extension Analysis {
  /// The `count` sentences and headings with the smallest margin between their two most
  /// probable labels, as CSV ready to label and feed back: `text,label` first (the label
  /// left empty for the analyst; `train --labels` reads these two), then where the unit is
  /// (`file,start,end,line`: `classify --gold` finds it there), its outlet, and the model's
  /// current label, its probability and the margin to the runner-up.
  public func leastCertain(_ count: Int) -> String {
    var pool: [(SentenceRecord, ArticleResult)] = []
    for a in articles {
      for r in a.records where !r.isFurniture { pool.append((r, a)) }
    }
    pool.sort {
      $0.0.margin != $1.0.margin ? $0.0.margin < $1.0.margin : $0.0.unit.index < $1.0.unit.index
    }
    var out = CSVWriter.row(
      [
        "text", "label", "file", "start", "end", "line", "outlet", "predicted", "probability",
        "margin",
      ])
    var seen = Set<String>()
    for (r, a) in pool {
      guard seen.count < count else { break }
      let text = a.input.file.text(from: r.unit.unit.start, to: r.unit.unit.end)
        .split(whereSeparator: \.isNewline).joined(separator: " ")
      guard seen.insert(text).inserted else { continue }
      out += CSVWriter.row([
        text, "", a.input.id, String(r.unit.unit.start), String(r.unit.unit.end),
        String(r.unit.line), a.input.outlet, labels[r.unit.label],
        String(format: "%.4f", r.unit.probabilities[r.unit.label]),
        String(format: "%.4f", r.margin),
      ])
    }
    return out
  }
}
