import Foundation
import FramingSupport

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
  /// The word tokens of the documents it was fitted on, and how many of them are not
  /// vocabulary terms (below min-df, above max-df or past max-features); nil for a
  /// vectorizer read from a model.
  public private(set) var fittedTokens: (unknown: Int, total: Int)? = nil
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
  public init(
    options: TFIDFOptions, terms: [String], idf: [Double], documentCount: Int,
    tokenizer: Tokenizer = Tokenizer()
  ) {
    precondition(terms.count == idf.count)
    self.options = options
    self.tokenizer = tokenizer
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

  /// Learns the vocabulary and idf from the texts of `documents` and returns their TF-IDF
  /// matrix: the same result as for an array of the same texts, tokenized where their bytes
  /// lie.
  public mutating func fitTransform(_ documents: TextColumn) throws -> SparseMatrix {
    let tokenizer = self.tokenizer
    return try fitTransform(count: documents.count, parallel: true) { index, buffer in
      documents.withUTF8(index) { tokenizer.tokenize($0, into: &buffer) }
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
    try fitTransform(count: count, parallel: false, codeLimit: .max, tokens: tokens)
  }

  /// The most term codes ``fitTransform(count:parallel:codeLimit:tokens:)`` keeps between
  /// counting and building the matrix: 16 million (64 MB), about half a million sentences
  /// counted with one- and two-word terms.
  public static let storedCodeLimit = 1 << 24

  /// The fit: documents are counted in chunks whose size depends on `count` alone (on
  /// several threads when `parallel`), each chunk's terms merged into the corpus tables
  /// in chunk order, so that the result does not depend on the number of threads.
  ///
  /// The term codes of every document are kept for building the matrix while there are at
  /// most `codeLimit` of them (one `UInt32` per n-gram occurrence); beyond that they are
  /// dropped and the documents tokenized a second time once the vocabulary is known, so
  /// that the codes and the matrix never take memory at the same time. The matrix is the
  /// same either way.
  mutating func fitTransform(
    count: Int, parallel: Bool, codeLimit: Int = TFIDFVectorizer.storedCodeLimit,
    tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> SparseMatrix {
    switch try fitMatrix(
      count: count, parallel: parallel, codeLimit: codeLimit, factored: false, tokens: tokens)
    {
    case .values(let matrix): return matrix
    case .factored(let matrix): return matrix.expanded()
    }
  }

  /// Learns the vocabulary and idf from the texts of `documents` and returns their matrix
  /// for training: as ``FactoredMatrix`` (half the memory) when the documents are too many
  /// to keep their term codes between the passes (see
  /// ``fitTransform(count:parallel:codeLimit:tokens:)``) and every term count fits, else as
  /// ``SparseMatrix``. Either holds the values ``fitTransform(_:)`` gives.
  public mutating func fitTrainingMatrix(
    _ documents: TextColumn, codeLimit: Int = TFIDFVectorizer.storedCodeLimit
  ) throws -> TrainingMatrix {
    let tokenizer = self.tokenizer
    return try fitMatrix(
      count: documents.count, parallel: true, codeLimit: codeLimit, factored: true
    ) { index, buffer in
      documents.withUTF8(index) { tokenizer.tokenize($0, into: &buffer) }
    }
  }

  /// The fit behind ``fitTransform(count:parallel:codeLimit:tokens:)`` and
  /// ``fitTrainingMatrix(_:codeLimit:)``.
  private mutating func fitMatrix(
    count: Int, parallel: Bool, codeLimit: Int, factored: Bool,
    tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> TrainingMatrix {
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
    var keepCodes = true
    var storedCodes = 0
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
        if keepCodes {
          storedCodes += chunk.terms.count
          chunkTerms.append(chunk.terms)
          chunkRowEnds.append(chunk.rowEnds)
          if storedCodes > codeLimit {
            // Too many to keep alongside the matrix: the texts are read again instead.
            keepCodes = false
            chunkTerms = []
            chunkRowEnds = []
          }
        }
      }
      first += batch
    }

    MemoryUse.trace("terms counted (\(corpus.termCount) distinct)")
    // Keep terms within the document-frequency limits, then the most frequent.
    var kept = corpus.candidates(low: low, high: high)
    let termBytes = corpus.bytes(of: kept)
    let columns: CodeColumns
    if let limit = options.maxFeatures, kept.count > limit {
      var order = Array(0..<kept.count)
      let tf = kept.map { corpus.termFrequency($0) }
      order.sort { a, b in tf[a] != tf[b] ? tf[a] > tf[b] : termBytes.precedes(a, b) }
      order.removeSubrange(limit...)
      kept = order.map { kept[$0] }
      columns = try finishFit(
        corpus: &corpus, kept: kept, bytes: termBytes, positions: order, count: count)
    } else {
      columns = try finishFit(
        corpus: &corpus, kept: kept, bytes: termBytes, positions: Array(0..<kept.count),
        count: count)
    }
    if keepCodes {
      return .values(
        buildMatrix(
          chunkTerms: &chunkTerms, chunkRowEnds: chunkRowEnds, columns: columns, rowCount: count))
    }
    MemoryUse.releaseFreed()  // the counting tables
    MemoryUse.trace("vocabulary fitted (\(featureCount) terms)")
    // Every (document, term) pair counts once in the term's document frequency.
    let entries = documentFrequency.reduce(0, +)
    if factored, let matrix = transformFactored(count: count, entries: entries, tokens: tokens) {
      return .factored(matrix)
    }
    return .values(transform(count: count, entries: entries, tokens: tokens))
  }

  /// Sorts the kept terms into columns and sets the vocabulary and idf; returns the column
  /// of every counted term code. `positions[i]` is where kept term `i` sits in `bytes`.
  private mutating func finishFit(
    corpus: inout CorpusCounts, kept: [UInt32], bytes: TermBytes, positions: [Int], count: Int
  ) throws -> CodeColumns {
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
    // A token is known when its one-word term is a column (a term never holds a space).
    var known: Int64 = 0
    if options.minN <= 1 {
      for code in kept where code & NGramIndex.multiFlag == 0 {
        known += corpus.termFrequency(code)
      }
    }
    fittedTokens = (corpus.tokenOccurrences - Int(known), corpus.tokenOccurrences)
    corpus = CorpusCounts(minN: options.minN, maxN: options.maxN)  // frees the tables
    self.vocabulary = vocabulary
    self.documentCount = count
    self.documentFrequency = df
    let options = self.options
    self.idf = df.map { TFIDFVectorizer.idf(df: $0, documents: count, options: options) }
    self.index = NGramIndex(vocabulary: vocabulary, minN: options.minN, maxN: options.maxN)
    return columnOfCode
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
    transform(count: count, entries: nil, tokens: tokens)
  }

  /// ``transform(count:tokens:)`` into a matrix with room for `entries` entries when known.
  /// Rows are made in chunks on every core, a few chunks at a time, each copied into the
  /// matrix in order and freed, so that memory stays near the size of the matrix.
  func transform(count: Int, entries: Int?, tokens: (Int, inout TokenBuffer) -> Void)
    -> SparseMatrix
  {
    let chunks = Parallel.chunks(count: count, chunkSize: 2048)
    func part(_ range: Range<Int>) -> SparseMatrix {
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
    if chunks.count <= 1 {
      return chunks.first.map(part) ?? SparseMatrix(columnCount: featureCount)
    }
    var matrix = SparseMatrix(columnCount: featureCount)
    matrix.rowStarts.reserveCapacity(count + 1)
    if let entries {
      matrix.columns.reserveCapacity(entries)
      matrix.values.reserveCapacity(entries)
    }
    _ = TFIDFVectorizer.inBatches(chunks, part) { p in
      matrix.appendRows(of: p)
      return true
    }
    return matrix
  }

  /// Runs `part` on `chunks` on every core, a few chunks at a time, and hands the parts to
  /// `append` in chunk order as each batch finishes (so that only a batch of parts is held
  /// besides what `append` keeps); stops, returning false, when `append` does.
  private static func inBatches<Part>(
    _ chunks: [Range<Int>], _ part: (Range<Int>) -> Part, append: (Part) -> Bool
  ) -> Bool {
    let group = 4 * max(1, Parallel.threadCount)
    var first = 0
    while first < chunks.count {
      let batch = Array(chunks[first..<min(first + group, chunks.count)])
      for p in Parallel.map(batch, part) {
        if !append(p) { return false }
      }
      first += group
    }
    return true
  }

  /// The matrix of `count` documents as factors (see ``transform(count:entries:tokens:)``
  /// for the chunks), or nil when a term occurs more than ``FactoredMatrix/maxCount`` times
  /// in a document or the vocabulary is too large for the packed columns.
  func transformFactored(count: Int, entries: Int, tokens: (Int, inout TokenBuffer) -> Void)
    -> FactoredMatrix?
  {
    guard featureCount <= Int(FactoredMatrix.columnMask) + 1 else { return nil }
    let sublinear = options.sublinearTF
    let weights = (1...FactoredMatrix.maxCount).map { sublinear ? 1 + log(Double($0)) : Double($0) }
    let empty = FactoredMatrix(columnScales: idf, termWeights: weights)
    func part(_ range: Range<Int>) -> FactoredMatrix? {
      var matrix = empty
      var buffer = TokenBuffer()
      var ids: [Int32] = []
      var rowColumns: [Int32] = []
      for doc in range {
        buffer.removeAll()
        tokens(doc, &buffer)
        sortedColumns(of: buffer, ids: &ids, into: &rowColumns)
        let fits = rowColumns.withUnsafeBufferPointer { appendFactoredRow($0, to: &matrix) }
        if !fits { return nil }
      }
      return matrix
    }
    var matrix = empty
    matrix.rowStarts.reserveCapacity(count + 1)
    matrix.rowScales.reserveCapacity(count)
    matrix.entries.reserveCapacity(entries)
    let chunks = Parallel.chunks(count: count, chunkSize: 2048)
    let complete = TFIDFVectorizer.inBatches(chunks, part) { p in
      guard let p else { return false }
      matrix.appendRows(of: p)
      return true
    }
    return complete ? matrix : nil
  }

  /// Appends one row given its columns sorted with repeats; false when a count is above
  /// ``FactoredMatrix/maxCount``. The row scale is worked out as in
  /// ``writeWeightedRow(_:columns:values:)``.
  private func appendFactoredRow(
    _ sorted: UnsafeBufferPointer<Int32>, to matrix: inout FactoredMatrix
  )
    -> Bool
  {
    let n = sorted.count
    let sublinear = options.sublinearTF
    var norm: Double = 0
    var i = 0
    while i < n {
      let c = sorted[i]
      var j = i + 1
      while j < n && sorted[j] == c { j += 1 }
      let count = j - i
      if count > FactoredMatrix.maxCount { return false }
      let w = (sublinear ? 1 + log(Double(count)) : Double(count)) * idf[Int(c)]
      switch options.norm {
      case .l2: norm += w * w
      case .l1: norm += abs(w)
      case .none: break
      }
      matrix.entries.append(UInt32(c) | UInt32(count - 1) << UInt32(FactoredMatrix.columnBits))
      i = j
    }
    let scale: Double
    switch options.norm {
    case .l2: scale = norm > 0 ? 1 / norm.squareRoot() : 1
    case .l1: scale = norm > 0 ? 1 / norm : 1
    case .none: scale = 1
    }
    matrix.rowScales.append(scale)
    matrix.rowStarts.append(matrix.entries.count)
    matrix.rowCount += 1
    return true
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

  /// Replaces `rowColumns` by the columns of every known n-gram of `buffer`, sorted, with
  /// repeats (`ids` is work space).
  @inline(__always)
  func sortedColumns(of buffer: TokenBuffer, ids: inout [Int32], into rowColumns: inout [Int32]) {
    rowColumns.removeAll(keepingCapacity: true)
    index.tokenIDs(of: buffer, into: &ids)
    index.forEachColumn(of: ids) { c, _, _ in rowColumns.append(c) }
    rowColumns.withUnsafeMutableBufferPointer { TFIDFVectorizer.sortSmall($0) }
  }

  /// Appends the TF-IDF row of one tokenized text to `matrix`, with `ids` and `rowColumns`
  /// as reusable work space.
  @inline(__always)
  func appendRow(
    for buffer: TokenBuffer, ids: inout [Int32], rowColumns: inout [Int32],
    to matrix: inout SparseMatrix
  ) {
    sortedColumns(of: buffer, ids: &ids, into: &rowColumns)
    let n = rowColumns.count
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
          // ln 1 = 0 exactly: most terms occur once and need no logarithm.
          body(Int32(c), (sublinear ? (j - i == 1 ? 1 : 1 + log(count)) : count) * idf[Int(c)])
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

  /// Sorts a short run of column numbers in place (insertion sort up to 96 entries: a
  /// sentence of about 50 words with its bigrams).
  @inline(__always)
  static func sortSmall<T: Comparable>(_ a: UnsafeMutableBufferPointer<T>) {
    let n = a.count
    if n > 96 {
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
