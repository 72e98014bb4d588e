import Features
import Foundation
import FramingSupport

/// Out-of-fold results of a cross-validation.
public struct CrossValidationResult: Sendable {
  /// Metrics over all out-of-fold predictions together.
  public var pooled: Metrics
  /// Metrics of each fold.
  public var folds: [Metrics]
  /// Out-of-fold probabilities, row-major, in corpus row order.
  public var probabilities: [Double]
  /// Out-of-fold predicted class of each row.
  public var predictions: [Int]
  /// Folds whose training part lacks a class, which that fold's model then never
  /// predicts (grouped folds can do this when a class sits in few groups).
  public var warnings: [String] = []

  /// Mean and standard deviation across folds of `value`.
  public func spread(_ value: (Metrics) -> Double) -> (mean: Double, std: Double) {
    let xs = folds.map(value)
    let mean = xs.reduce(0, +) / Double(xs.count)
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, xs.count - 1))
    return (mean, variance.squareRoot())
  }
}
