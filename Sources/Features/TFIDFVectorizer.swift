import Foundation

/// Turns texts into TF-IDF weighted word n-gram vectors, with scikit-learn's formulas.
///
/// For term `t` in document `d` with count `c(t, d)`:
/// ```
/// tf(t, d)  = c(t, d), or 1 + ln c(t, d) with sublinearTF
/// idf(t)    = ln((1 + n) / (1 + df(t))) + 1   with smoothIDF
///           = ln(n / df(t)) + 1               without
/// x(t, d)   = tf(t, d) · idf(t), then each row divided by its l2 (or l1) norm
/// ```
/// where `n` is the number of training documents and `df(t)` the number of them that
/// contain `t`. N-grams are tokens joined by one space (`"not good"`); columns are the
/// kept terms in byte order, which is Python's string order.
public struct TFIDFVectorizer: Sendable {
  /// The options the vectorizer was created with.
  public let options: TFIDFOptions
  /// The tokenizer applied to raw text.
  public let tokenizer: Tokenizer
  /// Term → column; term `i` of the table is column `i`.
  public private(set) var vocabulary: TermTable
  /// Inverse document frequency of each column (all 1 without ``TFIDFOptions/useIDF``).
  public private(set) var idf: [Double]
  /// Document frequency of each column in the training documents.
  public private(set) var documentFrequency: [Int]
  /// Number of documents the vectorizer was fitted on.
  public private(set) var documentCount: Int
  /// The vocabulary as token ids and pairs of ids, for lookups that build no bytes.
  private var index: NGramIndex

  /// Number of columns.
  public var featureCount: Int { vocabulary.count }

  /// An unfitted vectorizer.
  public init(options: TFIDFOptions = TFIDFOptions(), tokenizer: Tokenizer = Tokenizer()) {
    self.options = options
    self.tokenizer = tokenizer
    self.vocabulary = TermTable(capacity: 16)
    self.idf = []
    self.documentFrequency = []
    self.documentCount = 0
    self.index = NGramIndex(minN: options.minN, maxN: options.maxN)
  }

  /// A fitted vectorizer rebuilt from its parts (a model file).
  ///
  /// - Precondition: `terms` are unique and in byte order, one idf per term (the model
  ///   loader checks this and reports a corrupt file before calling).
  public init(options: TFIDFOptions, terms: [String], idf: [Double], documentCount: Int) {
    precondition(terms.count == idf.count)
    self.options = options
    self.tokenizer = Tokenizer()
    self.vocabulary = TermTable(terms: terms)
    self.idf = idf
    self.documentFrequency = []
    self.documentCount = documentCount
    self.index = NGramIndex(vocabulary: vocabulary, minN: options.minN, maxN: options.maxN)
  }

  // MARK: Fitting

