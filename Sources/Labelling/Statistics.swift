import Classifier
import Foundation
import FramingSupport

/// A proportion or mean with a 95% interval.
public struct Estimate: Sendable, Equatable {
  public var value: Double
  public var low: Double
  public var high: Double

  public init(value: Double, low: Double, high: Double) {
    self.value = value
    self.low = low
    self.high = high
  }
}

/// The statistics behind framing profiles.
public enum Statistics {
  /// The Wilson score interval for `successes` out of `n` at 95%:
  /// ```
  /// p̂ = x / n,  z = 1.959964
  /// centre = (p̂ + z²/2n) / (1 + z²/n)
  /// half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
  /// ```
  /// It stays inside [0, 1] and is honest for small `n`, unlike p̂ ± z√(p̂(1−p̂)/n).
  public static func wilson(successes x: Int, of n: Int) -> Estimate {
    guard n > 0 else { return Estimate(value: .nan, low: 0, high: 1) }
    let z = 1.959963984540054
    let nn = Double(n)
    let p = Double(x) / nn
    let denominator = 1 + z * z / nn
    let centre = (p + z * z / (2 * nn)) / denominator
    let half = z / denominator * (p * (1 - p) / nn + z * z / (4 * nn * nn)).squareRoot()
    return Estimate(value: p, low: max(0, centre - half), high: min(1, centre + half))
  }

  /// A percentile bootstrap interval (2.5% and 97.5%) for `statistic` over `count` units
  /// resampled with replacement `resamples` times, with a fixed seed.
  public static func bootstrap(
    count: Int, resamples: Int = 2000, seed: UInt64 = 2024, statistic: ([Int]) -> Double
  ) -> (low: Double, high: Double) {
    guard count > 0 else { return (.nan, .nan) }
    var rng = SplitMix64(seed: seed)
    var values: [Double] = []
    values.reserveCapacity(resamples)
    var sample = [Int](repeating: 0, count: count)
    for _ in 0..<resamples {
      for i in 0..<count { sample[i] = Int(rng.next() % UInt64(count)) }
      let v = statistic(sample)
      if v.isFinite { values.append(v) }
    }
    guard !values.isEmpty else { return (.nan, .nan) }
    values.sort()
    func quantile(_ q: Double) -> Double {
      let position = q * Double(values.count - 1)
      let lo = Int(position.rounded(.down))
      let hi = min(values.count - 1, lo + 1)
      return values[lo] + (values[hi] - values[lo]) * (position - Double(lo))
    }
    return (quantile(0.025), quantile(0.975))
  }

  /// The 97.5% quantile of Student's t with `df` degrees of freedom (a table to 30, then
  /// the Cornish-Fisher expansion, within 1e-3 of the exact value).
  public static func t975(_ df: Int) -> Double {
    let table: [Double] = [
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042,
    ]
    guard df > 30 else { return table[max(1, df) - 1] }
    let z = 1.959963984540054
    let v = Double(df)
    return z + (z * z * z + z) / (4 * v) + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * v * v)
  }

  /// The mean of `values` (each in [0, 1]) with its 95% t interval,
  /// `mean ± t₀.₉₇₅(n−1) · s/√n`, clipped to [0, 1]; one value gives [0, 1]. O(n): cheap
  /// enough for every article of a large archive, where a bootstrap over units is not.
  public static func meanInterval(_ values: [Double]) -> Estimate {
    let n = values.count
    guard n > 0 else { return Estimate(value: .nan, low: .nan, high: .nan) }
    let mean = values.reduce(0, +) / Double(n)
    guard n > 1 else { return Estimate(value: mean, low: 0, high: 1) }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
    let half = t975(n - 1) * (variance / Double(n)).squareRoot()
    return Estimate(value: mean, low: max(0, mean - half), high: min(1, mean + half))
  }

  /// The 95% interval of a ratio `Σ yᵢ / Σ xᵢ` over `m` clusters (articles: `yᵢ` a
  /// label's units or probability sum in article i, `xᵢ` its units) by linearization,
  /// the closed form that the bootstrap over clusters approximates:
  /// ```
  /// R = Σy / Σx,  Var(R) ≈ m / (m − 1) · Σ (yᵢ − R·xᵢ)² / (Σx)²
  /// ```
  /// with `R ± t₀.₉₇₅(m−1) · √Var(R)`, clipped to [0, 1]. O(m).
  public static func ratioInterval(_ y: [Double], _ x: [Double]) -> (low: Double, high: Double) {
    let m = y.count
    let sx = x.reduce(0, +)
    guard m > 1, sx > 0 else { return (.nan, .nan) }
    let r = y.reduce(0, +) / sx
    var sum = 0.0
    for i in 0..<m { sum += (y[i] - r * x[i]) * (y[i] - r * x[i]) }
    let se = (Double(m) / Double(m - 1) * sum).squareRoot() / sx
    let half = t975(m - 1) * se
    return (max(0, r - half), min(1, r + half))
  }

  /// Pearson's chi-square test of independence on a table of counts (rows: groups,
  /// columns: labels). Rows and columns that are all zero are left out.
  ///
  /// - Returns: the statistic, its degrees of freedom, the p-value, Cramér's V, and the
  ///   share of cells whose expected count is below 5 (the test is unreliable when that
  ///   exceeds 20%).
  public static func chiSquare(_ table: [[Int]]) -> (
    statistic: Double, df: Int, p: Double, cramersV: Double, smallCells: Double
  )? {
    let rows = table.filter { $0.reduce(0, +) > 0 }
    guard let width = rows.first?.count else { return nil }
    let columnTotals = (0..<width).map { c in rows.reduce(0) { $0 + $1[c] } }
    let keep = (0..<width).filter { columnTotals[$0] > 0 }
    guard rows.count >= 2, keep.count >= 2 else { return nil }
    let total = Double(rows.reduce(0) { $0 + $1.reduce(0, +) })
    var statistic = 0.0
    var small = 0
    for row in rows {
      let rowTotal = Double(row.reduce(0, +))
      for c in keep {
        let expected = rowTotal * Double(columnTotals[c]) / total
        if expected < 5 { small += 1 }
        let d = Double(row[c]) - expected
        statistic += d * d / expected
      }
    }
    let df = (rows.count - 1) * (keep.count - 1)
    let p = regularizedGammaQ(Double(df) / 2, statistic / 2)
    let v = (statistic / (total * Double(min(rows.count, keep.count) - 1))).squareRoot()
    return (statistic, df, p, v, Double(small) / Double(rows.count * keep.count))
  }

  /// The regularized upper incomplete gamma function `Q(a, x) = Γ(a, x) / Γ(a)`, by its
  /// series for `x < a + 1` and its continued fraction otherwise (Numerical Recipes §6.2).
  public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 1 }
    let lnGammaA = Foundation.lgamma(a) as Double
    if x < a + 1 {
      var sum = 1 / a
      var term = sum
      var n = a
      for _ in 0..<10_000 {
        n += 1
        term *= x / n
        sum += term
        if abs(term) < abs(sum) * 1e-15 { break }
      }
      return max(0, 1 - sum * exp(-x + a * log(x) - lnGammaA))
    }
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return min(1, exp(-x + a * log(x) - lnGammaA) * h)
  }
}
