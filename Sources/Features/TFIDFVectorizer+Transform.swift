import FramingSupport

/// Transforming: rows of the fitted vocabulary's columns, weighted by
/// ``TFIDFVectorizer/termWeight(count:)`` and the idf and normalized by
/// ``TFIDFVectorizer/rowScale(_:)``.
extension TFIDFVectorizer {
  // MARK: Entry points

  /// The TF-IDF matrix of `documents` over the fitted vocabulary (unknown terms ignored).
  ///
  /// - Complexity: O(total tokens × n-gram lengths); large inputs use every core, with
  ///   the same result as one.
  public func transform(_ documents: [String]) -> SparseMatrix {
    transform(
      count: documents.count, tokens: TFIDFVectorizer.tokens(of: documents, tokenizer: tokenizer))
  }

  /// The TF-IDF matrix of documents given as token lists.
  public func transform(tokenized documents: [[String]]) -> SparseMatrix {
    transform(count: documents.count, tokens: TFIDFVectorizer.tokens(ofTokenized: documents))
  }

  /// The TF-IDF matrix of `count` documents whose tokens `tokens(i, &buffer)` appends.
  /// `tokens` may be called from several threads at once.
  public func transform(count: Int, tokens: (Int, inout TokenBuffer) -> Void) -> SparseMatrix {
    transform(count: count, entries: nil, tokens: tokens)
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

  /// Calls `body` with the column, first token and length of every n-gram of `buffer`
  /// that is in the vocabulary, in order of position then length.
  public func forEachKnownNGram(
    of buffer: TokenBuffer, _ body: (_ column: Int, _ firstToken: Int, _ length: Int) -> Void
  ) {
    var ids: [Int32] = []
    index.tokenIDs(of: buffer, into: &ids)
    index.forEachColumn(of: ids) { c, first, length in body(Int(c), first, length) }
  }

  // MARK: Documents

  /// The tokens of `documents[i]` by `tokenizer`, for the entry points that take texts.
  static func tokens(of documents: [String], tokenizer: Tokenizer)
    -> (Int, inout TokenBuffer) -> Void
  {
    { index, buffer in
      var text = documents[index]
      text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    }
  }

  /// The tokens of `documents[i]` by `tokenizer`, tokenized where their bytes lie.
  static func tokens(of documents: TextColumn, tokenizer: Tokenizer)
    -> (Int, inout TokenBuffer) -> Void
  {
    { index, buffer in documents.withUTF8(index) { tokenizer.tokenize($0, into: &buffer) } }
  }

  /// The pre-made tokens `documents[i]`.
  static func tokens(ofTokenized documents: [[String]]) -> (Int, inout TokenBuffer) -> Void {
    { index, buffer in TFIDFVectorizer.fill(&buffer, with: documents[index]) }
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

  // MARK: Matrices

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

  /// The matrix of `count` documents as factors (see ``transform(count:entries:tokens:)``
  /// for the chunks), or nil when a term occurs more than ``FactoredMatrix/maxCount`` times
  /// in a document or the vocabulary is too large for the packed columns.
  func transformFactored(count: Int, entries: Int, tokens: (Int, inout TokenBuffer) -> Void)
    -> FactoredMatrix?
  {
    guard featureCount <= Int(FactoredMatrix.columnMask) + 1 else { return nil }
    let weights = (1...FactoredMatrix.maxCount).map { termWeight(count: $0) }
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

  // MARK: Rows

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
    let unique = rowColumns.withUnsafeBufferPointer { TFIDFVectorizer.distinctCount($0) }
    let start = matrix.columns.count
    matrix.columns.append(contentsOf: repeatElement(0, count: unique))
    matrix.values.append(contentsOf: repeatElement(0, count: unique))
    rowColumns.withUnsafeBufferPointer { row in
      matrix.columns.withUnsafeMutableBufferPointer { columns in
        matrix.values.withUnsafeMutableBufferPointer { values in
          writeWeightedRow(
            row, columns: columns.baseAddress! + start, values: values.baseAddress! + start)
        }
      }
    }
    matrix.rowStarts.append(matrix.columns.count)
    matrix.rowCount += 1
  }

  /// Weighs and normalizes one row given its columns sorted with repeats, writing one
  /// entry per distinct column: a first pass finds the norm, a second writes
  /// `tf · idf / norm`, rounded to `Float` once.
  @inline(__always)
  func writeWeightedRow<T: FixedWidthInteger>(
    _ sorted: UnsafeBufferPointer<T>, columns: UnsafeMutablePointer<Int32>,
    values: UnsafeMutablePointer<Float>
  ) {
    idf.withUnsafeBufferPointer { idf in
      @inline(__always)
      func forEachWeight(_ body: (Int32, Double) -> Void) {
        TFIDFVectorizer.forEachRun(sorted) { c, count in
          body(Int32(c), termWeight(count: count) * idf[Int(c)])
        }
      }
      let scale = rowScale { add in forEachWeight { _, w in add(w) } }
      var k = 0
      forEachWeight { c, w in
        columns[k] = c
        values[k] = Float(w * scale)
        k += 1
      }
    }
  }

  /// Appends one row given its columns sorted with repeats; false when a count is above
  /// ``FactoredMatrix/maxCount``. The row scale is the one
  /// ``writeWeightedRow(_:columns:values:)`` finds.
  private func appendFactoredRow(
    _ sorted: UnsafeBufferPointer<Int32>, to matrix: inout FactoredMatrix
  ) -> Bool {
    var fits = true
    TFIDFVectorizer.forEachRun(sorted) { c, count in
      guard count <= FactoredMatrix.maxCount else {
        fits = false
        return
      }
      matrix.entries.append(UInt32(c) | UInt32(count - 1) << UInt32(FactoredMatrix.columnBits))
    }
    guard fits else { return false }
    let scale = rowScale { add in
      TFIDFVectorizer.forEachRun(sorted) { c, count in add(termWeight(count: count) * idf[Int(c)]) }
    }
    matrix.rowScales.append(scale)
    matrix.rowStarts.append(matrix.entries.count)
    matrix.rowCount += 1
    return true
  }

  /// Calls `body` with each value of `sorted` and the number of times it repeats, in order.
  @inline(__always)
  static func forEachRun<T: Equatable>(
    _ sorted: UnsafeBufferPointer<T>, _ body: (_ value: T, _ count: Int) -> Void
  ) {
    let n = sorted.count
    var i = 0
    while i < n {
      let c = sorted[i]
      var j = i + 1
      while j < n && sorted[j] == c { j += 1 }
      body(c, j - i)
      i = j
    }
  }

  /// The number of distinct values in `sorted`.
  @inline(__always)
  static func distinctCount<T: Equatable>(_ sorted: UnsafeBufferPointer<T>) -> Int {
    var count = 0
    forEachRun(sorted) { _, _ in count += 1 }
    return count
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
}
