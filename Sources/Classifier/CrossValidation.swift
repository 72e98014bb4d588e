import FramingSupport

/// Splits of row indices into training and validation folds.
public enum CrossValidation {
  /// `k` folds that keep each class's share about equal in every fold: the rows of each
  /// class are shuffled with `seed` and dealt to the folds in turn.
  ///
  /// - Returns: for each fold, the validation row indices (sorted).
  public static func stratifiedFolds(labels: [Int], k: Int, seed: UInt64) -> [[Int]] {
    precondition(k >= 2)
    var rng = SplitMix64(seed: seed)
    var byClass: [Int: [Int]] = [:]
    for (i, y) in labels.enumerated() { byClass[y, default: []].append(i) }
    var folds = [[Int]](repeating: [], count: k)
    var next = 0
    for y in byClass.keys.sorted() {
      var rows = byClass[y]!
      rng.shuffle(&rows)
      for row in rows {
        folds[next].append(row)
        next = (next + 1) % k
      }
    }
    return folds.map { $0.sorted() }
  }

  /// `k` folds in which no group is split: groups, largest first (ties by name), go to
  /// the fold with the fewest rows so far, as scikit-learn's `GroupKFold`.
  ///
  /// - Returns: for each fold, the validation row indices (sorted); `nil` when there are
  ///   fewer groups than folds.
  public static func groupedFolds(groups: [String], k: Int) -> [[Int]]? {
    precondition(k >= 2)
    var rowsOf: [String: [Int]] = [:]
    for (i, g) in groups.enumerated() { rowsOf[g, default: []].append(i) }
    guard rowsOf.count >= k else { return nil }
    let ordered = rowsOf.keys.sorted { a, b in
      let (na, nb) = (rowsOf[a]!.count, rowsOf[b]!.count)
      return na != nb ? na > nb : a < b
    }
    var folds = [[Int]](repeating: [], count: k)
    for g in ordered {
      var target = 0
      for f in 1..<k where folds[f].count < folds[target].count { target = f }
      folds[target].append(contentsOf: rowsOf[g]!)
    }
    return folds.map { $0.sorted() }
  }

  /// The training rows of fold `fold`: every row not in it.
  public static func trainingRows(count: Int, folds: [[Int]], fold: Int) -> [Int] {
    var inFold = [Bool](repeating: false, count: count)
    for i in folds[fold] { inFold[i] = true }
    return (0..<count).filter { !inFold[$0] }
  }
}
