import Classifier
import Features
import FramingSupport

/// The units of one piece of an article with what the outputs need of each: label,
/// probabilities, quotation and confidence flags and, when asked for, the explanation. The
/// arrays are flat and in unit order (unit `i` has probabilities
/// `probabilities[i * labelCount ..< i * labelCount + labelCount]`).
public struct LabeledPiece: Sendable {
  /// Number of labels of the model.
  public var labelCount: Int
  /// The units, their 1-based lines, labels and probabilities.
  public var units: [TextUnit] = []
  public var lines: [Int] = []
  public var labels: [Int] = []
  public var probabilities: [Double] = []
  /// Whether the label's evidence sits mainly inside quotation marks.
  public var quoted: [Bool] = []
  /// Whether the label's probability is below the `--min-confidence` threshold.
  public var uncertain: [Bool] = []
  /// Each unit's explanation when explanations were asked for; empty otherwise.
  public var explanations: [Explanation?] = []
  /// Each unit's actors when actors are found; empty otherwise.
  public var actors: [[String]] = []
  /// Word tokens outside furniture that the model does not know, and all word tokens
  /// (both 0 when the labeller does not count them).
  public var unknownTokens = 0
  public var tokens = 0

  public init(labelCount: Int) { self.labelCount = labelCount }

  /// Number of units.
  public var count: Int { units.count }

  /// Adds the units of the next piece of the same file.
  public mutating func append(_ other: LabeledPiece) {
    units += other.units
    lines += other.lines
    labels += other.labels
    probabilities += other.probabilities
    quoted += other.quoted
    uncertain += other.uncertain
    explanations += other.explanations
    actors += other.actors
    unknownTokens += other.unknownTokens
    tokens += other.tokens
  }
}

/// The one way text is labelled: a piece of a file in, its units with their labels, flags
/// and explanations out. `classify`, the tests, the fuzz targets and the benchmark all go
/// through it.
///
/// Each unit is tokenized once; an explanation is built only when it is asked for, or when
/// a quotation is too close to call from the features alone.
public struct Labeller: Sendable {
  public let model: FramingModel
  public let options: AnalysisOptions
  public let segmentation: Segmentation
  /// Whether unknown tokens are counted (the profiles' unknown-word share needs them).
  public var countsTokens = true
  /// Finds each unit's actors, when set.
  public var actorFinder: ActorFinder? = nil

  public init(
    model: FramingModel, options: AnalysisOptions = AnalysisOptions(),
    segmentation: Segmentation = .sentences
  ) {
    self.model = model
    self.options = options
    self.segmentation = segmentation
  }

  /// Whether every unit gets its explanation.
  var explains: Bool { options.explain > 0 || options.keepExplanations }

  /// Labels the whole of `file`: cut into pieces after blank lines, labelled on every
  /// core, joined in order; the result is the same on any number of threads.
  public func label(_ file: TextFile, date: String? = nil) -> LabeledPiece {
    let pieces = file.pieces(size: Labeller.pieceSize, anyLine: segmentation == .lines)
    let parts = Parallel.map(Parallel.chunks(count: pieces.count, chunkSize: 1)) {
      label(file, piece: pieces[$0.lowerBound], date: date)
    }
    var result = LabeledPiece(labelCount: model.labels.count)
    for part in parts { result.append(part) }
    return result
  }

