import Foundation
import Testing

@testable import Labelling
@testable import Rendering
@testable import Runs

@Suite struct StatisticsTests {
  @Test func wilsonKnownValues() {
    // 5 of 10: the textbook interval (0.2366, 0.7634).
    let e = Statistics.wilson(successes: 5, of: 10)
    #expect(abs(e.low - 0.2366) < 1e-4 && abs(e.high - 0.7634) < 1e-4)
    let zero = Statistics.wilson(successes: 0, of: 20)
    #expect(zero.low == 0 && abs(zero.high - 0.1611) < 1e-4)
  }

  @Test func chiSquareKnownValue() throws {
    // [[10, 20], [20, 10]]: chi² = 6.667 with 1 degree of freedom, p = 0.00982.
    let t = try #require(Statistics.chiSquare([[10, 20], [20, 10]]))
    #expect(abs(t.statistic - 20.0 / 3) < 1e-9)
    #expect(t.df == 1)
    #expect(abs(t.p - 0.009823) < 1e-5)
    #expect(Statistics.chiSquare([[1, 2]]) == nil)
  }

  @Test(arguments: [0.1, 0.5, 1.0, 2.5, 7.0, 30.0])
  func gammaQMatchesErfc(_ x: Double) {
    // Q(1/2, x) = erfc(√x).
    #expect(abs(Statistics.regularizedGammaQ(0.5, x) - erfc(x.squareRoot())) < 1e-12)
  }

  @Test func bootstrapIsSeededAndBracketsTheMean() {
    let values = (0..<50).map { Double($0 % 10) }
    let mean = values.reduce(0, +) / 50
    let a = Statistics.bootstrap(count: 50) { s in
      s.reduce(0.0) { $0 + values[$1] } / Double(s.count)
    }
    let b = Statistics.bootstrap(count: 50) { s in
      s.reduce(0.0) { $0 + values[$1] } / Double(s.count)
    }
    #expect(a.low == b.low && a.high == b.high)
    #expect(a.low < mean && mean < a.high)
  }
}
