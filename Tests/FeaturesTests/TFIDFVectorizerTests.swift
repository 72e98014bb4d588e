import Foundation
import Testing

@testable import Features

/// Checks the sparse vectorizer against a plain dense computation written out in full.
@Suite struct TFIDFVectorizerTests {
  static let documents: [[String]] = [
    ["talks", "resumed", "in", "geneva", "talks", "talks"],
    ["the", "talks", "collapsed"],
    ["geneva", "welcomed", "the", "deal"],
    ["no", "deal", "no", "talks"],
    ["the", "deal", "the", "deal", "collapsed"],
  ]

  /// A dense TF-IDF reference: dictionaries and loops, no shared code with the library.
  static func reference(_ docs: [[String]], options o: TFIDFOptions) -> (
    terms: [String], rows: [[Double]]
  ) {
    func grams(_ d: [String]) -> [String] {
      var out: [String] = []
      for n in o.minN...o.maxN where n <= d.count {
        for i in 0...(d.count - n) { out.append(d[i..<(i + n)].joined(separator: " ")) }
      }
      return out
    }
    let counts = docs.map { grams($0).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 } }
    var df: [String: Int] = [:]
    var tf: [String: Int] = [:]
    for c in counts {
      for (t, n) in c {
        df[t, default: 0] += 1
        tf[t, default: 0] += n
      }
    }
    let n = Double(docs.count)
    func limit(_ f: DocumentFrequency) -> Double {
      switch f {
      case .count(let k): return Double(k)
      case .fraction(let x): return x * n
      }
    }
    var terms = df.keys.filter {
      Double(df[$0]!) >= limit(o.minDF) && Double(df[$0]!) <= limit(o.maxDF)
    }.sorted()
    if let m = o.maxFeatures, terms.count > m {
      terms = Array(terms.sorted { tf[$0]! != tf[$1]! ? tf[$0]! > tf[$1]! : $0 < $1 }.prefix(m))
        .sorted()
    }
    let idf = terms.map { t -> Double in
      guard o.useIDF else { return 1 }
      let d = Double(df[t]!)
      return o.smoothIDF ? log((n + 1) / (d + 1)) + 1 : log(n / d) + 1
    }
    let rows = counts.map { c -> [Double] in
      var row = terms.enumerated().map { (j, t) -> Double in
        guard let k = c[t] else { return 0 }
        return (o.sublinearTF ? 1 + log(Double(k)) : Double(k)) * idf[j]
      }
      let norm: Double
      switch o.norm {
      case .l2: norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
      case .l1: norm = row.reduce(0) { $0 + abs($1) }
      case .none: norm = 1
      }
      if norm > 0 { row = row.map { $0 / norm } }
      return row
    }
    return (terms, rows)
  }

  static var optionTable: [TFIDFOptions] {
    var table: [TFIDFOptions] = []
    for smooth in [true, false] {
      for sublinear in [true, false] {
        for norm in Norm.allCases {
          var o = TFIDFOptions()
          o.smoothIDF = smooth
          o.sublinearTF = sublinear
          o.norm = norm
          table.append(o)
        }
      }
    }
    var o = TFIDFOptions()
    o.minDF = .count(2)
    table.append(o)
    o = TFIDFOptions()
    o.maxDF = .fraction(0.5)
    table.append(o)
    o = TFIDFOptions()
    o.maxFeatures = 5
    o.minN = 1
    o.maxN = 3
    table.append(o)
    o = TFIDFOptions()
    o.useIDF = false
    o.minN = 2
    table.append(o)
    return table
  }

  @Test(arguments: optionTable)
  func matchesDenseReference(_ options: TFIDFOptions) throws {
    var vectorizer = TFIDFVectorizer(options: options)
    let x = try vectorizer.fitTransform(tokenized: Self.documents)
    let (terms, rows) = Self.reference(Self.documents, options: options)
    #expect(vectorizer.vocabulary.terms == terms)
    let dense = x.dense()
    for (r, row) in rows.enumerated() {
      for (c, v) in row.enumerated() {
        #expect(abs(Double(dense[r][c]) - v) < 1e-6, "row \(r) term \(terms[c])")
      }
    }
    // transform gives the same rows as fitTransform.
    #expect(vectorizer.transform(tokenized: Self.documents) == x)
  }

  @Test func unknownTermsAreIgnoredAndColumnsSorted() throws {
    var vectorizer = TFIDFVectorizer()
    _ = try vectorizer.fitTransform(["Talks resumed in Geneva.", "The talks collapsed."])
    let x = vectorizer.transform(["Completely unseen words", "talks talks"])
    #expect(x.rowStarts == [0, 0, 1])  // only "talks": the bigram "talks talks" is unknown
    let terms = vectorizer.vocabulary.terms
    #expect(terms == terms.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
  }

  /// A model's vectorizer is rebuilt from its terms' bytes; it must find exactly the
  /// n-grams the fitted one finds, for 1-2 and 1-3 grams.
  @Test(arguments: [2, 3]) func rebuiltFromBytesTransformsAlike(maxN: Int) throws {
    var options = TFIDFOptions()
    options.maxN = maxN
    options.minDF = .count(1)
    var fitted = TFIDFVectorizer(options: options)
    let texts = [
      "Talks resumed in Geneva.", "The talks collapsed in Geneva.", "No deal, no talks.",
      "The deal the deal collapsed", "talks talks talks",
    ]
    _ = try fitted.fitTransform(texts)
    var bytes: [UInt8] = []
    var offsets = [0]
    for term in fitted.vocabulary.terms {
      bytes += Array(term.utf8)
      offsets.append(bytes.count)
    }
    let rebuilt = TFIDFVectorizer(
      options: options, termBytes: bytes, termOffsets: offsets, idf: fitted.idf,
      documentCount: fitted.documentCount)
    let probe = texts + ["geneva talks resumed", "unseen words only", "deal deal the talks"]
    let a = fitted.transform(probe)
    let b = rebuilt.transform(probe)
    #expect(a.rowStarts == b.rowStarts && a.columns == b.columns && a.values == b.values)
  }

  @Test func emptyVocabularyIsAnError() {
    var o = TFIDFOptions()
    o.minDF = .count(5)
    var vectorizer = TFIDFVectorizer(options: o)
    #expect(throws: FeaturesError.self) { try vectorizer.fitTransform(["a b", "c d"]) }
  }

  @Test(arguments: [(false, 1, 1.0), (false, 3, 3.0), (true, 1, 1.0), (true, 3, 1 + log(3.0))])
  func termWeights(_ sublinear: Bool, _ count: Int, _ expected: Double) {
    var o = TFIDFOptions()
    o.sublinearTF = sublinear
    #expect(TFIDFVectorizer(options: o).termWeight(count: count) == expected)
  }

  @Test(
    arguments: [
      (Norm.l2, [3.0, -4.0], 0.2), (Norm.l1, [3.0, -4.0], 1 / 7), (Norm.none, [3.0, -4.0], 1),
      (Norm.l2, [Double](), 1), (Norm.l1, [0.0], 1),
    ] as [(Norm, [Double], Double)])
  func rowScales(_ norm: Norm, _ weights: [Double], _ expected: Double) {
    var o = TFIDFOptions()
    o.norm = norm
    let scale = TFIDFVectorizer(options: o).rowScale { add in weights.forEach(add) }
    #expect(isClose(scale, expected, tolerance: 1e-15))
  }

  @Test func largeInputsGiveTheSameMatrixInChunks() throws {
    // More documents than one transform chunk, so that the parallel path is taken.
    let docs = (0..<5000).map { i in "doc \(i % 97) talks \(i % 13) deal \(i % 7) no" }
    var vectorizer = TFIDFVectorizer()
    let fitted = try vectorizer.fitTransform(docs)
    #expect(vectorizer.transform(docs) == fitted)
  }
}

extension TFIDFOptions: CustomTestStringConvertible {
  public var testDescription: String {
    "ngram \(minN)-\(maxN) min_df \(minDF) max_df \(maxDF) max_features \(maxFeatures.map(String.init) ?? "-") "
      + "sublinear \(sublinearTF) smooth \(smoothIDF) idf \(useIDF) norm \(norm)"
  }
}