  /// A headline repeated as the first lines of the body (scraped pages often carry the
  /// title twice) is one headline: the repeat, among the next five units, becomes
  /// furniture, so that profiles count it once (rows still show it, flagged furniture).
  static func markRepeatedHeadline(_ units: inout [TextUnit], in bytes: UnsafeBufferPointer<UInt8>)
  {
    guard let first = units.first, first.kind == .heading else { return }
    func key(_ u: TextUnit) -> [UInt8] {
      var out: [UInt8] = []
      for b in bytes[u.start..<u.end] {
        let c = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
          if out.last != 0x20 { out.append(0x20) }
        } else {
          out.append(c)
        }
      }
      while let last = out.last, last == 0x2E || last == 0x20 { out.removeLast() }
      return out
    }
    let headline = key(first)
    guard headline.count >= 12 else { return }
    for i in 1..<min(units.count, 6) where units[i].kind != .furniture && key(units[i]) == headline
    {
      units[i].kind = .furniture
      return
    }
  }

  /// Labels the whole of an article and keeps a record of every unit.
  public func analyze(_ article: ArticleInput) -> ArticleResult {
    var result = ArticleResult(input: article, records: [], unknownTokens: 0, tokens: 0)
    result.append(label(article.file, date: article.date))
    return result
  }

  /// Labels `piece` of `file` on the calling thread; `date` (the article's, `yyyy-mm-dd`)
  /// helps ``actorFinder`` tell which holder a role means.
  ///
  /// - Complexity: O(bytes of the piece).
  public func label(_ file: TextFile, piece: TextFile.Piece, date: String? = nil) -> LabeledPiece {
    file.bytes.withUnsafeBufferPointer { bytes in label(bytes, piece, date: date) }
  }

  private func label(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: TextFile.Piece, date: String?)
    -> LabeledPiece
  {
    let explains = self.explains
    var result = LabeledPiece(labelCount: model.labels.count)
    // For units that hold a quotation: every occurrence of a known n-gram, as its column
    // and whether it starts inside the quotation (`column << 1 | inside`).
    var quoteUnits: [Int] = []
    var quoteRanges: [[Range<Int>]] = []
    var occurrenceEnds: [Int] = []
    var occurrences: [UInt64] = []
    var lexiconScratch = LexiconFeatures.Scratch()
    let vocabulary = model.vectorizer.vocabulary
    // Whether the unit being read starts inside a quotation opened in an earlier one.
    var insideQuote = false
    let labeled = labelUnits(bytes, piece: piece) { i, unit, tokens in
      if countsTokens && unit.kind != .furniture {
        // Name class tokens (`_person_`, ...) are neither known nor unknown words.
        tokens.bytes.withUnsafeBufferPointer { b in
          for t in tokens.tokens where b[Int(t.start)] != UInt8(ascii: "_") {
            result.tokens += 1
            if vocabulary.find(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) < 0 {
              result.unknownTokens += 1
            }
          }
        }
      }
      guard !explains else { return }
      let quotes = Quotation.ranges(
        in: bytes, start: unit.start, end: unit.end, inside: &insideQuote)
      guard !quotes.isEmpty else { return }
      quoteUnits.append(i)
      quoteRanges.append(quotes)
      model.vectorizer.forEachKnownNGram(of: tokens) { column, first, _ in
        let start = tokens.tokens[first].sourceStart
        let inside = quotes.contains { $0.contains(start) }
        occurrences.append(UInt64(column) << 1 | (inside ? 1 : 0))
      }
      let n = model.vectorizer.featureCount
      model.lexicon?.forEachMatch(in: tokens, scratch: &lexiconScratch) { column, start, _, _ in
        let inside = quotes.contains { $0.contains(start) }
        occurrences.append(UInt64(n + column) << 1 | (inside ? 1 : 0))
      }
      occurrenceEnds.append(occurrences.count)
    }

    let k = model.labels.count
    result.units = labeled.units
    // Only the piece that starts the file holds the headline.
    if piece.firstLine == 1 { Labeller.markRepeatedHeadline(&result.units, in: bytes) }
    result.lines = labeled.lines
    result.labels = labeled.labels
    result.probabilities = labeled.probabilities
    result.quoted.reserveCapacity(labeled.count)
    result.uncertain.reserveCapacity(labeled.count)
    if explains { result.explanations.reserveCapacity(labeled.count) }
    var nextQuote = 0
    var explainedInside = false
    labeled.probabilities.withUnsafeBufferPointer { all in
      for i in 0..<labeled.count {
        let p = UnsafeBufferPointer(rebasing: all[(i * k)..<(i * k + k)])
        let label = labeled.labels[i]
        let unit = labeled.units[i]
        var quoted = false
        if explains {
          let e = model.explain(
            bytes, start: unit.start, end: unit.end, label: label, probabilities: Array(p))
          let quotes = Quotation.ranges(
            in: bytes, start: unit.start, end: unit.end, inside: &explainedInside)
          if !quotes.isEmpty { quoted = Labeller.isQuoted(e, quotes: quotes) }
          result.explanations.append(e)
        } else if nextQuote < quoteUnits.count && quoteUnits[nextQuote] == i {
          let from = nextQuote == 0 ? 0 : occurrenceEnds[nextQuote - 1]
          nextQuote += 1
          if let decided = isQuoted(
            row: i, of: labeled.features, label: label, probabilities: p,
            occurrences: occurrences[from..<occurrenceEnds[nextQuote - 1]])
          {
            quoted = decided
          } else {
            let e = model.explain(
              bytes, start: unit.start, end: unit.end, label: label, probabilities: Array(p))
            quoted = Labeller.isQuoted(e, quotes: quoteRanges[nextQuote - 1])
          }
        }
        result.quoted.append(quoted)
        result.uncertain.append(options.minConfidence.map { p[label] < $0 } ?? false)
      }
    }
    if let actorFinder {
      result.actors = actorFinder.actors(of: result.units, in: bytes, date: date)
    }
    return result
  }
}
