import Classifier
import Features

extension Labeller {
  /// Whether the label's evidence sits mainly inside quotation marks: most of the push
  /// towards the label (the positive contributions) comes from n-grams whose occurrences
  /// start inside `quotes`, each counted by the share of its occurrences there.
  static func isQuoted(_ e: Explanation, quotes: [Range<Int>]) -> Bool {
    var inside = 0.0
    var all = 0.0
    for term in e.terms where term.contribution > 0 {
      let share =
        Double(term.spans.filter { s in quotes.contains { $0.contains(s.lowerBound) } }.count)
        / Double(max(1, term.spans.count))
      inside += term.contribution * share
      all += term.contribution
    }
    return all > 0 && inside > 0.5 * all
  }

  /// ``isQuoted(_:quotes:)`` from a unit's feature row, without building its explanation:
  /// `occurrences` are the unit's known n-grams as `column << 1 | inside`. The sums run in
  /// column order rather than by contribution, so a case within 1e-9 of the threshold is
  /// left undecided (`nil`) for the caller to settle with the explanation.
  ///
  /// - Complexity: O(o log o + e · labels) for o occurrences and e row entries.
  func isQuoted(
    row: Int, of features: SparseMatrix, label: Int, probabilities p: UnsafeBufferPointer<Double>,
    occurrences: ArraySlice<UInt64>
  ) -> Bool? {
    let k = model.labels.count
    var versus = label == 0 ? 1 : 0
    for c in 0..<k where c != label && p[c] > p[versus] { versus = c }
    let sorted = occurrences.sorted()
    var inside = 0.0
    var all = 0.0
    var o = 0
    model.regression.weights.withUnsafeBufferPointer { w in
      for e in features.rowStarts[row]..<features.rowStarts[row + 1] {
        let j = Int(features.columns[e])
        while o < sorted.count && Int(sorted[o] >> 1) < j { o += 1 }
        var total = 0
        var within = 0
        while o < sorted.count && Int(sorted[o] >> 1) == j {
          total += 1
          within += Int(sorted[o] & 1)
          o += 1
        }
        let x = Double(features.values[e])
        let contribution = x * (w[j * k + label] - w[j * k + versus])
        guard contribution > 0 else { continue }
        inside += contribution * (Double(within) / Double(max(1, total)))
        all += contribution
      }
    }
    guard all > 0 else { return false }
    let distance = inside - 0.5 * all
    if abs(distance) <= 1e-9 * all { return nil }
    return distance > 0
  }
}
