import Features
import Foundation
import FramingSupport

/// A multinomial (softmax) logistic regression over sparse features.
///
/// For a row `x` the class scores are `z = Wᵀx + b` and the probabilities
/// ```
/// p(k | x) = exp(z_k) / Σ_j exp(z_j)
/// ```
/// computed through log-sum-exp so that no exponential overflows.
public struct SoftmaxRegression: Sendable, Equatable {
  /// Number of input features.
  public let featureCount: Int
  /// Number of classes (≥ 2).
  public let classCount: Int
  /// Weights, feature-major: the weight of feature `j` for class `k` is
  /// `weights[j * classCount + k]`.
  public var weights: [Double]
  /// One intercept per class.
  public var bias: [Double]

  /// A model with all weights and intercepts zero.
  public init(featureCount: Int, classCount: Int) {
    precondition(classCount >= 2 && featureCount >= 0)
    self.featureCount = featureCount
    self.classCount = classCount
    self.weights = [Double](repeating: 0, count: featureCount * classCount)
    self.bias = [Double](repeating: 0, count: classCount)
  }

  /// A model from its parameters.
  public init(featureCount: Int, classCount: Int, weights: [Double], bias: [Double]) {
    precondition(weights.count == featureCount * classCount && bias.count == classCount)
    self.featureCount = featureCount
    self.classCount = classCount
    self.weights = weights
    self.bias = bias
  }

  /// The class scores `z` of row `row` of `matrix`, written to `scores`.
  ///
  /// - Complexity: O(entries in the row × classes).
  @inline(__always)
  public func scores(
    row: Int, of matrix: SparseMatrix, into scores: UnsafeMutableBufferPointer<Double>
  ) {
    let k = classCount
    for c in 0..<k { scores[c] = bias[c] }
    weights.withUnsafeBufferPointer { w in
      matrix.columns.withUnsafeBufferPointer { columns in
        matrix.values.withUnsafeBufferPointer { values in
          for e in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
            let v = Double(values[e])
            let base = Int(columns[e]) * k
            for c in 0..<k { scores[c] += v * w[base + c] }
          }
        }
      }
    }
  }

  /// Class probabilities of every row, row-major (`rows × classCount`).
  ///
  /// - Complexity: O(entries × classes); large inputs use every core.
  public func probabilities(for matrix: SparseMatrix) -> [Double] {
    precondition(
      matrix.columnCount == featureCount,
      "matrix has \(matrix.columnCount) columns, model \(featureCount)")
    let k = classCount
    var out = [Double](repeating: 0, count: matrix.rowCount * k)
    let rows = Parallel.chunks(count: matrix.rowCount, chunkSize: 4096)
    out.withUnsafeMutableBufferPointer { buffer in
      let parts = rows.map { ($0.lowerBound * k)..<($0.upperBound * k) }
      Parallel.forEachDisjoint(parts, of: buffer) { part, block in
        for i in 0..<(part.count / k) {
          let slice = UnsafeMutableBufferPointer(rebasing: block[(i * k)..<(i * k + k)])
          scores(row: part.lowerBound / k + i, of: matrix, into: slice)
          SoftmaxRegression.softmax(slice)
        }
      }
    }
    return out
  }

  /// Replaces scores by their softmax, in place, through log-sum-exp; returns the
  /// log-sum-exp.
  @inline(__always)
  @discardableResult
  public static func softmax(_ z: UnsafeMutableBufferPointer<Double>) -> Double {
    var m = -Double.infinity
    for v in z where v > m { m = v }
    var sum: Double = 0
    for c in 0..<z.count {
      let e = (z[c] - m).exp
      z[c] = e
      sum += e
    }
    for c in 0..<z.count { z[c] /= sum }
    return m + sum.logValue
  }
}

extension Double {
  @inline(__always) var exp: Double { Foundation.exp(self) }
  @inline(__always) var logValue: Double { Foundation.log(self) }
}
