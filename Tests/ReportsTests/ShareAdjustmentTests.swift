import Testing

@testable import FramingSupport
@testable import Labelling

/// Adjusted classify-and-count on synthetic data with known true shares: a classifier
/// with fixed confusion rates, a gold sample with one label mix and articles with another.
@Suite struct ShareAdjustmentTests {
  /// `P(predicted p | true t)`.
  static let rates: [[Double]] = [[0.75, 0.15, 0.2], [0.15, 0.75, 0.15], [0.1, 0.1, 0.65]]

  static func draw(_ t: Int, _ rng: inout SplitMix64) -> Int {
    let u = Double(rng.next() % 1_000_000) / 1_000_000
    var total = 0.0
    for p in 0..<3 {
      total += rates[p][t]
      if u < total { return p }
    }
    return 2
  }

  static func sample(_ mix: [Double], _ n: Int, _ rng: inout SplitMix64) -> (
    gold: [Int], predicted: [Int]
  ) {
    var gold: [Int] = []
    for (t, share) in mix.enumerated() {
      gold += [Int](repeating: t, count: Int(share * Double(n)))
    }
    return (gold, gold.map { draw($0, &rng) })
  }

  @Test func adjustedSharesAreCloserWhenOnlyTheLabelMixShifts() throws {
    var rng = SplitMix64(seed: 11)
    let gold = Self.sample([1.0 / 3, 1.0 / 3, 1.0 / 3], 3000, &rng)
    let adjustment = try #require(
      ShareAdjustment(gold: gold.gold, predicted: gold.predicted, classCount: 3, source: "test"))
    var rawError = 0.0
    var adjustedError = 0.0
    var covered = 0
    for truth in [[0.6, 0.3, 0.1], [0.1, 0.2, 0.7], [0.2, 0.7, 0.1], [0.45, 0.1, 0.45]] {
      let articles = Self.sample(truth, 2000, &rng)
      let counts = (0..<3).map { c in articles.predicted.filter { $0 == c }.count }
      let n = articles.predicted.count
      let raw = counts.map { Statistics.wilson(successes: $0, of: n) }
      let adjusted = try #require(adjustment.adjusted(raw))
      for c in 0..<3 {
        rawError += abs(raw[c].value - truth[c])
        adjustedError += abs(adjusted[c].value - truth[c])
        if adjusted[c].low <= truth[c] && truth[c] <= adjusted[c].high { covered += 1 }
      }
    }
    #expect(adjustedError < rawError / 3, "adjusted \(adjustedError), raw \(rawError)")
    #expect(covered >= 11, "\(covered) of 12 intervals hold the true share")
  }

  @Test func solveInvertsTheRatesAndClipsToShares() throws {
    let truth = [0.5, 0.3, 0.2]
    let q = (0..<3).map { p in (0..<3).reduce(0.0) { $0 + Self.rates[p][$1] * truth[$1] } }
    let x = try #require(ShareAdjustment.solve(Self.rates, q))
    for c in 0..<3 { #expect(abs(x[c] - truth[c]) < 1e-12) }
    let clipped = try #require(ShareAdjustment.solve(Self.rates, [0.05, 0.9, 0.05]))
    #expect(clipped.allSatisfy { $0 >= 0 } && abs(clipped.reduce(0, +) - 1) < 1e-12)
  }
}
