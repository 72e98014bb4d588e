import Classifier
import Features
import FramingSupport

/// One article to classify: its text and where it came from.
public struct ArticleInput: Sendable {
  /// The file path, or the id of a JSON Lines record.
  public var id: String
  /// The outlet the article belongs to.
  public var outlet: String
  /// Publication date as given (free text, e.g. `2019-06-28`).
  public var date: String?
  /// Headline as given.
  public var title: String?
  /// The text; offsets in output rows are byte offsets into its bytes.
  public var file: TextFile

  public init(id: String, outlet: String, date: String? = nil, title: String? = nil, file: TextFile)
  {
    self.id = id
    self.outlet = outlet
    self.date = date
    self.title = title
    self.file = file
  }
}

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

  /// Share of word tokens the model has never seen.
  public var unknownShare: Double { tokens == 0 ? 0 : Double(unknownTokens) / Double(tokens) }
}

/// Options that decide what is computed for each unit.
public struct AnalysisOptions: Sendable {
  /// Count page furniture in profiles too (output rows always carry it, flagged).
  public var includeFurniture = false
  /// Units whose label probability is below this are flagged uncertain.
  public var minConfidence: Double? = nil
  /// Number of explanation terms per unit (0: none in the rows).
  public var explain = 0
  /// Keep every unit's explanation (the HTML report shows them) even when rows do not.
  public var keepExplanations = false
  /// Sentences of evidence per outlet and label.
  public var evidenceCount = 3
  /// Seed of the bootstrap.
  public var seed: UInt64 = 2024

  public init() {}
}

extension FramingModel {
  /// Classifies an article and works out each unit's margin, quotation and confidence
  /// flags, and (when `options.explain > 0`, or the unit holds a quotation) its explanation.
  ///
  /// Large articles are cut into pieces after blank lines and analysed on every core; the
  /// result is the same on any number of threads.
  public func analyze(_ input: ArticleInput, segmentation: Segmentation, options: AnalysisOptions)
    -> ArticleResult
  {
    let analyzer = PieceAnalyzer(model: self, options: options, segmentation: segmentation)
    let pieces = input.file.pieces(
      size: FramingModel.pieceSize, anyLine: segmentation == .lines)
    let parts = Parallel.map(Parallel.chunks(count: pieces.count, chunkSize: 1)) {
      analyzer.analyze(input, piece: pieces[$0.lowerBound])
    }
    var result = ArticleResult(input: input, records: [], unknownTokens: 0, tokens: 0)
    for part in parts { result.append(part) }
    return result
  }

  /// Whether the label's evidence sits mainly inside quotation marks: most of the push
  /// towards the label (the positive contributions) comes from n-grams whose occurrences
  /// start inside `quotes`, each counted by the share of its occurrences there.
  static func isQuoted(_ e: Explanation, quotes: [Range<Int>]) -> Bool {
    var inside = 0.0
    var all = 0.0
    for term in e.terms where term.contribution > 0 {
      let share =
        Double(term.spans.filter { s in quotes.contains { $0.contains(s.lowerBound) } }.count)
        / Double(max(1, term.spans.count))
      inside += term.contribution * share
      all += term.contribution
    }
    return all > 0 && inside > 0.5 * all
  }

  /// ``isQuoted(_:quotes:)`` from a unit's feature row, without building its explanation:
  /// `occurrences` are the unit's known n-grams as `column << 1 | inside`. The sums run in
  /// column order rather than by contribution, so a case within 1e-9 of the threshold is
  /// left undecided (`nil`) for the caller to settle with the explanation.
  ///
  /// - Complexity: O(o log o + e · labels) for o occurrences and e row entries.
  func isQuoted(
    row: Int, of features: SparseMatrix, label: Int, probabilities p: UnsafeBufferPointer<Double>,
    occurrences: ArraySlice<UInt64>
  ) -> Bool? {
    let k = labels.count
    var versus = label == 0 ? 1 : 0
    for c in 0..<k where c != label && p[c] > p[versus] { versus = c }
    let sorted = occurrences.sorted()
    var inside = 0.0
    var all = 0.0
    var o = 0
    regression.weights.withUnsafeBufferPointer { w in
      for e in features.rowStarts[row]..<features.rowStarts[row + 1] {
        let j = Int(features.columns[e])
        while o < sorted.count && Int(sorted[o] >> 1) < j { o += 1 }
        var total = 0
        var within = 0
        while o < sorted.count && Int(sorted[o] >> 1) == j {
          total += 1
          within += Int(sorted[o] & 1)
          o += 1
        }
        let x = Double(features.values[e])
        let contribution = x * (w[j * k + label] - w[j * k + versus])
        guard contribution > 0 else { continue }
        inside += contribution * (Double(within) / Double(max(1, total)))
        all += contribution
      }
    }
    guard all > 0 else { return false }
    let distance = inside - 0.5 * all
    if abs(distance) <= 1e-9 * all { return nil }
    return distance > 0
  }
}

extension ArticleResult {
  /// Adds the records and token counts of the next piece of the article.
  mutating func append(_ piece: PieceResult) {
    let base = records.count
    records.reserveCapacity(base + piece.records.count)
    for var r in piece.records {
      r.unit.index += base
      records.append(r)
    }
    unknownTokens += piece.unknownTokens
    tokens += piece.tokens
  }
}
