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
///
/// Fitting is in `TFIDFVectorizer+Fit.swift` (every `fit…` entry point goes through one fit),
/// transforming and the writing of rows in `TFIDFVectorizer+Transform.swift`; the three
/// formulas above are ``idf(df:documents:options:)``, ``termWeight(count:)`` and
/// ``rowScale(_:)``, each written once.
public struct TFIDFVectorizer: Sendable {
  /// The options the vectorizer was created with.
  public let options: TFIDFOptions
  /// The tokenizer applied to raw text.
  public private(set) var tokenizer: Tokenizer
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
  private(set) var index: NGramIndex

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

  /// A fitted vectorizer rebuilt from its parts as a model file stores them: the terms'
  /// bytes back to back, term `j` being `termBytes[termOffsets[j] ..< termOffsets[j + 1]]`.
  /// The same vectorizer as ``init(options:terms:idf:documentCount:tokenizer:)`` with those
  /// terms, built without a string per term.
  ///
  /// - Precondition: the terms are unique and in byte order, one idf per term (the model
  ///   loader checks this and reports a corrupt file before calling).
  public init(
    options: TFIDFOptions, termBytes: [UInt8], termOffsets: [Int], idf: [Double],
    documentCount: Int, tokenizer: Tokenizer = Tokenizer()
  ) {
    precondition(termOffsets.count == idf.count + 1)
    self.options = options
    self.tokenizer = tokenizer
    self.vocabulary = TermTable(uniqueTerms: termBytes, offsets: termOffsets)
    self.idf = idf
    self.documentFrequency = []
    self.documentCount = documentCount
    self.index = NGramIndex(vocabulary: vocabulary, minN: options.minN, maxN: options.maxN)
  }

  /// Takes the result of a fit: the vocabulary, the document frequency of each of its terms
  /// in `documentCount` documents, and the counts of ``fittedTokens``; works out the idf and
  /// the index.
  mutating func setFitted(
    vocabulary: TermTable, documentFrequency: [Int], documentCount: Int,
    fittedTokens: (unknown: Int, total: Int)
  ) {
    self.fittedTokens = fittedTokens
    self.vocabulary = vocabulary
    self.documentCount = documentCount
    self.documentFrequency = documentFrequency
    let options = self.options
    self.idf = documentFrequency.map {
      TFIDFVectorizer.idf(df: $0, documents: documentCount, options: options)
    }
    self.index = NGramIndex(vocabulary: vocabulary, minN: options.minN, maxN: options.maxN)
  }

  // MARK: Weights

  /// `idf(t)` for a term in `df` of `n` documents.
  public static func idf(df: Int, documents n: Int, options: TFIDFOptions) -> Double {
    guard options.useIDF else { return 1 }
    if options.smoothIDF {
      return log(Double(n + 1) / Double(df + 1)) + 1
    }
    return log(Double(n) / Double(df)) + 1
  }

  /// `tf(t, d)` for a term that occurs `count` times in a document: the count, or
  /// `1 + ln count` with ``TFIDFOptions/sublinearTF``.
  @inline(__always)
  func termWeight(count: Int) -> Double {
    // ln 1 = 0 exactly: most terms occur once and need no logarithm.
    if count == 1 { return 1 }
    return options.sublinearTF ? 1 + log(Double(count)) : Double(count)
  }

  /// The factor that normalizes a row, `1 / ‖w‖` for its weights `w` by
  /// ``TFIDFOptions/norm`` (1 for an empty row or without a norm); `weights(add)` calls
  /// `add` with each weight of the row in order.
  @inline(__always)
  func rowScale(_ weights: ((Double) -> Void) -> Void) -> Double {
    var norm: Double = 0
    switch options.norm {
    case .l2:
      weights { norm += $0 * $0 }
      return norm > 0 ? 1 / norm.squareRoot() : 1
    case .l1:
      weights { norm += abs($0) }
      return norm > 0 ? 1 / norm : 1
    case .none:
      return 1
    }
  }
}

extension TFIDFVectorizer {
  /// The same vectorizer with `tokenizer`: for a model file, whose tokenizer takes the
  /// lexicon decoded beside the vocabulary.
  public func replacingTokenizer(_ tokenizer: Tokenizer) -> TFIDFVectorizer {
    var copy = self
    copy.tokenizer = tokenizer
    return copy
  }
}
