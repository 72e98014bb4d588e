import FramingSupport

/// Adjusted classify-and-count (Forman 2008): label shares corrected for the classifier's
/// confusion rates measured on a labelled sample.
///
/// With `M[p][t] = P(predicted p | true t)` from the sample, the observed shares `q` are
/// `q = M·x` for the true shares `x`; `x` is solved for, negative values set to 0 and the
/// rest renormalised to sum to 1. The interval bootstraps over the sample's units (the
/// rates are themselves estimates): the 2.5% and 97.5% points of `x` over 200 resamples,
/// combined in quadrature with the sampling half-width of the raw share.
///
/// It assumes the sample and the articles differ only in their label mix (the same kinds
/// of text, misread at the same rates). When the kind of text differs, the rates do not
/// carry over and the adjustment can be worse than the raw count.
public struct ShareAdjustment: Sendable {
  /// `rates[p][t]`, from the whole sample.
  public let rates: [[Double]]
  let resampledRates: [[[Double]]]
  /// Where the rates were measured, for the outputs.
  public let source: String

  public init?(
    gold: [Int], predicted: [Int], classCount k: Int, source: String, resamples: Int = 200,
    seed: UInt64 = 2024
  ) {
    guard !gold.isEmpty, let rates = ShareAdjustment.rates(gold, predicted, Array(gold.indices), k),
      ShareAdjustment.solve(rates, [Double](repeating: 1 / Double(k), count: k)) != nil
    else { return nil }
    self.rates = rates
    self.source = source
    var rng = SplitMix64(seed: seed)
    var resampled: [[[Double]]] = []
    for _ in 0..<resamples {
      let sample = (0..<gold.count).map { _ in Int(rng.next() % UInt64(gold.count)) }
      if let r = ShareAdjustment.rates(gold, predicted, sample, k) { resampled.append(r) }
    }
    resampledRates = resampled
  }

  /// `P(predicted p | true t)` over the rows `sample`; `nil` when a class has no row.
  static func rates(_ gold: [Int], _ predicted: [Int], _ sample: [Int], _ k: Int) -> [[Double]]? {
    var counts = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var totals = [Double](repeating: 0, count: k)
    for r in sample {
      counts[predicted[r]][gold[r]] += 1
      totals[gold[r]] += 1
    }
    guard totals.allSatisfy({ $0 > 0 }) else { return nil }
    return (0..<k).map { p in (0..<k).map { t in counts[p][t] / totals[t] } }
  }

  /// The true shares that the observed shares `q` imply under `rates`, clipped and
  /// renormalised; `nil` when the rates cannot be inverted.
  public static func solve(_ rates: [[Double]], _ q: [Double]) -> [Double]? {
    let k = q.count
    var a = rates.map { $0 }
    var b = q
    for col in 0..<k {
      guard let pivot = (col..<k).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }),
        abs(a[pivot][col]) > 1e-9
      else { return nil }
      a.swapAt(col, pivot)
      b.swapAt(col, pivot)
      for row in 0..<k where row != col {
        let f = a[row][col] / a[col][col]
        guard f != 0 else { continue }
        for c in col..<k { a[row][c] -= f * a[col][c] }
        b[row] -= f * b[col]
      }
    }
    let x = (0..<k).map { max(0, b[$0] / a[$0][$0]) }
    let total = x.reduce(0, +)
    return total > 0 ? x.map { $0 / total } : nil
  }

  /// Adjusted shares for raw `shares` (values and sampling intervals).
  public func adjusted(_ shares: [Estimate]) -> [Estimate]? {
    let q = shares.map(\.value)
    guard q.allSatisfy(\.isFinite), let x = ShareAdjustment.solve(rates, q) else { return nil }
    let draws = resampledRates.compactMap { ShareAdjustment.solve($0, q) }
    return x.indices.map { c in
      let values = draws.map { $0[c] }.sorted()
      func quantile(_p: Double) -> Double {
        guard !values.isEmpty else { return x[c] }
        let position = _p * Double(values.count - 1)
        let lo = Int(position.rounded(.down))
        let hi = min(values.count - 1, lo + 1)
        return values[lo] + (values[hi] - values[lo]) * (position - Double(lo))
      }
      let below = max(0, x[c] - quantile(_p: 0.025))
      let above = max(0, quantile(_p: 0.975) - x[c])
      let s = shares[c]
      let low = x[c] - (below * below + (s.value - s.low) * (s.value - s.low)).squareRoot()
      let high = x[c] + (above * above + (s.high - s.value) * (s.high - s.value)).squareRoot()
      return Estimate(value: x[c], low: max(0, low), high: min(1, high))
    }
  }
}
