import Testing

@testable import Classifier
@testable import Features

/// `topTerms` keeps the order of a full sort (largest weight above the mean first, ties by
/// column) while selecting only the top of each label.
@Suite struct TopTermsTests {
  @Test(arguments: [3, 40])
  func selectionMatchesAFullSort(labelCount: Int) throws {
    var rng = SplitMix64Test(seed: 7)
    let terms = (0..<300).map { "t\($0)" }
    var options = TFIDFOptions()
    options.maxN = 1
    var vectorizer = TFIDFVectorizer(options: options)
    _ = try vectorizer.fitTransform(terms)
    let d = vectorizer.featureCount
    // Weights on a coarse grid, so that ties occur and their order is tested too.
    let weights = (0..<(d * labelCount)).map { _ in Double(Int(rng.next() % 21) - 10) / 4 }
    let model = FramingModel(
      labels: (0..<labelCount).map { "l\($0)" }, vectorizer: vectorizer,
      regression: SoftmaxRegression(
        featureCount: d, classCount: labelCount, weights: weights,
        bias: [Double](repeating: 0, count: labelCount)))
    let top = model.topTerms(count: 12)
    for label in 0..<labelCount {
      var full: [(column: Int, weight: Double)] = []
      for j in 0..<d {
        var mean = 0.0
        for c in 0..<labelCount { mean += weights[j * labelCount + c] }
        full.append((j, weights[j * labelCount + label] - mean / Double(labelCount)))
      }
      full.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.column < $1.column }
      let expected = full.prefix(12)
      let names: [String] = top[label].map { $0.term }
      let values: [Double] = top[label].map { $0.weight }
      #expect(names == expected.map { model.featureName($0.column) })
      #expect(values == expected.map { $0.weight })
    }
  }
}

/// A local generator, so that the test does not depend on another module's.
struct SplitMix64Test {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
