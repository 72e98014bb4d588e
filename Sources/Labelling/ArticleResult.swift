import Classifier
import Features
import FramingSupport

/// One classified unit with everything the outputs show about it.
public struct SentenceRecord: Sendable {
  /// The unit, its label and probabilities.
  public var unit: ClassifiedUnit
  /// Probability of the label minus that of the runner-up.
  public var margin: Double
  /// Whether the label's evidence sits mainly inside quotation marks.
  public var quoted: Bool
  /// Whether the label's probability is below the `--min-confidence` threshold.
  public var uncertain: Bool
  /// The explanation, when asked for or needed.
  public var explanation: Explanation?
  /// The actors the unit mentions (``ActorFinder``), in order of first mention.
  public var actors: [String] = []

  /// Whether the unit is page furniture.
  public var isFurniture: Bool { unit.unit.kind == .furniture }
}

/// The result of classifying one article.
public struct ArticleResult: Sendable {
  public var input: ArticleInput
  public var records: [SentenceRecord]
  /// Word tokens of the article not in the model's vocabulary, and all word tokens.
  public var unknownTokens: Int
  public var tokens: Int

  public init(input: ArticleInput, records: [SentenceRecord], unknownTokens: Int, tokens: Int) {
    self.input = input
    self.records = records
    self.unknownTokens = unknownTokens
    self.tokens = tokens
  }

  /// Share of word tokens the model has never seen.
  public var unknownShare: Double { tokens == 0 ? 0 : Double(unknownTokens) / Double(tokens) }
}

extension ArticleResult {
  /// Adds the units and token counts of the next piece of the article.
  public mutating func append(_ piece: LabeledPiece) {
    let base = records.count
    records.reserveCapacity(base + piece.count)
    let k = piece.labelCount
    piece.probabilities.withUnsafeBufferPointer { all in
      for i in 0..<piece.count {
        let p = UnsafeBufferPointer(rebasing: all[(i * k)..<(i * k + k)])
        let label = piece.labels[i]
        var second = -Double.infinity
        for c in 0..<k where c != label && p[c] > second { second = p[c] }
        records.append(
          SentenceRecord(
            unit: ClassifiedUnit(
              index: base + i, unit: piece.units[i], line: piece.lines[i], label: label,
              probabilities: Array(p)),
            margin: p[label] - second, quoted: piece.quoted[i], uncertain: piece.uncertain[i],
            explanation: piece.explanations.isEmpty ? nil : piece.explanations[i],
            actors: piece.actors.isEmpty ? [] : piece.actors[i]))
      }
    }
    unknownTokens += piece.unknownTokens
    tokens += piece.tokens
  }
}
