import Foundation

/// Problems in a labeled corpus worth a look before training: conflicting duplicates,
/// near-duplicates, and rows the model confidently disagrees with.
public struct LabelQuality: Sendable {
  /// A group of rows (by index) with the same text.
  public struct Group: Sendable {
    public var rows: [Int]
  }

  /// Rows whose texts are identical but whose labels differ.
  public var conflictingDuplicates: [Group]
  /// Rows whose texts differ only in case, digits, punctuation or spacing.
  public var nearDuplicates: [Group]
  /// Rows whose out-of-fold prediction disagrees with the label with probability at least
  /// ``confidentThreshold``: likely label errors, most confident first.
  public var likelyErrors: [(row: Int, predicted: Int, probability: Double)]
  /// The threshold used for ``likelyErrors``.
  public var confidentThreshold: Double

  /// Finds duplicates in `corpus`, and likely label errors from out-of-fold
  /// `probabilities` (row-major) when given.
  public init(corpus: LabeledCorpus, probabilities: [Double]? = nil, threshold: Double = 0.9) {
    confidentThreshold = threshold
    var exact: [String: [Int]] = [:]
    var near: [String: [Int]] = [:]
    for (i, text) in corpus.texts.enumerated() {
      exact[text, default: []].append(i)
      near[LabelQuality.normalized(text), default: []].append(i)
    }
    conflictingDuplicates = exact.values.filter { rows in
      Set(rows.map { corpus.labels[$0] }).count > 1
    }
    .map { Group(rows: $0) }.sorted { $0.rows[0] < $1.rows[0] }
    nearDuplicates = near.values.filter { rows in
      rows.count > 1 && Set(rows.map { corpus.texts[$0] }).count > 1
    }
    .map { Group(rows: $0) }.sorted { $0.rows[0] < $1.rows[0] }
    var errors: [(Int, Int, Double)] = []
    if let probabilities {
      let k = corpus.labelNames.count
      for i in 0..<corpus.count {
        var best = 0
        for c in 1..<k where probabilities[i * k + c] > probabilities[i * k + best] { best = c }
        let p = probabilities[i * k + best]
        if best != corpus.labels[i] && p >= threshold { errors.append((i, best, p)) }
      }
    }
    likelyErrors = errors.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }.map {
      (row: $0.0, predicted: $0.1, probability: $0.2)
    }
  }

  /// Lower case, letters only, single spaces. ASCII text (nearly every row) is handled on
  /// bytes; text with other scripts goes through Unicode scalars, so that their letters are
  /// lower-cased and their punctuation dropped too.
  ///
  /// - Complexity: O(bytes).
  static func normalized(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.lowercased().unicodeScalars.map { $0.properties.isAlphabetic ? String($0) : " " }
        .joined()
        .split(separator: " ").joined(separator: " ")
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for b in text.utf8 {
      let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      if isLetter {
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(b | 0x20)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A short plain-text report naming lines of `corpus`.
  public func report(corpus: LabeledCorpus, limit: Int = 5) -> String {
    func line(_ row: Int) -> String {
      "\(corpus.path):\(corpus.lines[row]) [\(corpus.labelNames[corpus.labels[row]])] \(corpus.texts[row].prefix(80))"
    }
    var out =
      "label quality: \(conflictingDuplicates.count) duplicate texts with conflicting labels, "
      + "\(nearDuplicates.count) near-duplicate groups, \(likelyErrors.count) likely label errors"
      + " (out-of-fold prediction disagrees with p ≥ \(confidentThreshold))\n"
    for g in conflictingDuplicates.prefix(limit) {
      out += "  conflict: " + g.rows.map(line).joined(separator: "\n            ") + "\n"
    }
    for g in nearDuplicates.prefix(limit) {
      out +=
        "  near-duplicate: " + g.rows.map(line).joined(separator: "\n                  ") + "\n"
    }
    for e in likelyErrors.prefix(limit) {
      out +=
        "  likely error: " + line(e.row) + " → model says \(corpus.labelNames[e.predicted])"
        + String(format: " (%.2f)", e.probability) + "\n"
    }
    return out
  }
}
