import Features
import Foundation

/// Naive Bayes scaling of the feature columns before the regression (the NB-LR of Wang and
/// Manning, 2012, extended to several classes), folded into the weights afterwards.
extension Trainer {
  /// The scale of each column of `x`: how much more often the feature is present in one
  /// class's rows than in the others', at most over the classes,
  /// ```
  /// s_j = max_c | ln( (p_cj / Σ_j p_cj) / (q_cj / Σ_j q_cj) ) |
  /// ```
  /// with `p_cj = 1 +` the rows of class `c` where column `j` is non-zero and `q_cj` the
  /// same over the rows of the other classes. A column seen as often in every class scales
  /// to near 0; one that tells the classes apart keeps its weight's room under the penalty.
  ///
  /// - Complexity: O(non-zeros of `x` + columns × classes).
  public static func nbScales(_ x: SparseMatrix, labels: [Int], classCount: Int) -> [Double] {
    precondition(labels.count == x.rowCount, "one label per row")
    let n = x.columnCount
    var present = [Double](repeating: 0, count: n * classCount)
    var total = [Double](repeating: 0, count: n)
    for r in 0..<x.rowCount {
      let c = labels[r]
      for k in x.rowStarts[r]..<x.rowStarts[r + 1] where x.values[k] != 0 {
        let j = Int(x.columns[k])
        present[j * classCount + c] += 1
        total[j] += 1
      }
    }
    var pSums = [Double](repeating: 0, count: classCount)
    var qSums = [Double](repeating: 0, count: classCount)
    for j in 0..<n {
      for c in 0..<classCount {
        pSums[c] += 1 + present[j * classCount + c]
        qSums[c] += 1 + total[j] - present[j * classCount + c]
      }
    }
    var scales = [Double](repeating: 0, count: n)
    for j in 0..<n {
      var best = 0.0
      for c in 0..<classCount {
        let p = (1 + present[j * classCount + c]) / pSums[c]
        let q = (1 + total[j] - present[j * classCount + c]) / qSums[c]
        best = max(best, abs(log(p / q)))
      }
      scales[j] = best
    }
    return scales
  }

  /// `x` with column `j` multiplied by `scales[j]`.
  static func scaled(_ x: SparseMatrix, by scales: [Double]) -> SparseMatrix {
    var out = x
    for k in out.values.indices {
      out.values[k] = Float(Double(out.values[k]) * scales[Int(out.columns[k])])
    }
    return out
  }

  /// The regression fitted on scaled columns, as one on the original columns: each weight
  /// times its column's scale, so that classifying and explaining need no scales.
  static func folded(_ r: SoftmaxRegression, scales: [Double]) -> SoftmaxRegression {
    var weights = r.weights
    for j in 0..<r.featureCount {
      for c in 0..<r.classCount { weights[j * r.classCount + c] *= scales[j] }
    }
    return SoftmaxRegression(
      featureCount: r.featureCount, classCount: r.classCount, weights: weights, bias: r.bias)
  }
}
