import Foundation

/// Classification quality of predictions against gold labels.
public struct Metrics: Sendable, Equatable {
  /// Class names, in index order.
  public let labels: [String]
  /// `confusion[gold][predicted]` counts.
  public let confusion: [[Int]]
  /// Mean negative log-probability of the gold class (natural log), when probabilities
  /// were given.
  public let logLoss: Double?
  /// Expected calibration error over 10 equal-width bins of the top probability, when
  /// probabilities were given:
  /// ```
  /// ECE = Σ_b (n_b / n) · |accuracy_b − mean top probability_b|
  /// ```
  public let calibrationError: Double?

  /// Metrics of `predicted` against `gold` (class indices); `probabilities` (row-major,
  /// one row per example) adds the log-loss.
  public init(labels: [String], gold: [Int], predicted: [Int], probabilities: [Double]? = nil) {
    precondition(gold.count == predicted.count)
    let k = labels.count
    var confusion = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
    for (g, p) in zip(gold, predicted) { confusion[g][p] += 1 }
    self.labels = labels
    self.confusion = confusion
    if let probabilities, !gold.isEmpty {
      precondition(probabilities.count == gold.count * k)
      var sum: Double = 0
      for (i, g) in gold.enumerated() {
        sum -= log(max(probabilities[i * k + g], 1e-15))
      }
      logLoss = sum / Double(gold.count)
      var binCount = [Int](repeating: 0, count: 10)
      var binCorrect = [Int](repeating: 0, count: 10)
      var binConfidence = [Double](repeating: 0, count: 10)
      for (i, p) in predicted.enumerated() {
        let top = probabilities[i * k + p]
        let b = min(9, Int(top * 10))
        binCount[b] += 1
        binConfidence[b] += top
        if p == gold[i] { binCorrect[b] += 1 }
      }
      var ece = 0.0
      for b in 0..<10 where binCount[b] > 0 {
        let n = Double(binCount[b])
        ece += n / Double(gold.count) * abs(Double(binCorrect[b]) / n - binConfidence[b] / n)
      }
      calibrationError = ece
    } else {
      logLoss = nil
      calibrationError = nil
    }
  }

  /// Number of examples.
  public var count: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }

  /// Share of examples predicted correctly.
  public var accuracy: Double {
    let total = count
    guard total > 0 else { return 0 }
    return Double((0..<labels.count).reduce(0) { $0 + confusion[$1][$1] }) / Double(total)
  }

  /// `tp / (tp + fp)` of class `k` (0 when nothing was predicted as `k`).
  public func precision(_ k: Int) -> Double {
    let predicted = confusion.reduce(0) { $0 + $1[k] }
    return predicted == 0 ? 0 : Double(confusion[k][k]) / Double(predicted)
  }

  /// `tp / (tp + fn)` of class `k` (0 when class `k` has no example).
  public func recall(_ k: Int) -> Double {
    let actual = confusion[k].reduce(0, +)
    return actual == 0 ? 0 : Double(confusion[k][k]) / Double(actual)
  }

  /// Harmonic mean of precision and recall of class `k`.
  public func f1(_ k: Int) -> Double {
    let p = precision(k)
    let r = recall(k)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// Number of gold examples of class `k`.
  public func support(_ k: Int) -> Int { confusion[k].reduce(0, +) }

  /// Unweighted mean of the per-class F1 scores.
  public var macroF1: Double {
    guard !labels.isEmpty else { return 0 }
    return (0..<labels.count).reduce(0) { $0 + f1($1) } / Double(labels.count)
  }

  /// The metrics as a JSON-ready dictionary.
  public var dictionary: [String: Any] {
    var perClass: [String: Any] = [:]
    for (k, name) in labels.enumerated() {
      perClass[name] = [
        "precision": precision(k), "recall": recall(k), "f1": f1(k), "support": support(k),
      ]
    }
    var out: [String: Any] = [
      "accuracy": accuracy, "macro_f1": macroF1, "per_class": perClass, "confusion": confusion,
      "labels": labels, "count": count,
    ]
    if let logLoss { out["log_loss"] = logLoss }
    if let calibrationError { out["expected_calibration_error"] = calibrationError }
    return out
  }
}
