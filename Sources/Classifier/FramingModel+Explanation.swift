import Features

/// Why a linear model chose a label: per n-gram contributions to the logit difference
/// between the chosen label and the runner-up.
public struct Explanation: Sendable, Equatable {
  /// One n-gram's part in the decision.
  public struct Term: Sendable, Equatable {
    /// The n-gram as in the vocabulary.
    public var term: String
    /// `x_j · (w_{j,label} − w_{j,versus})`: positive pushes towards the label.
    public var contribution: Double
    /// Byte ranges of its occurrences in the file (first token start, last token end).
    public var spans: [Range<Int>]
  }

  /// The label explained.
  public var label: Int
  /// The runner-up it is compared with.
  public var versus: Int
  /// `z_label − z_versus = log(p_label / p_versus)`.
  public var logitDifference: Double
  /// `b_label − b_versus`.
  public var intercept: Double
  /// Every n-gram of the unit in the vocabulary, largest contribution first.
  public var terms: [Term]

  /// The `k` terms that pushed most towards the label, and the sum of all the others, so
  /// that `top.sum + rest + intercept == logitDifference`.
  public func top(_ k: Int) -> (terms: [Term], rest: Double) {
    let head = Array(terms.prefix(k))
    let rest = terms.dropFirst(k).reduce(0) { $0 + $1.contribution }
    return (head, rest)
  }
}

extension FramingModel {
  /// Explains the label of the unit `bytes[start..<end]` of a file: for a linear model the
  /// logit difference between the label `k` and the runner-up `r` splits exactly into
  /// ```
  /// z_k − z_r = (b_k − b_r) + Σ_j x_j · (w_{j,k} − w_{j,r})
  /// ```
  /// over the unit's features `x_j`: its n-grams, and its lexicon columns, named
  /// `lexicon:CLASS[entries that matched]` with the matches' byte spans.
  ///
  /// - Complexity: O(tokens × n-gram lengths + terms · log terms).
  public func explain(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, label: Int, probabilities: [Double]
  )
    -> Explanation
  {
    var buffer = TokenBuffer()
    vectorizer.tokenizer.tokenize(
      UnsafeBufferPointer(rebasing: bytes[start..<end]), base: start, into: &buffer)
    var matrix = SparseMatrix(columnCount: vectorizer.featureCount)
    var scratch: [UInt8] = []
    var rowColumns: [Int32] = []
    vectorizer.appendRow(for: buffer, scratch: &scratch, rowColumns: &rowColumns, to: &matrix)
    var spans: [Int: [Range<Int>]] = [:]
    vectorizer.forEachKnownNGram(of: buffer) { column, first, length in
      let a = buffer.tokens[first].sourceStart
      let b = buffer.tokens[first + length - 1].sourceEnd
      spans[column, default: []].append(a..<b)
    }
    // Lexicon columns are named with the entries that matched: `lexicon:threat[warned]`.
    var matched: [Int: [String]] = [:]
    if let lexicon {
      var block = SparseMatrix(columnCount: lexicon.columnCount)
      var lexiconScratch = LexiconFeatures.Scratch()
      lexicon.appendRow(for: buffer, to: &block, scratch: &lexiconScratch)
      matrix = matrix.appendingColumns(of: block)
      let n = vectorizer.featureCount
      lexicon.forEachMatch(in: buffer, scratch: &lexiconScratch) { column, a, b, entry in
        spans[n + column, default: []].append(a..<b)
        let word = lexicon.lexicon.entries[entry].lowercased()
        if !(matched[n + column]?.contains(word) ?? false) {
          matched[n + column, default: []].append(word)
        }
      }
    }
    let k = labels.count
    var versus = label == 0 ? 1 : 0
    for c in 0..<k where c != label && probabilities[c] > probabilities[versus] { versus = c }
    var terms: [Explanation.Term] = []
    var logit = regression.bias[label] - regression.bias[versus]
    for e in 0..<matrix.nonzeroCount {
      let j = Int(matrix.columns[e])
      let x = Double(matrix.values[e])
      let contribution =
        x * (regression.weights[j * k + label] - regression.weights[j * k + versus])
      logit += contribution
      var name = featureName(j)
      if let words = matched[j] { name += "[" + words.joined(separator: ",") + "]" }
      terms.append(.init(term: name, contribution: contribution, spans: spans[j] ?? []))
    }
    terms.sort {
      $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.term < $1.term
    }
    return Explanation(
      label: label, versus: versus, logitDifference: logit,
      intercept: regression.bias[label] - regression.bias[versus],
      terms: terms)
  }

  /// The `count` n-grams with the largest weight for each label, measured against the
  /// mean weight over labels (`w_{j,k} − mean_c w_{j,c}`), largest first.
  ///
  /// - Complexity: O(features × labels × count): the means once, then a bounded selection
  ///   per label (a model with thousands of labels is described in seconds).
  public func topTerms(count: Int) -> [[(term: String, weight: Double)]] {
    let k = labels.count
    let d = featureCount
    let w = regression.weights
    let means = (0..<d).map { j in
      var mean = 0.0
      for c in 0..<k { mean += w[j * k + c] }
      return mean / Double(k)
    }
    // Largest first, ties by column: the order of a full sort, kept for the top `count`.
    func before(_ a: (Int, Double), _ b: (Int, Double)) -> Bool {
      a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
    }
    return (0..<k).map { label in
      var top: [(Int, Double)] = []
      top.reserveCapacity(count + 1)
      for j in 0..<d {
        let entry = (j, w[j * k + label] - means[j])
        guard top.count < count || before(entry, top[top.count - 1]) else { continue }
        var i = top.count
        while i > 0 && before(entry, top[i - 1]) { i -= 1 }
        top.insert(entry, at: i)
        if top.count > count { top.removeLast() }
      }
      return top.map { (featureName($0.0), $0.1) }
    }
  }

  /// Share of the word tokens of `bytes[start..<end]` that are not in the vocabulary.
  public func unknownTokenCount(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> (
    unknown: Int, total: Int
  ) {
    var buffer = TokenBuffer()
    vectorizer.tokenizer.tokenize(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: &buffer)
    var unknown = 0
    buffer.bytes.withUnsafeBufferPointer { b in
      for t in buffer.tokens
      where vectorizer.vocabulary.find(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
        < 0
      {
        unknown += 1
      }
    }
    return (unknown, buffer.tokens.count)
  }
}
