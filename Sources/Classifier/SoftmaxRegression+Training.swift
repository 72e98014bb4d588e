import Features
import FramingSupport

extension SoftmaxRegression {
  /// Fits weights and intercepts by minimising, with L-BFGS,
  /// ```
  /// f(W, b) = (1 / S) · [ Σ_i s_i · (logsumexp(z_i) − z_{i,y_i}) + ‖W‖² / (2C) ]
  /// ```
  /// where `z_i = Wᵀx_i + b`, `s_i` is the row weight and `S = Σ s_i`. The intercepts are
  /// not penalised. This is scikit-learn's `LogisticRegression` objective (multinomial,
  /// L2, lbfgs); dividing by `S` changes the scale, not the optimum. L-BFGS is
  /// preconditioned by an estimate of the Hessian's diagonal at the start, which cuts the
  /// iterations several times on TF-IDF features and leaves the optimum and the stopping
  /// rules as they are.
  ///
  /// - Parameters:
  ///   - x: one row per example, `featureCount` columns.
  ///   - labels: class of each row, in `0..<classCount`.
  ///   - classCount: number of classes (≥ 2).
  ///   - progress: called after each iteration with its number, value and gradient norm.
  /// - Returns: the model and the optimiser's result.
  /// - Complexity: per iteration O(entries × classes), on every core, with results that do
  ///   not depend on the number of cores.
  public static func fit(
    _ x: SparseMatrix, labels: [Int], classCount: Int, options: TrainingOptions,
    progress: ((Int, Double, Double) -> Void)? = nil
  ) -> (SoftmaxRegression, LBFGS.Result) {
    fit(.values(x), labels: labels, classCount: classCount, options: options, progress: progress)
  }

  /// ``fit(_:labels:classCount:options:progress:)`` on a matrix of values or of factors
  /// (the same optimum; with factors the values are worked out in `Double` as they are
  /// used instead of read as `Float`, so the last digits of the result differ).
  public static func fit(
    _ x: TrainingMatrix, labels: [Int], classCount: Int, options: TrainingOptions,
    progress: ((Int, Double, Double) -> Void)? = nil
  ) -> (SoftmaxRegression, LBFGS.Result) {
    precondition(labels.count == x.rowCount && classCount >= 2 && options.c > 0)
    BLAS.useSingleThread()
    let objective = SoftmaxObjective(x: x, labels: labels, classCount: classCount, options: options)
    let scaling = objective.inverseCurvature()
    MemoryUse.trace("optimiser ready")
    let result = options.optimizer.minimize(
      objective.evaluate,
      from: [Double](repeating: 0, count: x.columnCount * classCount + classCount),
      scaling: scaling, progress: progress)
    let d = x.columnCount * classCount
    let model = SoftmaxRegression(
      featureCount: x.columnCount, classCount: classCount, weights: Array(result.x[0..<d]),
      bias: Array(result.x[d...]))
    return (model, result)
  }

  /// Row weights for `labels`: all 1, or balanced.
  public static func rowWeights(labels: [Int], classCount: Int, classWeight: ClassWeight)
    -> [Double]
  {
    let weights = classWeights(labels: labels, classCount: classCount, classWeight: classWeight)
    return labels.map { weights[$0] }
  }

  /// The weight of a row of each class: all 1, or balanced (`n / (K · n_k)`, with `K` the
  /// classes present).
  public static func classWeights(labels: [Int], classCount: Int, classWeight: ClassWeight)
    -> [Double]
  {
    switch classWeight {
    case .none:
      return [Double](repeating: 1, count: classCount)
    case .balanced:
      var counts = [Int](repeating: 0, count: classCount)
      for y in labels { counts[y] += 1 }
      let present = counts.filter { $0 > 0 }.count
      let n = Double(labels.count)
      return counts.map { $0 == 0 ? 0 : n / (Double(present) * Double($0)) }
    }
  }
}
