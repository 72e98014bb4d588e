import Features

/// How rows are weighted in the loss.
public enum ClassWeight: String, Sendable, CaseIterable {
  /// Every row weighs 1.
  case none
  /// A row of class `k` weighs `n / (K · n_k)`, as scikit-learn's `class_weight="balanced"`.
  case balanced
}

/// Options of ``SoftmaxRegression/fit(_:labels:classCount:options:progress:)``.
public struct TrainingOptions: Sendable {
  /// Inverse regularisation strength `C` (> 0): larger fits the data more closely.
  public var c: Double = 1
  /// Row weighting.
  public var classWeight: ClassWeight = .none
  /// The optimiser and its stopping rules.
  public var optimizer = LBFGS()

  public init() {}
}

extension SoftmaxRegression {
  /// Fits weights and intercepts by minimising, with L-BFGS,
  /// ```
  /// f(W, b) = (1 / S) · [ Σ_i s_i · (logsumexp(z_i) − z_{i,y_i}) + ‖W‖² / (2C) ]
  /// ```
  /// where `z_i = Wᵀx_i + b`, `s_i` is the row weight and `S = Σ s_i`. The intercepts are
  /// not penalised. This is scikit-learn's `LogisticRegression` objective (multinomial,
  /// L2, lbfgs); dividing by `S` changes the scale, not the optimum.
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
    precondition(labels.count == x.rowCount && classCount >= 2 && options.c > 0)
    BLAS.useSingleThread()
    let objective = SoftmaxObjective(x: x, labels: labels, classCount: classCount, options: options)
    let start = [Double](repeating: 0, count: x.columnCount * classCount + classCount)
    let result = options.optimizer.minimize(objective.evaluate, from: start, progress: progress)
    let d = x.columnCount * classCount
    let model = SoftmaxRegression(
      featureCount: x.columnCount, classCount: classCount, weights: Array(result.x[0..<d]),
      bias: Array(result.x[d...]))
    return (model, result)
  }

  /// Row weights for `labels`: all 1, or balanced.
  public static func rowWeights(labels: [Int], classCount: Int, classWeight: ClassWeight) -> [Double] {
    switch classWeight {
    case .none:
      return [Double](repeating: 1, count: labels.count)
    case .balanced:
      var counts = [Int](repeating: 0, count: classCount)
      for y in labels { counts[y] += 1 }
      let present = counts.filter { $0 > 0 }.count
      let n = Double(labels.count)
      return labels.map { n / (Double(present) * Double(counts[$0])) }
    }
  }
}

/// The training objective and its gradient, evaluated in fixed chunks so that the sums
/// are added in the same order whatever the number of threads.
struct SoftmaxObjective {
  let x: SparseMatrix
  let xt: SparseMatrix
  let labels: [Int]
  let weights: [Double]
  let totalWeight: Double
  let classCount: Int
  let c: Double
  let rowChunks: [Range<Int>]
  let columnChunks: [Range<Int>]

  init(x: SparseMatrix, labels: [Int], classCount: Int, options: TrainingOptions) {
    self.x = x
    self.xt = x.transposed()
    self.labels = labels
    self.weights = SoftmaxRegression.rowWeights(labels: labels, classCount: classCount, classWeight: options.classWeight)
    self.totalWeight = weights.reduce(0, +)
    self.classCount = classCount
    self.c = options.c
    self.rowChunks = Parallel.chunks(count: x.rowCount, chunkSize: 8192)
    self.columnChunks = Parallel.chunks(count: x.columnCount, chunkSize: 8192)
  }

  /// The objective at `theta` (weights then intercepts); the gradient goes to `gradient`.
  func evaluate(_ theta: [Double], _ gradient: inout [Double]) -> Double {
    let k = classCount
    let d = x.columnCount
    let n = x.rowCount
    var residual = [Double](repeating: 0, count: n * k)
    // Pass 1, over rows: scores, probabilities, loss, residuals s_i (p_i − e_{y_i}).
    let partials: [(Double, [Double])] = theta.withUnsafeBufferPointer { t in
      residual.withUnsafeMutableBufferPointer { r in
        let shared = (t: UnsafeSendableBuffer(t), r: SharedBuffer(r))
        return Parallel.map(rowChunks) { range in
          var loss: Double = 0
          var biasGradient = [Double](repeating: 0, count: k)
          let t = shared.t.buffer
          let r = shared.r.buffer
          x.columns.withUnsafeBufferPointer { columns in
            x.values.withUnsafeBufferPointer { values in
              for i in range {
                let z = UnsafeMutableBufferPointer(rebasing: r[(i * k)..<(i * k + k)])
                for cl in 0..<k { z[cl] = t[d * k + cl] }
                for e in x.rowStarts[i]..<x.rowStarts[i + 1] {
                  let v = Double(values[e])
                  let base = Int(columns[e]) * k
                  for cl in 0..<k { z[cl] += v * t[base + cl] }
                }
                let y = labels[i]
                let zy = z[y]
                let lse = SoftmaxRegression.softmax(z)
                let s = weights[i]
                loss += s * (lse - zy)
                z[y] -= 1
                for cl in 0..<k {
                  z[cl] *= s
                  biasGradient[cl] += z[cl]
                }
              }
            }
          }
          return (loss, biasGradient)
        }
      }
    }
    var loss: Double = 0
    var biasGradient = [Double](repeating: 0, count: k)
    for (l, b) in partials {
      loss += l
      for cl in 0..<k { biasGradient[cl] += b[cl] }
    }
    // Pass 2, over columns: G_W = Xᵀ R + W / C.
    if gradient.count != theta.count { gradient = [Double](repeating: 0, count: theta.count) }
    let inverseC = 1 / c
    let scale = 1 / totalWeight
    var penalty: Double = 0
    theta.withUnsafeBufferPointer { t in
      residual.withUnsafeBufferPointer { r in
        gradient.withUnsafeMutableBufferPointer { g in
          let shared = (t: UnsafeSendableBuffer(t), r: UnsafeSendableBuffer(r), g: SharedBuffer(g))
          let penalties = Parallel.map(columnChunks) { range in
            let t = shared.t.buffer
            let r = shared.r.buffer
            let g = shared.g.buffer
            var penalty: Double = 0
            xt.columns.withUnsafeBufferPointer { rows in
              xt.values.withUnsafeBufferPointer { values in
                for j in range {
                  let base = j * k
                  for cl in 0..<k {
                    let w = t[base + cl]
                    g[base + cl] = w * inverseC
                    penalty += w * w
                  }
                  for e in xt.rowStarts[j]..<xt.rowStarts[j + 1] {
                    let v = Double(values[e])
                    let rb = Int(rows[e]) * k
                    for cl in 0..<k { g[base + cl] += v * r[rb + cl] }
                  }
                  for cl in 0..<k { g[base + cl] *= scale }
                }
              }
            }
            return penalty
          }
          for p in penalties { penalty += p }
          for cl in 0..<k { g[d * k + cl] = biasGradient[cl] * scale }
        }
      }
    }
    return (loss + 0.5 * inverseC * penalty) * scale
  }
}

/// A read-only buffer handed to other threads.
struct UnsafeSendableBuffer<T>: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<T>
  init(_ buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
}
