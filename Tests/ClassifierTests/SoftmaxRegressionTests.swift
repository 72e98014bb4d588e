import Foundation
import FramingSupport
import Testing

@testable import Classifier
@testable import Features

/// A small random sparse problem with a fixed seed.
func randomProblem(rows: Int, columns: Int, classes: Int, seed: UInt64) -> (SparseMatrix, [Int]) {
  var rng = SplitMix64(seed: seed)
  var x = SparseMatrix(columnCount: columns)
  var labels: [Int] = []
  for _ in 0..<rows {
    var cols = Set<Int32>()
    for _ in 0..<(1 + Int(rng.next() % 5)) { cols.insert(Int32(rng.next() % UInt64(columns))) }
    let sorted = cols.sorted()
    x.appendRow(
      columns: sorted, values: sorted.map { _ in Float(Double(rng.next() % 1000) / 500 - 0.5) })
    labels.append(Int(rng.next() % UInt64(classes)))
  }
  return (x, labels)
}

@Suite struct SoftmaxRegressionTests {
  @Test(arguments: [ClassWeight.none, .balanced])
  func gradientMatchesFiniteDifferences(_ weight: ClassWeight) {
    let (x, labels) = randomProblem(rows: 40, columns: 12, classes: 3, seed: 7)
    var options = TrainingOptions()
    options.c = 0.7
    options.classWeight = weight
    let objective = SoftmaxObjective(x: .values(x), labels: labels, classCount: 3, options: options)
    var rng = SplitMix64(seed: 11)
    let theta = (0..<(12 * 3 + 3)).map { _ in Double(rng.next() % 2000) / 1000 - 1 }
    var gradient: [Double] = []
    _ = objective.evaluate(theta, &gradient)
    var scratch: [Double] = []
    let h = 1e-6
    for i in theta.indices {
      var plus = theta
      var minus = theta
      plus[i] += h
      minus[i] -= h
      let numeric =
        (objective.evaluate(plus, &scratch) - objective.evaluate(minus, &scratch)) / (2 * h)
      #expect(abs(numeric - gradient[i]) < 1e-7, "component \(i): \(numeric) vs \(gradient[i])")
    }
  }

  @Test func objectiveMatchesDirectFormula() {
    let (x, labels) = randomProblem(rows: 25, columns: 6, classes: 4, seed: 3)
    var options = TrainingOptions()
    options.c = 2
    let objective = SoftmaxObjective(x: .values(x), labels: labels, classCount: 4, options: options)
    let theta: [Double] = (0..<28).map { (i: Int) -> Double in Double(i % 7) / 10.0 - 0.3 }
    var g: [Double] = []
    let value = objective.evaluate(theta, &g)
    // Direct: dense scores, log-softmax, L2 on the weights only.
    let dense = x.dense()
    var loss = 0.0
    for (i, row) in dense.enumerated() {
      var z = [Double](repeating: 0, count: 4)
      for k in 0..<4 {
        z[k] = theta[24 + k]
        for j in 0..<6 { z[k] += Double(row[j]) * theta[j * 4 + k] }
      }
      var sum = 0.0
      for v in z { sum += exp(v) }
      loss += log(sum) - z[labels[i]]
    }
    var penalty = 0.0
    for j in 0..<24 { penalty += theta[j] * theta[j] }
    penalty /= 4
    #expect(abs(value - (loss + penalty) / 25) < 1e-12)
  }

  @Test func softmaxIsStableForHugeScores() {
    var z: [Double] = [1000, 1001, -1000]
    z.withUnsafeMutableBufferPointer { _ = SoftmaxRegression.softmax($0) }
    #expect(z.allSatisfy { $0.isFinite })
    #expect(abs(z.reduce(0, +) - 1) < 1e-12)
    #expect(z[1] > z[0] && z[0] > z[2])
  }

