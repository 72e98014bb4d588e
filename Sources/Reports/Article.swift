import Classifier
import Features

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
  public func analyze(_ input: ArticleInput, segmentation: Segmentation, options: AnalysisOptions)
    -> ArticleResult
  {
    let units = classify(input.file, segmentation: segmentation)
    var unknown = 0
    var total = 0
    let records: [SentenceRecord] = input.file.bytes.withUnsafeBufferPointer { bytes in
      units.map { u in
        let p = u.probabilities
        var second = -Double.infinity
        for (c, v) in p.enumerated() where c != u.label && v > second { second = v }
        let quotes = Quotation.ranges(in: bytes, start: u.unit.start, end: u.unit.end)
        var explanation: Explanation? = nil
        if options.explain > 0 || options.keepExplanations || !quotes.isEmpty {
          explanation = explain(
            bytes, start: u.unit.start, end: u.unit.end, label: u.label, probabilities: p)
        }
        var quoted = false
        if !quotes.isEmpty, let e = explanation {
          // The framing sits inside a quotation when most of the push towards the label
          // comes from n-grams inside quotation marks.
          var inside = 0.0
          var all = 0.0
          for term in e.terms where term.contribution > 0 {
            let share =
              Double(term.spans.filter { s in quotes.contains { $0.contains(s.lowerBound) } }.count)
              / Double(max(1, term.spans.count))
            inside += term.contribution * share
            all += term.contribution
          }
          quoted = all > 0 && inside > 0.5 * all
        }
        let counts = unknownTokenCount(bytes, start: u.unit.start, end: u.unit.end)
        if u.unit.kind != .furniture {
          unknown += counts.unknown
          total += counts.total
        }
        return SentenceRecord(
          unit: u, margin: p[u.label] - second, quoted: quoted,
          uncertain: options.minConfidence.map { p[u.label] < $0 } ?? false,
          explanation: options.explain > 0 || options.keepExplanations ? explanation : nil)
      }
    }
    return ArticleResult(input: input, records: records, unknownTokens: unknown, tokens: total)
  }
}