  /// Learns the vocabulary and idf from `documents` and returns their TF-IDF matrix.
  ///
  /// - Throws: ``FeaturesError/invalidOption(name:value:expected:)`` for options out of
  ///   range, ``FeaturesError/emptyVocabulary(reason:)`` when no term survives the limits.
  /// - Complexity: O(total tokens × n-gram lengths), plus sorting the kept terms; large
  ///   inputs use every core, with the same result as one.
  public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
    let tokenizer = self.tokenizer
    return try fitTransform(count: documents.count, parallel: true) { index, buffer in
      var text = documents[index]
      text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    }
  }

  /// Learns from documents given as token lists (tokenization done elsewhere).
  public mutating func fitTransform(tokenized documents: [[String]]) throws -> SparseMatrix {
    try fitTransform(count: documents.count, parallel: true) { index, buffer in
      TFIDFVectorizer.fill(&buffer, with: documents[index])
    }
  }

  /// Learns from `count` documents whose tokens `tokens(i, &buffer)` appends to `buffer`.
  /// `tokens` is called on the calling thread, once per document, in order.
  public mutating func fitTransform(
    count: Int, tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> SparseMatrix {
    try fitTransform(count: count, parallel: false, tokens: tokens)
  }

  /// The fit: documents are counted in chunks whose size depends on `count` alone (on
  /// several threads when `parallel`), each chunk's terms merged into the corpus tables
  /// in chunk order, so that the result does not depend on the number of threads.
  mutating func fitTransform(
    count: Int, parallel: Bool, tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> SparseMatrix {
    try options.validate()
    let high = options.maxDF.documents(of: count)
    let low = options.minDF.documents(of: count)
    if high < low {
      throw FeaturesError.invalidOption(
        name: "max-df", value: options.maxDF.description,
        expected: "a limit no lower than min-df (\(options.minDF)) for \(count) documents")
    }
    let ranges = Parallel.chunks(count: count, chunkSize: max(4096, (count + 15) / 16))
    let batch = parallel ? max(1, Parallel.threadCount) : 1
    var corpus = CorpusCounts(minN: options.minN, maxN: options.maxN)
    var chunkTerms: [[UInt32]] = []
    var chunkRowEnds: [[Int]] = []
    var first = 0
    while first < ranges.count {
      let group = Array(ranges[first..<min(first + batch, ranges.count)])
      let counted: [ChunkCounts]
      if parallel {
        counted = Parallel.map(group) {
          ChunkCounts(documents: $0, options: options, tokens: tokens)
        }
      } else {
        counted = group.map { ChunkCounts(documents: $0, options: options, tokens: tokens) }
      }
      for var chunk in counted {
        corpus.merge(&chunk)
        chunkTerms.append(chunk.terms)
        chunkRowEnds.append(chunk.rowEnds)
      }
      first += batch
    }

    // Keep terms within the document-frequency limits, then the most frequent.
    var kept = corpus.candidates(low: low, high: high)
    let termBytes = corpus.bytes(of: kept)
    if let limit = options.maxFeatures, kept.count > limit {
      var order = Array(0..<kept.count)
      let tf = kept.map { corpus.termFrequency($0) }
      order.sort { a, b in tf[a] != tf[b] ? tf[a] > tf[b] : termBytes.precedes(a, b) }
      order.removeSubrange(limit...)
      kept = order.map { kept[$0] }
      return try finishFit(
        corpus: &corpus, kept: kept, bytes: termBytes, positions: order, count: count,
        chunkTerms: &chunkTerms, chunkRowEnds: chunkRowEnds)
    }
    return try finishFit(
      corpus: &corpus, kept: kept, bytes: termBytes, positions: Array(0..<kept.count), count: count,
      chunkTerms: &chunkTerms, chunkRowEnds: chunkRowEnds)
  }

  /// Sorts the kept terms into columns, sets the vocabulary and idf, and builds the matrix
  /// from the counted term codes. `positions[i]` is where kept term `i` sits in `bytes`.
  private mutating func finishFit(
    corpus: inout CorpusCounts, kept: [UInt32], bytes: TermBytes, positions: [Int], count: Int,
    chunkTerms: inout [[UInt32]], chunkRowEnds: [[Int]]
  ) throws -> SparseMatrix {
    if kept.isEmpty {
      throw FeaturesError.emptyVocabulary(
        reason: "\(corpus.termCount) distinct terms in \(count) documents, none within"
          + " min-df \(options.minDF) and max-df \(options.maxDF); lower min-df or raise max-df.")
    }
    var order = Array(0..<kept.count)
    order.sort { bytes.precedes(positions[$0], positions[$1]) }
    var vocabulary = TermTable(capacity: kept.count)
    var columnOfCode = CodeColumns(tokenCount: corpus.tokenCount, multiCount: corpus.multiCount)
    var df: [Int] = []
    df.reserveCapacity(kept.count)
    for (c, i) in order.enumerated() {
      bytes.withBytes(positions[i]) { _ = vocabulary.insert($0) }
      columnOfCode[kept[i]] = Int32(c)
      df.append(corpus.documentFrequency(kept[i]))
    }
    corpus = CorpusCounts(minN: options.minN, maxN: options.maxN)  // frees the tables
    self.vocabulary = vocabulary
    self.documentCount = count
    self.documentFrequency = df
    let options = self.options
    self.idf = df.map { TFIDFVectorizer.idf(df: $0, documents: count, options: options) }
    self.index = NGramIndex(vocabulary: vocabulary, minN: options.minN, maxN: options.maxN)
    return buildMatrix(
      chunkTerms: &chunkTerms, chunkRowEnds: chunkRowEnds, columns: columnOfCode, rowCount: count)
  }

  /// The TF-IDF matrix of the counted documents: each chunk's codes become columns in
  /// place and are sorted row by row, then every chunk writes its rows into one matrix.
  private func buildMatrix(
    chunkTerms: inout [[UInt32]], chunkRowEnds: [[Int]], columns: CodeColumns, rowCount: Int
  ) -> SparseMatrix {
    // Codes to columns (dropped terms removed), sorted within each row; entries per row.
    let boxes = chunkTerms.map { TermsBox($0) }
    chunkTerms = []
    let rowEntries: [[Int]] = Parallel.map(Parallel.chunks(count: boxes.count, chunkSize: 1)) { r in
      let box = boxes[r.lowerBound]
      let ends = chunkRowEnds[r.lowerBound]
      var entries: [Int] = []
      entries.reserveCapacity(ends.count)
      box.values.withUnsafeMutableBufferPointer { terms in
        var start = 0
        for end in ends {
          var kept = start
          for e in start..<end {
            let c = columns[terms[e]]
            if c >= 0 {
              terms[kept] = UInt32(c)
              kept += 1
            }
          }
          let row = UnsafeMutableBufferPointer(rebasing: terms[start..<kept])
          TFIDFVectorizer.sortSmall(row)
          var unique = 0
          var previous = UInt32.max
          for c in row where c != previous {
            unique += 1
            previous = c
          }
          entries.append(unique)
          box.lengths.append(kept - start)
          start = end
        }
      }
      return entries
    }
    var rowStarts = [Int](repeating: 0, count: rowCount + 1)
    var row = 0
    for entries in rowEntries {
      for n in entries {
        rowStarts[row + 1] = rowStarts[row] + n
        row += 1
      }
    }
    let total = rowStarts[rowCount]
    var matrixColumns = [Int32](repeating: 0, count: total)
    var matrixValues = [Float](repeating: 0, count: total)
    matrixColumns.withUnsafeMutableBufferPointer { outColumns in
      matrixValues.withUnsafeMutableBufferPointer { outValues in
        let shared = UnsafeSendable((columns: outColumns, values: outValues))
        var firstRow = 0
        var chunkFirstRows: [Int] = []
        for entries in rowEntries {
          chunkFirstRows.append(firstRow)
          firstRow += entries.count
        }
        _ = Parallel.map(Parallel.chunks(count: boxes.count, chunkSize: 1)) { r in
          let box = boxes[r.lowerBound]
          let ends = chunkRowEnds[r.lowerBound]
          box.values.withUnsafeBufferPointer { terms in
            var start = 0
            for (i, end) in ends.enumerated() {
              let row = chunkFirstRows[r.lowerBound] + i
              let sorted = UnsafeBufferPointer(rebasing: terms[start..<(start + box.lengths[i])])
              writeWeightedRow(
                sorted, columns: shared.value.columns.baseAddress! + rowStarts[row],
                values: shared.value.values.baseAddress! + rowStarts[row])
              start = end
            }
          }
          box.values = []
          return 0
        }
      }
    }
    return SparseMatrix(
      rowCount: rowCount, columnCount: vocabulary.count, rowStarts: rowStarts,
      columns: matrixColumns, values: matrixValues)
  }

  /// `idf(t)` for a term in `df` of `n` documents.
  public static func idf(df: Int, documents n: Int, options: TFIDFOptions) -> Double {
    guard options.useIDF else { return 1 }
    if options.smoothIDF {
      return log(Double(n + 1) / Double(df + 1)) + 1
    }
    return log(Double(n) / Double(df)) + 1
  }

  // MARK: Transforming

  /// The TF-IDF matrix of `documents` over the fitted vocabulary (unknown terms ignored).
  ///
  /// - Complexity: O(total tokens × n-gram lengths); large inputs use every core, with
  ///   the same result as one.
  public func transform(_ documents: [String]) -> SparseMatrix {
    transform(count: documents.count) { index, buffer in
      var text = documents[index]
      text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    }
  }

  /// The TF-IDF matrix of documents given as token lists.
  public func transform(tokenized documents: [[String]]) -> SparseMatrix {
    transform(count: documents.count) { index, buffer in
      TFIDFVectorizer.fill(&buffer, with: documents[index])
    }
  }

  /// The TF-IDF matrix of `count` documents whose tokens `tokens(i, &buffer)` appends.
  /// `tokens` may be called from several threads at once.
  public func transform(count: Int, tokens: (Int, inout TokenBuffer) -> Void) -> SparseMatrix {
    let parts = Parallel.map(Parallel.chunks(count: count, chunkSize: 2048)) { range in
      var matrix = SparseMatrix(columnCount: featureCount)
      var buffer = TokenBuffer()
      var ids: [Int32] = []
      var rowColumns: [Int32] = []
      for doc in range {
        buffer.removeAll()
        tokens(doc, &buffer)
        appendRow(for: buffer, ids: &ids, rowColumns: &rowColumns, to: &matrix)
      }
      return matrix
    }
    if parts.count == 1 { return parts[0] }
    var matrix = SparseMatrix(columnCount: featureCount)
    matrix.rowStarts.reserveCapacity(count + 1)
    let entries = parts.reduce(0) { $0 + $1.nonzeroCount }
    matrix.columns.reserveCapacity(entries)
    matrix.values.reserveCapacity(entries)
    for part in parts { matrix.appendRows(of: part) }
    return matrix
  }

  /// Appends the TF-IDF row of one tokenized text to `matrix`.
  ///
  /// `scratch` and `rowColumns` are reusable work space.
  public func appendRow(
    for buffer: TokenBuffer, scratch: inout [UInt8], rowColumns: inout [Int32],
    to matrix: inout SparseMatrix
  ) {
    var ids: [Int32] = []
    appendRow(for: buffer, ids: &ids, rowColumns: &rowColumns, to: &matrix)
  }

  /// Appends the TF-IDF row of one tokenized text to `matrix`, with `ids` and `rowColumns`
  /// as reusable work space.
  @inline(__always)
  func appendRow(
    for buffer: TokenBuffer, ids: inout [Int32], rowColumns: inout [Int32],
    to matrix: inout SparseMatrix
  ) {
    rowColumns.removeAll(keepingCapacity: true)
    index.tokenIDs(of: buffer, into: &ids)
    index.forEachColumn(of: ids) { c, _, _ in rowColumns.append(c) }
    let n = rowColumns.count
    rowColumns.withUnsafeMutableBufferPointer { TFIDFVectorizer.sortSmall($0) }
    var unique = 0
    var previous: Int32 = -1
    for c in rowColumns where c != previous {
      unique += 1
      previous = c
    }
    let start = matrix.columns.count
    matrix.columns.append(contentsOf: repeatElement(0, count: unique))
    matrix.values.append(contentsOf: repeatElement(0, count: unique))
    rowColumns.withUnsafeBufferPointer { row in
      matrix.columns.withUnsafeMutableBufferPointer { columns in
        matrix.values.withUnsafeMutableBufferPointer { values in
          writeWeightedRow(
            UnsafeBufferPointer(rebasing: row[0..<n]), columns: columns.baseAddress! + start,
            values: values.baseAddress! + start)
        }
      }
    }
    matrix.rowStarts.append(matrix.columns.count)
    matrix.rowCount += 1
  }

  /// Calls `body` with the column, first token and length of every n-gram of `buffer`
  /// that is in the vocabulary, in order of position then length.
  public func forEachKnownNGram(
    of buffer: TokenBuffer, _ body: (_ column: Int, _ firstToken: Int, _ length: Int) -> Void
  ) {
    var ids: [Int32] = []
    index.tokenIDs(of: buffer, into: &ids)
    index.forEachColumn(of: ids) { c, first, length in body(Int(c), first, length) }
  }

  /// Weighs and normalizes one row given its columns sorted with repeats, writing one
  /// entry per distinct column: a first pass finds the norm, a second writes
  /// `tf · idf / norm`, rounded to `Float` once.
  @inline(__always)
  private func writeWeightedRow<T: FixedWidthInteger>(
    _ sorted: UnsafeBufferPointer<T>, columns: UnsafeMutablePointer<Int32>,
    values: UnsafeMutablePointer<Float>
  ) {
    let n = sorted.count
    let sublinear = options.sublinearTF
    idf.withUnsafeBufferPointer { idf in
      @inline(__always)
      func forEachWeight(_ body: (Int32, Double) -> Void) {
        var i = 0
        while i < n {
          let c = sorted[i]
          var j = i + 1
          while j < n && sorted[j] == c { j += 1 }
          let count = Double(j - i)
          body(Int32(c), (sublinear ? 1 + log(count) : count) * idf[Int(c)])
          i = j
        }
      }
      var norm: Double = 0
      switch options.norm {
      case .l2: forEachWeight { _, w in norm += w * w }
      case .l1: forEachWeight { _, w in norm += abs(w) }
      case .none: break
      }
      let scale: Double
      switch options.norm {
      case .l2: scale = norm > 0 ? 1 / norm.squareRoot() : 1
      case .l1: scale = norm > 0 ? 1 / norm : 1
      case .none: scale = 1
      }
      var k = 0
      forEachWeight { c, w in
        columns[k] = c
        values[k] = Float(w * scale)
        k += 1
      }
    }
  }

  /// Sorts a short run of column numbers in place (insertion sort below 32 entries).
  @inline(__always)
  static func sortSmall<T: Comparable>(_ a: UnsafeMutableBufferPointer<T>) {
    let n = a.count
    if n > 32 {
      var copy = a
      copy.sort()
      return
    }
    var i = 1
    while i < n {
      let v = a[i]
      var j = i - 1
      while j >= 0 && a[j] > v {
        a[j + 1] = a[j]
        j -= 1
      }
      a[j + 1] = v
      i += 1
    }
  }

  /// Puts pre-made tokens into a buffer (source offsets are token indices).
  static func fill(_ buffer: inout TokenBuffer, with tokens: [String]) {
    for (i, token) in tokens.enumerated() {
      let start = Int32(buffer.bytes.count)
      buffer.bytes.append(contentsOf: token.utf8)
      buffer.tokens.append(
        Token(start: start, end: Int32(buffer.bytes.count), sourceStart: i, sourceEnd: i + 1))
    }
  }
}