  @Test func trainingReachesTheOptimumAndIsDeterministic() {
    let (x, labels) = randomProblem(rows: 300, columns: 40, classes: 3, seed: 5)
    var options = TrainingOptions()
    options.c = 3
    options.optimizer.gradientTolerance = 1e-9
    let (a, result) = SoftmaxRegression.fit(x, labels: labels, classCount: 3, options: options)
    let (b, _) = SoftmaxRegression.fit(x, labels: labels, classCount: 3, options: options)
    #expect(a == b)
    // Stops on the gradient, or where the objective no longer changes in double precision.
    #expect(result.gradientMaxNorm <= 1e-6)
    // At the optimum the intercept gradient vanishes: predicted class totals equal the
    // observed ones (the unpenalised intercept's first-order condition).
    let p = a.probabilities(for: x)
    for k in 0..<3 {
      let predicted = (0..<x.rowCount).reduce(0.0) { $0 + p[$1 * 3 + k] }
      let observed = Double(labels.filter { $0 == k }.count)
      #expect(abs(predicted - observed) < 1e-3)
    }
  }

  @Test func balancedWeightsFollowScikitLearn() {
    let w = SoftmaxRegression.rowWeights(
      labels: [0, 0, 0, 1], classCount: 2, classWeight: .balanced)
    let expected: [Double] = [4.0 / 6.0, 4.0 / 6.0, 4.0 / 6.0, 2.0]
    #expect(w == expected)
  }
}

/// Training on factors, with `Float` correction pairs, reaches the optimum of the plain path.
@Suite struct LargeProblemTrainingTests {
  static func problem() throws -> (TFIDFVectorizer, TrainingMatrix, [Int]) {
    var rng = SplitMix64(seed: 5)
    let words = ["deal", "talks", "attack", "praise", "warn", "meet", "hope", "fail", "agree"]
    var texts: [String] = []
    var labels: [Int] = []
    for _ in 0..<600 {
      let label = Int(rng.next() % 3)
      var sentence: [String] = []
      for _ in 0..<6 { sentence.append(words[Int(rng.next() % 9)]) }
      sentence.append(words[label * 3 + Int(rng.next() % 3)])
      texts.append(sentence.joined(separator: " "))
      labels.append(label)
    }
    var options = TFIDFOptions()
    options.maxN = 2
    options.sublinearTF = true
    var vectorizer = TFIDFVectorizer(options: options)
    let x = try vectorizer.fitTrainingMatrix(TextColumn(texts), codeLimit: 0)
    return (vectorizer, x, labels)
  }

  @Test func factorsAndFloatPairsReachTheSameOptimum() throws {
    let (_, x, labels) = try Self.problem()
    guard case .factored = x else {
      Issue.record("expected factors")
      return
    }
    var options = TrainingOptions()
    options.c = 5
    options.optimizer.gradientTolerance = 1e-9
    let (plain, _) = SoftmaxRegression.fit(
      x.values, labels: labels, classCount: 3, options: options)
    let (factored, _) = SoftmaxRegression.fit(x, labels: labels, classCount: 3, options: options)
    options.optimizer.pairFloatThreshold = 0
    let (float, result) = SoftmaxRegression.fit(x, labels: labels, classCount: 3, options: options)
    #expect(result.stop == .gradient || result.stop == .function)
    let p = plain.probabilities(for: x.values)
    for other in [factored, float] {
      let q = other.probabilities(for: x.values)
      let gap = zip(p, q).map { abs($0 - $1) }.max() ?? 0
      #expect(gap < 1e-6, "largest probability gap \(gap)")
    }
  }

  @Test func factoredGradientMatchesValuesGradient() throws {
    let (_, x, labels) = try Self.problem()
    var options = TrainingOptions()
    options.c = 0.7
    options.classWeight = .balanced
    let a = SoftmaxObjective(x: x, labels: labels, classCount: 3, options: options)
    let b = SoftmaxObjective(x: .values(x.values), labels: labels, classCount: 3, options: options)
    var rng = SplitMix64(seed: 2)
    let theta = (0..<(x.columnCount * 3 + 3)).map { _ in Double(rng.next() % 2000) / 1000 - 1 }
    var ga: [Double] = []
    var gb: [Double] = []
    let va = a.evaluate(theta, &ga)
    let vb = b.evaluate(theta, &gb)
    // The values path reads entries rounded to Float; factors are exact.
    #expect(abs(va - vb) < 1e-6 * abs(vb))
    #expect(zip(ga, gb).allSatisfy { abs($0 - $1) < 1e-6 })
  }
}
