import Classifier
import Features

/// What the analysis of one piece of an article gives.
struct PieceResult: Sendable {
  /// Number of units.
  var count = 0
  /// The output rows, when asked for.
  var rows = RowBytes()
  /// The records, when asked for, with indexes counted from the piece's first unit.
  var records: [SentenceRecord] = []
  /// Word tokens outside furniture that the model does not know, and all of them.
  var unknownTokens = 0
  var tokens = 0
}

/// Labels the units of a piece of an article and works out what the outputs need: flags,
/// explanations, unknown words, records and rows. Each unit is tokenized once; an
/// explanation is built only when it is asked for, or when a quotation is too close to
/// call from the features alone.
struct PieceAnalyzer: Sendable {
  let model: FramingModel
  let options: AnalysisOptions
  let segmentation: Segmentation
  /// Rows to write (csv or jsonl), if any.
  var rowFormat: (records: UnitRecords, format: RecordFormat)? = nil
  /// Whether the result keeps a record of every unit.
  var keepsRecords = true
  /// Whether the result counts unknown tokens.
  var countsTokens = true

  init(model: FramingModel, options: AnalysisOptions, segmentation: Segmentation) {
    self.model = model
    self.options = options
    self.segmentation = segmentation
  }

  /// Labels and analyses `piece` of `article` on the calling thread.
  ///
  /// - Complexity: O(bytes of the piece).
  func analyze(_ article: ArticleInput, piece: TextFile.Piece) -> PieceResult {
    article.file.bytes.withUnsafeBufferPointer { bytes in analyze(article, bytes, piece) }
  }

  private func analyze(
    _ article: ArticleInput, _ bytes: UnsafeBufferPointer<UInt8>, _ piece: TextFile.Piece
  ) -> PieceResult {
    let explains = options.explain > 0 || options.keepExplanations
    var result = PieceResult()
    // For units that hold a quotation: every occurrence of a known n-gram, as its column
    // and whether it starts inside the quotation (`column << 1 | inside`).
    var quoteUnits: [Int] = []
    var occurrenceEnds: [Int] = []
    var occurrences: [UInt64] = []
    var lexiconScratch = LexiconFeatures.Scratch()
    let vocabulary = model.vectorizer.vocabulary
    let labeled = model.label(bytes, piece: piece, segmentation: segmentation) { i, unit, tokens in
      if countsTokens && unit.kind != .furniture {
        tokens.bytes.withUnsafeBufferPointer { b in
          for t in tokens.tokens
          where vocabulary.find(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) < 0 {
            result.unknownTokens += 1
          }
        }
        result.tokens += tokens.tokens.count
      }
      guard !explains else { return }
      let quotes = Quotation.ranges(in: bytes, start: unit.start, end: unit.end)
      guard !quotes.isEmpty else { return }
      quoteUnits.append(i)
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
    result.count = labeled.count
    var prefix: [UInt8] = []
    if let (records, format) = rowFormat {
      prefix = records.rowPrefix(of: article, format: format)
      result.rows.bytes.reserveCapacity(piece.range.count * 3 + 1024)
    }
    if keepsRecords { result.records.reserveCapacity(labeled.count) }
    var nextQuote = 0
    labeled.probabilities.withUnsafeBufferPointer { all in
      for i in 0..<labeled.count {
        let p = UnsafeBufferPointer(rebasing: all[(i * k)..<(i * k + k)])
        let label = labeled.labels[i]
        let unit = labeled.units[i]
        var quoted = false
        var explanation: Explanation? = nil
        if explains {
          let e = model.explain(
            bytes, start: unit.start, end: unit.end, label: label, probabilities: Array(p))
          let quotes = Quotation.ranges(in: bytes, start: unit.start, end: unit.end)
          if !quotes.isEmpty { quoted = FramingModel.isQuoted(e, quotes: quotes) }
          explanation = e
        } else if nextQuote < quoteUnits.count && quoteUnits[nextQuote] == i {
          let from = nextQuote == 0 ? 0 : occurrenceEnds[nextQuote - 1]
          nextQuote += 1
          if let decided = model.isQuoted(
            row: i, of: labeled.features, label: label, probabilities: p,
            occurrences: occurrences[from..<occurrenceEnds[nextQuote - 1]])
          {
            quoted = decided
          } else {
            let e = model.explain(
              bytes, start: unit.start, end: unit.end, label: label, probabilities: Array(p))
            quoted = FramingModel.isQuoted(
              e, quotes: Quotation.ranges(in: bytes, start: unit.start, end: unit.end))
          }
        }
        let uncertain = options.minConfidence.map { p[label] < $0 } ?? false
        if let (records, format) = rowFormat {
          result.rows.append(prefix)
          records.appendRow(
            unit: unit, line: labeled.lines[i], label: label, probabilities: p, quoted: quoted,
            uncertain: uncertain, explanation: explanation, text: bytes, format: format,
            to: &result.rows)
        }
        if keepsRecords {
          var second = -Double.infinity
          for c in 0..<k where c != label && p[c] > second { second = p[c] }
          result.records.append(
            SentenceRecord(
              unit: ClassifiedUnit(
                index: i, unit: unit, line: labeled.lines[i], label: label,
                probabilities: Array(p)),
              margin: p[label] - second, quoted: quoted, uncertain: uncertain,
              explanation: explanation))
        }
      }
    }
    return result
  }
}
