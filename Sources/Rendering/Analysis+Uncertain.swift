import Features
import Labelling

extension Analysis {
  /// The `count` sentences and headings with the smallest margin between their two most
  /// probable labels, as CSV with the columns of data/labels.csv (`text,label,topic,style`)
  /// and the label left empty for an annotator; `topic` holds the outlet.
  public func leastCertain(_ count: Int) -> String {
    var pool: [(SentenceRecord, ArticleResult)] = []
    for a in articles {
      for r in a.records where !r.isFurniture { pool.append((r, a)) }
    }
    pool.sort {
      $0.0.margin != $1.0.margin ? $0.0.margin < $1.0.margin : $0.0.unit.index < $1.0.unit.index
    }
    var out = CSVWriter.row(["text", "label", "topic", "style"])
    var seen = Set<String>()
    for (r, a) in pool {
      guard seen.count < count else { break }
      let text = a.input.file.text(from: r.unit.unit.start, to: r.unit.unit.end)
        .split(whereSeparator: \.isNewline).joined(separator: " ")
      guard seen.insert(text).inserted else { continue }
      out += CSVWriter.row([text, "", a.input.outlet, ""])
    }
    return out
  }
}
