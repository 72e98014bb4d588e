import Features
import FramingSupport

/// The training objective and its gradient, in one pass over the rows.
///
/// The rows are cut into at most two blocks of about equal entries, by the data alone.
/// Each block computes its rows' scores, loss and residuals `r_i = s_i (p_i − e_{y_i})`
/// and adds `x_ij r_i` to a gradient of its own, row after row; the blocks' gradients are
/// then added in block order. So the sums are added in the same order whatever the number
/// of threads, and `Xᵀ` is never built.
struct SoftmaxObjective {
  let x: TrainingMatrix
  /// Row offsets of `x`.
  let rowStarts: [Int]
  let labels: [Int]
  /// The weight of a row of each class.
  let weights: [Double]
  let totalWeight: Double
  let classCount: Int
  let c: Double
  let blocks: [Range<Int>]
  let columnChunks: [Range<Int>]
  private let workspace: Workspace

  /// Gradient buffers of the blocks after the first, kept between evaluations.
  private final class Workspace: @unchecked Sendable {
    private(set) var gradients: [UnsafeMutablePointer<Double>] = []
    private var size = 0

    /// Makes `count` buffers of `size` doubles.
    func prepare(count: Int, size: Int) {
      if size != self.size { release() }
      self.size = size
      while gradients.count < count { gradients.append(.allocate(capacity: max(1, size))) }
    }

    private func release() {
      for g in gradients { g.deallocate() }
      gradients = []
      size = 0
    }

    deinit { release() }
  }

  init(x: TrainingMatrix, labels: [Int], classCount: Int, options: TrainingOptions) {
    self.x = x
    switch x {
    case .values(let m): rowStarts = m.rowStarts
    case .factored(let m): rowStarts = m.rowStarts
    }
    self.labels = labels
    let weights = SoftmaxRegression.classWeights(
      labels: labels, classCount: classCount, classWeight: options.classWeight)
    self.weights = weights
    self.totalWeight = labels.reduce(0) { $0 + weights[$1] }
    self.classCount = classCount
    self.c = options.c
    self.blocks = SoftmaxObjective.blocks(rowStarts: rowStarts)
    self.columnChunks = Parallel.chunks(count: x.columnCount, chunkSize: 8192)
    self.workspace = Workspace()
  }

  /// An estimate of `1 / ∂²f/∂θ²` for every parameter at the start (`W = 0`, intercepts at
  /// zero), for L-BFGS's diagonal preconditioner: with `π_k` the weighted share of class
  /// `k` and `S` the total row weight,
  /// ```
  /// ∂²f/∂w_jk² ≈ π_k (1 − π_k) · Σ_i s_i x_ij² / S + 1 / (C S)
  /// ∂²f/∂b_k²  ≈ π_k (1 − π_k)
  /// ```
  /// Rare features have far less curvature than common ones; scaling by it lets L-BFGS
  /// move both at their own pace. Only the path to the optimum changes, not the optimum.
  func inverseCurvature() -> [Double]? {
    guard totalWeight > 0, totalWeight.isFinite else { return nil }
    let k = classCount
    let d = x.columnCount
    var share = [Double](repeating: 0, count: k)
    for y in labels { share[y] += weights[y] }
    let spread = share.map { max(($0 / totalWeight) * (1 - $0 / totalWeight), 0.01) }
    var squares = [Double](repeating: 0, count: d)
    switch x {
    case .values(let x):
      for i in 0..<x.rowCount {
        for e in x.rowStarts[i]..<x.rowStarts[i + 1] {
          let v = Double(x.values[e])
          squares[Int(x.columns[e])] += weights[labels[i]] * v * v
        }
      }
    case .factored(let x):
      for i in 0..<x.rowCount {
        for e in x.rowStarts[i]..<x.rowStarts[i + 1] {
          let entry = x.entries[e]
          let j = FactoredMatrix.column(entry)
          let v = x.termWeights[FactoredMatrix.code(entry)] * x.columnScales[j] * x.rowScales[i]
          squares[j] += weights[labels[i]] * v * v
        }
      }
    }
    let regularisation = 1 / (c * totalWeight)
    var result = [Double](repeating: 0, count: d * k + k)
    for j in 0..<d {
      for cl in 0..<k {
        result[j * k + cl] = 1 / (spread[cl] * squares[j] / totalWeight + regularisation)
      }
    }
    for cl in 0..<k { result[d * k + cl] = 1 / spread[cl] }
    return result.allSatisfy({ $0 > 0 && $0.isFinite }) ? result : nil
  }

  /// One block for small matrices, else two with about half the entries each.
  static func blocks(rowStarts: [Int]) -> [Range<Int>] {
    let n = rowStarts.count - 1
    let entries = rowStarts[n]
    guard entries >= 1 << 16, n >= 2 else { return [0..<n] }
    let half = entries / 2
    var lo = 0
    var hi = n
    while lo < hi {
      let mid = (lo + hi) / 2
      if rowStarts[mid] < half { lo = mid + 1 } else { hi = mid }
    }
    let split = min(max(lo, 1), n - 1)
    return [0..<split, split..<n]
  }

