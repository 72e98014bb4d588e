import FramingSupport
import Testing

@testable import Classifier

@Suite struct LBFGSTests {
  @Test func minimizesRosenbrock() {
    let f: ([Double], inout [Double]) -> Double = { x, g in
      let a = 1 - x[0]
      let b = x[1] - x[0] * x[0]
      g = [-2 * a - 400 * x[0] * b, 200 * b]
      return a * a + 100 * b * b
    }
    var optimizer = LBFGS()
    optimizer.gradientTolerance = 1e-10
    let result = optimizer.minimize(f, from: [-1.2, 1])
    #expect(abs(result.x[0] - 1) < 1e-6 && abs(result.x[1] - 1) < 1e-6)
    #expect(result.stop == .gradient || result.stop == .function)
  }

  @Test func minimizesIllConditionedQuadratic() {
    let scales = (0..<50).map { Double(1 + $0 * $0) }
    let f: ([Double], inout [Double]) -> Double = { x, g in
      var v = 0.0
      for i in x.indices {
        let d = x[i] - Double(i)
        v += 0.5 * scales[i] * d * d
        g[i] = scales[i] * d
      }
      return v
    }
    var optimizer = LBFGS()
    optimizer.gradientTolerance = 1e-8
    let result = optimizer.minimize(f, from: [Double](repeating: 0, count: 50))
    for i in 0..<50 { #expect(abs(result.x[i] - Double(i)) < 1e-6) }
  }

  @Test func stopsAtIterationLimit() {
    let f: ([Double], inout [Double]) -> Double = { x, g in
      g = [4 * x[0] * x[0] * x[0]]
      return x[0] * x[0] * x[0] * x[0]
    }
    var optimizer = LBFGS()
    optimizer.maxIterations = 3
    optimizer.gradientTolerance = 1e-300
    optimizer.functionTolerance = 0
    let result = optimizer.minimize(f, from: [3])
    #expect(result.iterations == 3)
    #expect(result.stop == .iterations)
  }
}

/// Long vectors are worked on in two fixed halves.
@Suite struct BLASTests {
  @Test func longVectorsGiveTheSumsOfTheirHalves() {
    let n = BLAS.splitLength + 11
    var rng = SplitMix64(seed: 9)
    let x = (0..<n).map { _ in Double(rng.next() % 2001) / 1000 - 1 }
    let y = (0..<n).map { _ in Double(rng.next() % 2001) / 1000 - 1 }
    var naive: Double = 0
    for i in 0..<n { naive += x[i] * y[i] }
    let dot = BLAS.dot(x, y)
    #expect(abs(dot - naive) <= 1e-9 * max(1, abs(naive)))
    let firstHalf = BLAS.dot(Array(x[0..<(n / 2)]), Array(y[0..<(n / 2)]))
    let secondHalf = BLAS.dot(Array(x[(n / 2)...]), Array(y[(n / 2)...]))
    #expect(dot == firstHalf + secondHalf)
    var z = y
    BLAS.axpy(0.5, x, &z)
    #expect(
      z.indices.allSatisfy {
        z[$0] == y[$0] + 0.5 * x[$0] || abs(z[$0] - (y[$0] + 0.5 * x[$0])) < 1e-15
      })
    var copy = [Double](repeating: 0, count: n)
    BLAS.copy(x, to: &copy)
    #expect(copy == x)
    BLAS.scale(2, &copy)
    #expect(copy == x.map { 2 * $0 })
  }
}
