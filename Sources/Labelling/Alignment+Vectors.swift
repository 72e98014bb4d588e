import Features
import Foundation

/// The vectors, the blocking and the cosine of ``AlignmentFinder``.
extension AlignmentFinder {
  /// The units of `articles` that take part, with their vectors.
  static func vectors(_ articles: [ArticleResult], counted: (ArticleResult) -> [Int]) -> [Unit] {
    var spans: [(article: Int, record: Int)] = []
    var words: [[[UInt8]]] = []
    var quotes: [[UInt64]] = []
    for (a, article) in articles.enumerated() {
      article.input.file.bytes.withUnsafeBufferPointer { bytes in
        for r in counted(article) {
          let u = article.records[r].unit.unit
          guard u.kind == .sentence else { continue }
          let w = ReprintFinder.words(bytes, u.start, u.end)
          guard w.count >= minimumWords else { continue }
          spans.append((a, r))
          words.append(w)
          quotes.append(quoteRuns(bytes, u.start, u.end))
        }
      }
    }
    let vectors = weigh(words)
    return spans.indices.map {
      Unit(
        article: spans[$0].article, record: spans[$0].record, terms: vectors[$0].terms,
        weights: vectors[$0].weights, quotes: quotes[$0])
    }
  }

  /// The similarity of each pair of `texts` by this finder's measure, whether the two share
  /// a quoted run, and whether blocking would compare them; the document frequencies come
  /// from all of `texts`. For checking the finder against labelled pairs.
  public static func similarities(texts: [String], pairs: [(Int, Int)]) -> [(
    cosine: Double, sharedQuote: Bool, blocked: Bool
  )] {
    var words: [[[UInt8]]] = []
    var quotes: [[UInt64]] = []
    for text in texts {
      var copy = text
      copy.withUTF8 { b in
        words.append(ReprintFinder.words(b, 0, b.count))
        quotes.append(quoteRuns(b, 0, b.count))
      }
    }
    let vectors = weigh(words)
    let units = texts.indices.map {
      Unit(
        article: $0, record: 0, terms: vectors[$0].terms, weights: vectors[$0].weights,
        quotes: quotes[$0])
    }
    var compared = Set<Int64>()
    forEachCandidate(units) { i, j in compared.insert(Int64(min(i, j)) << 32 | Int64(max(i, j))) }
    return pairs.map { i, j in
      (
        cosine(units[i], units[j]), !Set(units[i].quotes).isDisjoint(with: units[j].quotes),
        compared.contains(Int64(min(i, j)) << 32 | Int64(max(i, j)))
      )
    }
  }

  /// TF-IDF vectors of word lists: the words outside ``stopWords``, sublinear tf, this
  /// set's idf, l2.
  static func weigh(_ words: [[[UInt8]]]) -> [(terms: [UInt64], weights: [Float])] {
    let counts: [[UInt64: Int]] = words.map { w in
      var c: [UInt64: Int] = [:]
      for word in w where !stopWords.contains(word) { c[hash(word), default: 0] += 1 }
      return c
    }
    var df: [UInt64: Int] = [:]
    for c in counts { for t in c.keys { df[t, default: 0] += 1 } }
    let n = Double(words.count)
    return counts.map { c in
      let terms = c.keys.sorted()
      var weights = terms.map { t -> Float in
        let tf: Double = 1 + log(Double(c[t]!))
        let idf: Double = log((1 + n) / (1 + Double(df[t]!))) + 1
        return Float(tf * idf)
      }
      let norm = weights.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
      if norm > 0 { for k in weights.indices { weights[k] /= norm } }
      return (terms, weights)
    }
  }

  /// Calls `body(i, j)` (i < j) once for each pair of units that share at least
  /// ``minimumSharedKeys`` terms held by at most ``commonKey`` units.
  static func forEachCandidate(_ units: [Unit], _ body: (Int, Int) -> Void) {
    var holders: [UInt64: [Int32]] = [:]
    for (i, u) in units.enumerated() {
      for t in u.terms { holders[t, default: []].append(Int32(i)) }
    }
    // Counts per later unit, in a dense array reset through the list of those touched.
    var shared = [Int32](repeating: 0, count: units.count)
    var touched: [Int32] = []
    for (i, u) in units.enumerated() {
      for t in u.terms {
        guard let list = holders[t], list.count > 1, list.count <= commonKey else { continue }
        for j in list where Int(j) > i {
          if shared[Int(j)] == 0 { touched.append(j) }
          shared[Int(j)] += 1
        }
      }
      for j in touched {
        if shared[Int(j)] >= minimumSharedKeys { body(i, Int(j)) }
        shared[Int(j)] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
  }

  /// The cosine of two l2-normalised sparse vectors.
  static func cosine(_ a: Unit, _ b: Unit) -> Double {
    var i = 0
    var j = 0
    var sum: Float = 0
    while i < a.terms.count && j < b.terms.count {
      if a.terms[i] == b.terms[j] {
        sum += a.weights[i] * b.weights[j]
        i += 1
        j += 1
      } else if a.terms[i] < b.terms[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(sum)
  }

  /// Hashes of every run of ``quoteRun`` words inside quotation marks.
  static func quoteRuns(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt64] {
    var out: [UInt64] = []
    for range in Quotation.ranges(in: bytes, start: start, end: end) {
      let hashes = ReprintFinder.words(bytes, range.lowerBound, range.upperBound).map(hash)
      guard hashes.count >= quoteRun else { continue }
      for i in 0...(hashes.count - quoteRun) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in i..<(i + quoteRun) { h = pair(h, hashes[k]) }
        out.append(h)
      }
    }
    return out
  }

  /// Words too common to say what a sentence reports: articles, prepositions, pronouns,
  /// auxiliaries and `said`.
  static let stopWords: Set<[UInt8]> = Set(
    """
    the a an of to in on and or for with by at from that this these those is was were are be \
    been being has have had it its as but not he she they his her their we our you your i me \
    my said says say will would could can should may might must after before over about into \
    than then also who whom which what when where while there here them him us more most \
    other some such no so if out up do does did just only very all both each any
    """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { Array($0.utf8) })

  /// FNV-1a of a word.
  static func hash(_ word: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in word {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    return h
  }

  /// The hash of a word pair (order matters; never equal to a word's own hash in practice).
  static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var h = a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019)
    h ^= h >> 29
    return h &* 0xBF58_476D_1CE4_E5B9
  }
}
