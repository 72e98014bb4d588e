import Classifier
import Foundation

extension LabelQuality {
  /// A short plain-text report naming lines of `corpus`.
  public func report(corpus: LabeledCorpus, limit: Int = 5) -> String {
    func line(_ row: Int) -> String {
      "\(corpus.path):\(corpus.lines[row]) [\(corpus.labelNames[corpus.labels[row]])] \(corpus.texts[row].prefix(80))"
    }
    var out =
      "label quality: \(conflictingDuplicates.count) duplicate texts with conflicting labels, "
      + "\(nearDuplicates.count) near-duplicate groups, \(likelyErrors.count) likely label errors"
      + " (out-of-fold prediction disagrees with p ≥ \(confidentThreshold))\n"
    for g in conflictingDuplicates.prefix(limit) {
      out += "  conflict: " + g.rows.map(line).joined(separator: "\n            ") + "\n"
    }
    for g in nearDuplicates.prefix(limit) {
      out +=
        "  near-duplicate: " + g.rows.map(line).joined(separator: "\n                  ") + "\n"
    }
    for e in likelyErrors.prefix(limit) {
      out +=
        "  likely error: " + line(e.row) + " → model says \(corpus.labelNames[e.predicted])"
        + String(format: " (%.2f)", e.probability) + "\n"
    }
    return out
  }
}
