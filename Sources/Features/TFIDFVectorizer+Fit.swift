import FramingSupport

/// Fitting: every entry point is a thin wrapper over
/// ``TFIDFVectorizer/fit(count:parallel:codeLimit:factored:tokens:)``.
extension TFIDFVectorizer {
  // MARK: Entry points

  /// Learns the vocabulary and idf from `documents` and returns their TF-IDF matrix.
  ///
  /// - Throws: ``FeaturesError/invalidOption(name:value:expected:)`` for options out of
  ///   range, ``FeaturesError/emptyVocabulary(reason:)`` when no term survives the limits.
  /// - Complexity: O(total tokens × n-gram lengths), plus sorting the kept terms; large
  ///   inputs use every core, with the same result as one.
  public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
    try fit(
      count: documents.count, parallel: true, factored: false,
      tokens: TFIDFVectorizer.tokens(of: documents, tokenizer: tokenizer)
    ).values
  }

  /// Learns the vocabulary and idf from the texts of `documents` and returns their TF-IDF
  /// matrix: the same result as for an array of the same texts, tokenized where their bytes
  /// lie.
  public mutating func fitTransform(_ documents: TextColumn) throws -> SparseMatrix {
    try fit(
      count: documents.count, parallel: true, factored: false,
      tokens: TFIDFVectorizer.tokens(of: documents, tokenizer: tokenizer)
    ).values
  }

  /// Learns from documents given as token lists (tokenization done elsewhere).
  public mutating func fitTransform(tokenized documents: [[String]]) throws -> SparseMatrix {
    try fit(
      count: documents.count, parallel: true, factored: false,
      tokens: TFIDFVectorizer.tokens(ofTokenized: documents)
    ).values
  }

  /// Learns from `count` documents whose tokens `tokens(i, &buffer)` appends to `buffer`.
  /// `tokens` is called on the calling thread, once per document, in order.
  public mutating func fitTransform(
    count: Int, tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> SparseMatrix {
    try fit(count: count, parallel: false, codeLimit: .max, factored: false, tokens: tokens)
      .values
  }

  /// Learns the vocabulary and idf from the texts of `documents` and returns their matrix
  /// for training: as ``FactoredMatrix`` (half the memory) when the documents are too many
  /// to keep their term codes between the passes (see
  /// ``fit(count:parallel:codeLimit:factored:tokens:)``) and every term count fits, else as
  /// ``SparseMatrix``. Either holds the values ``fitTransform(_:)`` gives.
  public mutating func fitTrainingMatrix(
    _ documents: TextColumn, codeLimit: Int = TFIDFVectorizer.storedCodeLimit
  ) throws -> TrainingMatrix {
    try fit(
      count: documents.count, parallel: true, codeLimit: codeLimit, factored: true,
      tokens: TFIDFVectorizer.tokens(of: documents, tokenizer: tokenizer))
  }

  /// The most term codes ``fit(count:parallel:codeLimit:factored:tokens:)`` keeps between
  /// counting and building the matrix: 16 million (64 MB), about half a million sentences
  /// counted with one- and two-word terms.
  public static let storedCodeLimit = 1 << 24

  // MARK: The fit

  /// The fit behind every entry point: learns the vocabulary and idf from `count` documents
  /// whose tokens `tokens(i, &buffer)` appends, and returns their matrix.
  ///
  /// Documents are counted in chunks whose size depends on `count` alone (on several
  /// threads when `parallel`), each chunk's terms merged into the corpus tables in chunk
  /// order, so that the result does not depend on the number of threads.
  ///
  /// The term codes of every document are kept for building the matrix while there are at
  /// most `codeLimit` of them (one `UInt32` per n-gram occurrence); beyond that they are
  /// dropped and the documents tokenized a second time once the vocabulary is known, so
  /// that the codes and the matrix never take memory at the same time; the matrix is then
  /// factored when `factored` and every term count fits. The values are the same either way.
  ///
  /// - Throws: as ``fitTransform(_:)``.
  mutating func fit(
    count: Int, parallel: Bool, codeLimit: Int = TFIDFVectorizer.storedCodeLimit,
    factored: Bool, tokens: (Int, inout TokenBuffer) -> Void
  ) throws -> TrainingMatrix {
    try options.validate()
    let high = options.maxDF.documents(of: count)
    let low = options.minDF.documents(of: count)
    if low > Double(count) {
      // No term can be in more documents than there are: min-df itself is the problem.
      throw FeaturesError.invalidOption(
        name: "--min-df", value: options.minDF.description,
        expected: "at most the \(count) documents there are (or a fraction such as 0.01)")
    }
    if high < low {
      throw FeaturesError.invalidOption(
        name: "--max-df", value: options.maxDF.description,
        expected: "a limit no lower than min-df (\(options.minDF)) for \(count) documents")
    }
    var corpus = CorpusCounts(minN: options.minN, maxN: options.maxN)
    var codes = StoredCodes()
    countTerms(
      count: count, parallel: parallel, codeLimit: codeLimit, tokens: tokens, into: &corpus,
      codes: &codes)
    MemoryUse.trace("terms counted (\(corpus.termCount) distinct)")
    let columns = try fitVocabulary(corpus: &corpus, low: low, high: high, count: count)
    if codes.isComplete {
      return .values(buildMatrix(codes: &codes, columns: columns, rowCount: count))
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

  /// The term codes of the counted documents, chunk by chunk, while they are kept.
  struct StoredCodes {
    /// Each chunk's codes, document after document.
    var terms: [[UInt32]] = []
    /// Where each document's codes end in its chunk's.
    var rowEnds: [[Int]] = []
    /// Whether every chunk's codes are here (false once they were too many and dropped).
    var isComplete = true
  }

  /// Counts the terms of the `count` documents into `corpus`, chunk by chunk (see
  /// ``fit(count:parallel:codeLimit:factored:tokens:)``), keeping their codes in `codes`
  /// while they are at most `codeLimit`.
  private func countTerms(
    count: Int, parallel: Bool, codeLimit: Int, tokens: (Int, inout TokenBuffer) -> Void,
    into corpus: inout CorpusCounts, codes: inout StoredCodes
  ) {
    let options = self.options
    let ranges = Parallel.chunks(count: count, chunkSize: max(4096, (count + 15) / 16))
    let batch = parallel ? max(1, Parallel.threadCount) : 1
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
        if codes.isComplete {
          storedCodes += chunk.terms.count
          codes.terms.append(chunk.terms)
          codes.rowEnds.append(chunk.rowEnds)
          if storedCodes > codeLimit {
            // Too many to keep alongside the matrix: the texts are read again instead.
            codes = StoredCodes(isComplete: false)
          }
        }
      }
      first += batch
    }
  }

  /// Keeps the terms within the document-frequency limits `low...high`, then the most
  /// frequent (``TFIDFOptions/maxFeatures``), sorts them into columns and sets the
  /// vocabulary and idf; returns the column of every counted term code. Frees `corpus`.
  private mutating func fitVocabulary(
    corpus: inout CorpusCounts, low: Double, high: Double, count: Int
  ) throws -> CodeColumns {
    var kept = corpus.candidates(low: low, high: high)
    // Terms that hold a name's class token (`_person_`, `_place_`, `_nationality_`: a token
    // that starts with `_`, which no word does) are left out: a name then carries no label
    // weight at all, and a known name reads like an unknown one, which the model ignores
    // as well. A negated word (`not_agree`) holds `_` inside and stays.
    let all = corpus.bytes(of: kept)
    let plain = kept.indices.filter { i in
      !all.withBytes(i) { TFIDFVectorizer.holdsClassToken($0) }
    }
    // Their occurrences are neither known nor unknown words: names are left out of the
    // unknown-word share as they are of the features.
    let reserved = corpus.classTokenOccurrences()
    let bytes: TermBytes
    if plain.count < kept.count {
      kept = plain.map { kept[$0] }
      bytes = corpus.bytes(of: kept)
    } else {
      bytes = all
    }
    // Where kept term `i` sits in `bytes`.
    var positions = Array(0..<kept.count)
    if let limit = options.maxFeatures, kept.count > limit {
      let tf = kept.map { corpus.termFrequency($0) }
      positions.sort { a, b in tf[a] != tf[b] ? tf[a] > tf[b] : bytes.precedes(a, b) }
      positions.removeSubrange(limit...)
      kept = positions.map { kept[$0] }
    }
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
    let words = corpus.tokenOccurrences - Int(reserved)
    let fittedTokens = (words - Int(known), words)
    corpus = CorpusCounts(minN: options.minN, maxN: options.maxN)  // frees the tables
    setFitted(
      vocabulary: vocabulary, documentFrequency: df, documentCount: count,
      fittedTokens: fittedTokens)
    return columnOfCode
  }

  /// The TF-IDF matrix of the counted documents: each chunk's codes become columns in
  /// place and are sorted row by row, then every chunk writes its rows into one matrix.
  /// Takes the codes out of `codes`.
  private func buildMatrix(codes: inout StoredCodes, columns: CodeColumns, rowCount: Int)
    -> SparseMatrix
  {
    // Codes to columns (dropped terms removed), sorted within each row; entries per row.
    let boxes = codes.terms.map { TermsBox($0) }
    let chunkRowEnds = codes.rowEnds
    codes = StoredCodes()
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
          entries.append(TFIDFVectorizer.distinctCount(UnsafeBufferPointer(row)))
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
}

extension TFIDFVectorizer {
  /// Whether the term bytes `term` (tokens joined by one space) hold a name class token:
  /// a token that starts with `_`.
  static func holdsClassToken(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
    let underscore = UInt8(ascii: "_")
    guard let first = term.first else { return false }
    if first == underscore { return true }
    var previous = first
    for b in term.dropFirst() {
      if b == underscore && previous == 0x20 { return true }
      previous = b
    }
    return false
  }
}
