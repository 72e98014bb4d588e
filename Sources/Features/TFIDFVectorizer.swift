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
  }

  // MARK: Fitting

  /// Learns the vocabulary and idf from `documents` and returns their TF-IDF matrix.
  ///
  /// - Throws: ``FeaturesError/invalidOption(name:value:expected:)`` for options out of
  ///   range, ``FeaturesError/emptyVocabulary(reason:)`` when no term survives the limits.
  /// - Complexity: O(total tokens × n-gram lengths), plus sorting the kept terms.
  public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
    let tokenizer = self.tokenizer
    return try fitTransform(count: documents.count) { index, buffer in
      var text = documents[index]
      text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
    }
  }

  /// Learns from documents given as token lists (tokenization done elsewhere).
  public mutating func fitTransform(tokenized documents: [[String]]) throws -> SparseMatrix {
    try fitTransform(count: documents.count) { index, buffer in
      TFIDFVectorizer.fill(&buffer, with: documents[index])
    }
  }

  /// Learns from `count` documents whose tokens `tokens(i, &buffer)` appends to `buffer`.
  public mutating func fitTransform(
    count: Int, tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> SparseMatrix {
    try options.validate()
    var table = TermTable(capacity: 4096)
    var docTerms: [Int32] = []
    var docStarts: [Int] = [0]
    docStarts.reserveCapacity(count + 1)
    var df: [Int32] = []
    var tf: [Int64] = []
    var lastDoc: [Int32] = []
    var buffer = TokenBuffer()
    var scratch: [UInt8] = []
    for doc in 0..<count {
      buffer.removeAll()
      tokens(doc, &buffer)
      forEachNGram(of: buffer, scratch: &scratch) { key, _, _ in
        let (id, inserted) = table.insert(key)
        if inserted {
          df.append(0)
          tf.append(0)
          lastDoc.append(-1)
        }
        let i = Int(id)
        tf[i] += 1
        if lastDoc[i] != Int32(doc) {
          lastDoc[i] = Int32(doc)
          df[i] += 1
        }
        docTerms.append(id)
      }
      docStarts.append(docTerms.count)
    }

    // Keep terms within the document-frequency limits, then the most frequent.
    let high = options.maxDF.documents(of: count)
    let low = options.minDF.documents(of: count)
    if high < low {
      throw FeaturesError.invalidOption(
        name: "max-df", value: options.maxDF.description,
        expected: "a limit no lower than min-df (\(options.minDF)) for \(count) documents")
    }
    var kept = (0..<table.count).filter { Double(df[$0]) <= high && Double(df[$0]) >= low }
    let termBytes = (0..<table.count).map { table.bytes(of: $0) }
    if let limit = options.maxFeatures, kept.count > limit {
      kept.sort { a, b in
        tf[a] != tf[b] ? tf[a] > tf[b] : termBytes[a].lexicographicallyPrecedes(termBytes[b])
      }
      kept.removeSubrange(limit...)
    }
    if kept.isEmpty {
      throw FeaturesError.emptyVocabulary(
        reason: "\(table.count) distinct terms in \(count) documents, none within"
          + " min-df \(options.minDF) and max-df \(options.maxDF); lower min-df or raise max-df.")
    }
    kept.sort { termBytes[$0].lexicographicallyPrecedes(termBytes[$1]) }

    var column = [Int32](repeating: -1, count: table.count)
    var vocabulary = TermTable(capacity: kept.count)
    for (c, id) in kept.enumerated() {
      column[id] = Int32(c)
      termBytes[id].withUnsafeBufferPointer { _ = vocabulary.insert($0) }
    }
    self.vocabulary = vocabulary
    self.documentCount = count
    self.documentFrequency = kept.map { Int(df[$0]) }
    self.idf = documentFrequency.map { TFIDFVectorizer.idf(df: $0, documents: count, options: options) }

    // Build the matrix from the remembered term ids.
    var matrix = SparseMatrix(columnCount: kept.count)
    matrix.columns.reserveCapacity(docTerms.count)
    matrix.values.reserveCapacity(docTerms.count)
    matrix.rowStarts.reserveCapacity(count + 1)
    var rowColumns: [Int32] = []
    for doc in 0..<count {
      rowColumns.removeAll(keepingCapacity: true)
      for k in docStarts[doc]..<docStarts[doc + 1] {
        let c = column[Int(docTerms[k])]
        if c >= 0 { rowColumns.append(c) }
      }
      appendWeightedRow(&rowColumns, to: &matrix)
    }
    return matrix
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
      var scratch: [UInt8] = []
      var rowColumns: [Int32] = []
      for doc in range {
        buffer.removeAll()
        tokens(doc, &buffer)
        appendRow(for: buffer, scratch: &scratch, rowColumns: &rowColumns, to: &matrix)
      }
      return matrix
    }
    var matrix = SparseMatrix(columnCount: featureCount)
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
    rowColumns.removeAll(keepingCapacity: true)
    let vocabulary = self.vocabulary
    forEachNGram(of: buffer, scratch: &scratch) { key, _, _ in
      let c = vocabulary.find(key)
      if c >= 0 { rowColumns.append(c) }
    }
    appendWeightedRow(&rowColumns, to: &matrix)
  }

  /// Calls `body` with the column, first token and length of every n-gram of `buffer`
  /// that is in the vocabulary, in order of position then length.
  public func forEachKnownNGram(
    of buffer: TokenBuffer, _ body: (_ column: Int, _ firstToken: Int, _ length: Int) -> Void
  ) {
    var scratch: [UInt8] = []
    let vocabulary = self.vocabulary
    forEachNGram(of: buffer, scratch: &scratch) { key, first, length in
      let c = vocabulary.find(key)
      if c >= 0 { body(Int(c), first, length) }
    }
  }

  /// Counts, weighs and normalizes one row given its columns with repeats: a first pass
  /// finds the norm, a second appends `tf · idf / norm`, rounded to `Float` once.
  private func appendWeightedRow(_ rowColumns: inout [Int32], to matrix: inout SparseMatrix) {
    rowColumns.sort()
    let n = rowColumns.count
    let sublinear = options.sublinearTF
    func forEachWeight(_ body: (Int32, Double) -> Void) {
      var i = 0
      while i < n {
        let c = rowColumns[i]
        var j = i + 1
        while j < n && rowColumns[j] == c { j += 1 }
        let count = Double(j - i)
        body(c, (sublinear ? 1 + log(count) : count) * idf[Int(c)])
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
    forEachWeight { c, w in
      matrix.columns.append(c)
      matrix.values.append(Float(w * scale))
    }
    matrix.rowStarts.append(matrix.columns.count)
    matrix.rowCount += 1
  }

  /// Calls `body` with the bytes of every n-gram of `buffer` (tokens joined by a space),
  /// its first token and its length.
  private func forEachNGram(
    of buffer: TokenBuffer, scratch: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
  ) {
    let tokens = buffer.tokens
    let count = tokens.count
    buffer.bytes.withUnsafeBufferPointer { bytes in
      for first in 0..<count {
        for length in options.minN...options.maxN {
          guard first + length <= count else { break }
          if length == 1 {
            let t = tokens[first]
            body(UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)]), first, 1)
          } else {
            scratch.removeAll(keepingCapacity: true)
            for k in first..<(first + length) {
              if k > first { scratch.append(0x20) }
              let t = tokens[k]
              scratch.append(contentsOf: bytes[Int(t.start)..<Int(t.end)])
            }
            scratch.withUnsafeBufferPointer { body($0, first, length) }
          }
        }
      }
    }
  }

  /// Puts pre-made tokens into a buffer (source offsets are token indices).
  static func fill(_ buffer: inout TokenBuffer, with tokens: [String]) {
    for (i, token) in tokens.enumerated() {
      let start = Int32(buffer.bytes.count)
      buffer.bytes.append(contentsOf: token.utf8)
      buffer.tokens.append(Token(start: start, end: Int32(buffer.bytes.count), sourceStart: i, sourceEnd: i + 1))
    }
  }
}