  /// The objective at `theta` (weights then intercepts); the gradient goes to `gradient`.
  func evaluate(_ theta: [Double], _ gradient: inout [Double]) -> Double {
    let k = classCount
    let d = x.columnCount
    if gradient.count != theta.count { gradient = [Double](repeating: 0, count: theta.count) }
    var columnScales: [Double]? = nil
    if case .factored(let m) = x { columnScales = m.columnScales }
    workspace.prepare(count: blocks.count - 1 + (columnScales == nil ? 0 : 1), size: d * k)
    let others = Array(workspace.gradients.prefix(blocks.count - 1))
    // With factors, rows are multiplied with the weights scaled by their column's scale.
    let scaled = columnScales == nil ? nil : workspace.gradients[blocks.count - 1]
    if let scaled, let columnScales {
      theta.withUnsafeBufferPointer { t in
        columnScales.withUnsafeBufferPointer { cs in
          let shared = UnsafeSendable((t: t, cs: cs, out: scaled))
          _ = Parallel.map(columnChunks) { range in
            for j in range {
              let scale = shared.value.cs[j]
              for cl in 0..<k { shared.value.out[j * k + cl] = scale * shared.value.t[j * k + cl] }
            }
            return 0
          }
        }
      }
    }
    // Pass 1, over rows: loss, intercept gradient and Xᵀ R of each block; the first block
    // adds into `gradient`, the others into buffers of their own.
    let partials: [(Double, [Double])] = theta.withUnsafeBufferPointer { t in
      gradient.withUnsafeMutableBufferPointer { g in
        let shared = UnsafeSendable(
          (
            t: t.baseAddress!,
            w: UnsafePointer(scaled ?? UnsafeMutablePointer(mutating: t.baseAddress!)),
            outputs: [g.baseAddress!] + others
          ))
        return Parallel.map(Parallel.chunks(count: blocks.count, chunkSize: 1)) { r in
          let b = r.lowerBound
          let out = shared.value.outputs[b]
          out.update(repeating: 0, count: d * k)
          let bias = shared.value.t + d * k
          switch x {
          case .values(let m):
            return m.columns.withUnsafeBufferPointer { columns in
              m.values.withUnsafeBufferPointer { values in
                accumulate(
                  rows: blocks[b], entries: ValueEntries(columns: columns, values: values),
                  weights: shared.value.w, bias: bias, into: out)
              }
            }
          case .factored(let m):
            return m.entries.withUnsafeBufferPointer { entries in
              m.termWeights.withUnsafeBufferPointer { termWeights in
                m.rowScales.withUnsafeBufferPointer { rowScales in
                  accumulate(
                    rows: blocks[b],
                    entries: FactorEntries(
                      entries: entries, termWeights: termWeights, rowScales: rowScales),
                    weights: shared.value.w, bias: bias, into: out)
                }
              }
            }
          }
        }
      }
    }
    var loss: Double = 0
    var biasGradient = [Double](repeating: 0, count: k)
    for (l, b) in partials {
      loss += l
      for cl in 0..<k { biasGradient[cl] += b[cl] }
    }
    // Pass 2, over columns: G_W = (Σ blocks) · column scale + W / C, scaled.
    let inverseC = 1 / c
    let scale = 1 / totalWeight
    var penalty: Double = 0
    let noScales: [Double] = []
    theta.withUnsafeBufferPointer { t in
      gradient.withUnsafeMutableBufferPointer { g in
        (columnScales ?? noScales).withUnsafeBufferPointer { cs in
          let shared = UnsafeSendable((t: t, g: g, others: others, cs: cs))
          let penalties = Parallel.map(columnChunks) { range in
            let t = shared.value.t
            let g = shared.value.g
            let others = shared.value.others
            let cs = shared.value.cs
            var penalty: Double = 0
            for i in (range.lowerBound * k)..<(range.upperBound * k) {
              var sum = g[i]
              for other in others { sum += other[i] }
              if !cs.isEmpty { sum *= cs[i / k] }
              let w = t[i]
              g[i] = (sum + w * inverseC) * scale
              penalty += w * w
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

  /// Adds the rows `rows`' part of `Xᵀ R` to `out` (`d × k`, before column scales);
  /// returns their weighted loss and intercept gradient. `weights` are the `d × k` weights
  /// the entries multiply (scaled by column for factors), `bias` the `k` intercepts.
  private func accumulate<Entries: EntryReader>(
    rows: Range<Int>, entries x: Entries, weights t: UnsafePointer<Double>,
    bias: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>
  ) -> (Double, [Double]) {
    let k = classCount
    var loss: Double = 0
    var biasGradient = [Double](repeating: 0, count: k)
    var zStorage = [Double](repeating: 0, count: k)
    var sumStorage = [Double](repeating: 0, count: k)
    rowStarts.withUnsafeBufferPointer { rowStarts in
      labels.withUnsafeBufferPointer { labels in
        weights.withUnsafeBufferPointer { weights in
          zStorage.withUnsafeMutableBufferPointer { z in
            sumStorage.withUnsafeMutableBufferPointer { sums in
              biasGradient.withUnsafeMutableBufferPointer { biasOut in
                for i in rows {
                  let entries = rowStarts[i]..<rowStarts[i + 1]
                  let y = labels[i]
                  let s = weights[y]
                  // Values: z = b + Σ v·w, added from the intercept on. Factors:
                  // z = b + r · Σ t·w' with r the row scale and t the term weight.
                  let r = x.rowScale(i)
                  if k == 3 {
                    // The same operations as below, with the scores in registers.
                    var z0 = Entries.factored ? 0 : bias[0]
                    var z1 = Entries.factored ? 0 : bias[1]
                    var z2 = Entries.factored ? 0 : bias[2]
                    for e in entries {
                      let v = x.value(e)
                      let base = x.column(e) * 3
                      z0 += v * t[base]
                      z1 += v * t[base + 1]
                      z2 += v * t[base + 2]
                    }
                    if Entries.factored {
                      z0 = bias[0] + r * z0
                      z1 = bias[1] + r * z1
                      z2 = bias[2] + r * z2
                    }
                    let zy = y == 0 ? z0 : (y == 1 ? z1 : z2)
                    var m = -Double.infinity
                    if z0 > m { m = z0 }
                    if z1 > m { m = z1 }
                    if z2 > m { m = z2 }
                    var e0 = (z0 - m).exp
                    var e1 = (z1 - m).exp
                    var e2 = (z2 - m).exp
                    var sum: Double = 0
                    sum += e0
                    sum += e1
                    sum += e2
                    e0 /= sum
                    e1 /= sum
                    e2 /= sum
                    let lse = m + sum.logValue
                    loss += s * (lse - zy)
                    if y == 0 { e0 -= 1 } else if y == 1 { e1 -= 1 } else { e2 -= 1 }
                    e0 *= s
                    e1 *= s
                    e2 *= s
                    biasOut[0] += e0
                    biasOut[1] += e1
                    biasOut[2] += e2
                    if Entries.factored {
                      e0 *= r
                      e1 *= r
                      e2 *= r
                    }
                    for e in entries {
                      let v = x.value(e)
                      let base = x.column(e) * 3
                      out[base] += v * e0
                      out[base + 1] += v * e1
                      out[base + 2] += v * e2
                    }
                  } else {
                    for cl in 0..<k { z[cl] = Entries.factored ? 0 : bias[cl] }
                    for e in entries {
                      let v = x.value(e)
                      let base = x.column(e) * k
                      for cl in 0..<k { z[cl] += v * t[base + cl] }
                    }
                    if Entries.factored {
                      for cl in 0..<k { z[cl] = bias[cl] + r * z[cl] }
                    }
                    let zy = z[y]
                    let lse = SoftmaxRegression.softmax(z)
                    loss += s * (lse - zy)
                    z[y] -= 1
                    for cl in 0..<k {
                      z[cl] *= s
                      biasOut[cl] += z[cl]
                      sums[cl] = Entries.factored ? z[cl] * r : z[cl]
                    }
                    for e in entries {
                      let v = x.value(e)
                      let base = x.column(e) * k
                      for cl in 0..<k { out[base + cl] += v * sums[cl] }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return (loss, biasGradient)
  }
}

/// How ``SoftmaxObjective`` reads a row's entries.
private protocol EntryReader {
  /// Whether values carry a row scale (``rowScale(_:)``) and the weights a column scale.
  static var factored: Bool { get }
  func column(_ e: Int) -> Int
  func value(_ e: Int) -> Double
  func rowScale(_ i: Int) -> Double
}

/// Entries of a ``SparseMatrix``: their values.
private struct ValueEntries: EntryReader {
  let columns: UnsafeBufferPointer<Int32>
  let values: UnsafeBufferPointer<Float>
  static var factored: Bool { false }
  @inline(__always) func column(_ e: Int) -> Int { Int(columns[e]) }
  @inline(__always) func value(_ e: Int) -> Double { Double(values[e]) }
  @inline(__always) func rowScale(_ i: Int) -> Double { 1 }
}

/// Entries of a ``FactoredMatrix``: their term weights, with the row scale apart.
private struct FactorEntries: EntryReader {
  let entries: UnsafeBufferPointer<UInt32>
  let termWeights: UnsafeBufferPointer<Double>
  let rowScales: UnsafeBufferPointer<Double>
  static var factored: Bool { true }
  @inline(__always) func column(_ e: Int) -> Int { FactoredMatrix.column(entries[e]) }
  @inline(__always) func value(_ e: Int) -> Double {
    termWeights[FactoredMatrix.code(entries[e])]
  }
  @inline(__always) func rowScale(_ i: Int) -> Double { rowScales[i] }
}
