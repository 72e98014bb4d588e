import CBLAS

extension LBFGS {
  /// The last `memory` correction pairs `(s, y)` with `ρ = 1 / sᵀy`, oldest first.
  ///
  /// Pairs of small problems are kept as `Double` and used through BLAS. When the pairs
  /// would take more than ``floatThreshold`` bytes as `Double` (a million-sentence corpus
  /// has about a million parameters: 145 MB of pairs), they are kept as `Float`: half the
  /// memory, and `ρ`, `sᵀy` and every product are still worked out in `Double` from the
  /// stored values, so the inverse Hessian stays consistent with what is stored.
  struct CorrectionPairs {
    /// Pairs take `Float` storage above this many bytes as `Double`.
    static let floatThreshold = 64 << 20

    let capacity: Int
    let length: Int
    let usesFloat: Bool
    private var sDouble: [[Double]] = []
    private var yDouble: [[Double]] = []
    private var sFloat: [[Float]] = []
    private var yFloat: [[Float]] = []
    private var spareSDouble: [Double] = []
    private var spareYDouble: [Double] = []
    private var spareSFloat: [Float] = []
    private var spareYFloat: [Float] = []
    /// `1 / sᵀy` of each pair.
    private(set) var rho: [Double] = []

    init(capacity: Int, length: Int, floatThreshold: Int = CorrectionPairs.floatThreshold) {
      self.capacity = capacity
      self.length = length
      usesFloat = 2 * capacity * length * MemoryLayout<Double>.size > floatThreshold
    }

    var count: Int { rho.count }
    var isEmpty: Bool { rho.isEmpty }

    mutating func removeAll() {
      sDouble.removeAll()
      yDouble.removeAll()
      sFloat.removeAll()
      yFloat.removeAll()
      rho.removeAll()
    }

    /// Stores `s = step·d` and `y = newG − g` unless `sᵀy ≤ 1e-10 · yᵀy` (curvature too
    /// small to trust), dropping the oldest pair when full. The new pair is written to
    /// spare arrays (those of the last dropped pair once the store is full).
    mutating func append(step: Double, direction d: [Double], from g: [Double], to newG: [Double]) {
      let sy: Double
      let yy: Double
      if usesFloat {
        if spareSFloat.count != length {
          spareSFloat = [Float](repeating: 0, count: length)
          spareYFloat = [Float](repeating: 0, count: length)
        }
        var syF: Double = 0
        var yyF: Double = 0
        spareSFloat.withUnsafeMutableBufferPointer { s in
          spareYFloat.withUnsafeMutableBufferPointer { y in
            d.withUnsafeBufferPointer { d in
              g.withUnsafeBufferPointer { g in
                newG.withUnsafeBufferPointer { newG in
                  for i in 0..<length {
                    let si = Float(step * d[i])
                    let yi = Float(newG[i] - g[i])
                    s[i] = si
                    y[i] = yi
                    syF += Double(si) * Double(yi)
                    yyF += Double(yi) * Double(yi)
                  }
                }
              }
            }
          }
        }
        sy = syF
        yy = yyF
      } else {
        if spareSDouble.count != length {
          spareSDouble = [Double](repeating: 0, count: length)
          spareYDouble = [Double](repeating: 0, count: length)
        }
        BLAS.copy(d, to: &spareSDouble)
        BLAS.scale(step, &spareSDouble)
        BLAS.copy(newG, to: &spareYDouble)
        BLAS.axpy(-1, g, &spareYDouble)
        sy = BLAS.dot(spareSDouble, spareYDouble)
        yy = BLAS.dot(spareYDouble, spareYDouble)
      }
      guard sy > 1e-10 * yy else { return }
      if count == capacity { rho.removeFirst() }
      rho.append(1 / sy)
      if usesFloat {
        CorrectionPairs.push(&spareSFloat, onto: &sFloat, capacity: capacity)
        CorrectionPairs.push(&spareYFloat, onto: &yFloat, capacity: capacity)
      } else {
        CorrectionPairs.push(&spareSDouble, onto: &sDouble, capacity: capacity)
        CorrectionPairs.push(&spareYDouble, onto: &yDouble, capacity: capacity)
      }
    }

    /// Appends `spare` to `list`; `spare` becomes the oldest array when `list` was full (its
    /// storage is reused for the next pair), else empty.
    private static func push<T>(_ spare: inout [T], onto list: inout [[T]], capacity: Int) {
      let oldest = list.count == capacity ? list.removeFirst() : []
      list.append(spare)
      spare = oldest
    }

    /// `s_iᵀv`.
    func dotS(_ i: Int, _ v: [Double]) -> Double {
      usesFloat ? CorrectionPairs.dot(sFloat[i], v) : BLAS.dot(sDouble[i], v)
    }

    /// `y_iᵀv`.
    func dotY(_ i: Int, _ v: [Double]) -> Double {
      usesFloat ? CorrectionPairs.dot(yFloat[i], v) : BLAS.dot(yDouble[i], v)
    }

    /// `v ← v + a·s_i`.
    func addS(_ a: Double, _ i: Int, to v: inout [Double]) {
      if usesFloat { CorrectionPairs.axpy(a, sFloat[i], &v) } else { BLAS.axpy(a, sDouble[i], &v) }
    }

    /// `v ← v + a·y_i`.
    func addY(_ a: Double, _ i: Int, to v: inout [Double]) {
      if usesFloat { CorrectionPairs.axpy(a, yFloat[i], &v) } else { BLAS.axpy(a, yDouble[i], &v) }
    }

    /// `γ = sᵀy / yᵀy` of the newest pair, or `sᵀy / Σ y_i² w_i` with `scaling` `w`.
    func gamma(scaling: [Double]?) -> Double {
      let last = count - 1
      let sy = 1 / rho[last]
      var yy: Double = 0
      if usesFloat {
        let y = yFloat[last]
        for i in 0..<length {
          let v = Double(y[i])
          yy += v * v * (scaling?[i] ?? 1)
        }
      } else if let scaling {
        yy = LBFGS.weightedSquare(yDouble[last], scaling)
      } else {
        yy = BLAS.dot(yDouble[last], yDouble[last])
      }
      return sy / yy
    }

    private static func dot(_ x: [Float], _ v: [Double]) -> Double {
      var sum: Double = 0
      x.withUnsafeBufferPointer { x in
        v.withUnsafeBufferPointer { v in
          for i in 0..<x.count { sum += Double(x[i]) * v[i] }
        }
      }
      return sum
    }

    private static func axpy(_ a: Double, _ x: [Float], _ v: inout [Double]) {
      x.withUnsafeBufferPointer { x in
        v.withUnsafeMutableBufferPointer { v in
          for i in 0..<x.count { v[i] += a * Double(x[i]) }
        }
      }
    }
  }
}
