import Foundation
import Testing

@testable import Classifier
@testable import Features

/// Our TF-IDF features and softmax regression against scikit-learn's `TfidfVectorizer` and
/// `LogisticRegression`, on fixtures that `scripts/sklearn_reference.py` writes to
/// `Fixtures/sklearn/` (see the README there). Both sides see the same tokens, those of
/// our tokenizer, so that tokenization is not what is compared.
@Suite struct ScikitLearnParityTests {
  // MARK: TF-IDF

  @Test(arguments: Fixtures.tfidf?.cases ?? [])
  func vocabularyAndColumnOrderMatch(_ c: TFIDFCase) throws {
    let fixture = try #require(Fixtures.tfidf)
    let expected = fixture.vocabularies[c.vocabulary]
    let (vectorizer, _) = try Fixtures.fit(c)
    let terms = vectorizer.vocabulary.terms
    #expect(terms.count == expected.terms.count)
    let common = min(terms.count, expected.terms.count)
    if let i = (0..<common).first(where: { terms[$0] != expected.terms[$0] }) {
      Issue.record("column \(i): ours '\(terms[i])', scikit-learn '\(expected.terms[i])'")
    }
    #expect(vectorizer.documentFrequency == expected.documentFrequency)
  }

  @Test(arguments: Fixtures.tfidf?.cases ?? [])
  func idfMatches(_ c: TFIDFCase) throws {
    let fixture = try #require(Fixtures.tfidf)
    let expected = fixture.vocabularies[c.vocabulary]
    let (vectorizer, _) = try Fixtures.fit(c)
    try #require(vectorizer.vocabulary.terms == expected.terms)
    var mismatches: [String] = []
    for (j, df) in expected.documentFrequency.enumerated() {
      let reference = try #require(c.idfByDocumentFrequency[String(df)], "no idf for df \(df)")
      if !Fixtures.isClose(vectorizer.idf[j], reference, relative: 1e-10) {
        mismatches.append(
          "'\(expected.terms[j])' (df \(df)): ours \(vectorizer.idf[j]), scikit-learn \(reference)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) idf values differ: \(mismatches.first ?? "")")
  }

  @Test(arguments: Fixtures.tfidf?.cases ?? [])
  func tfidfValuesMatchWithin1e6(_ c: TFIDFCase) throws {
    let fixture = try #require(Fixtures.tfidf)
    let corpus = try #require(Fixtures.corpus)
    let expected = fixture.vocabularies[c.vocabulary]
    let (vectorizer, train) = try Fixtures.fit(c)
    try #require(vectorizer.vocabulary.terms == expected.terms)
    let heldout = vectorizer.transform(tokenized: corpus.heldout.map(\.tokens))
    for (name, ours, pattern, values) in [
      ("training", train, expected.trainPattern, c.trainValues),
      ("held-out", heldout, expected.heldoutPattern, c.heldoutValues),
    ] {
      let reference = pattern.dense(values: values)
      let dense = ours.dense()
      try #require(dense.count == reference.count && ours.columnCount == pattern.columns)
      var mismatches: [(row: Int, term: String, ours: Double, theirs: Double)] = []
      for r in reference.indices {
        for j in reference[r].indices {
          let (a, b) = (Double(dense[r][j]), reference[r][j])
          // Float storage: 1e-6 absolute, relative above 1 (unnormalized rows).
          if !Fixtures.isClose(a, b, relative: 1e-6) {
            mismatches.append((r, expected.terms[j], a, b))
          }
        }
      }
      let worst = mismatches.max { abs($0.ours - $0.theirs) < abs($1.ours - $1.theirs) }
      #expect(
        mismatches.isEmpty,
        """
        \(name) matrix: \(mismatches.count) entries differ, the most at row \(worst?.row ?? 0), \
        '\(worst?.term ?? "")': ours \(worst?.ours ?? 0), scikit-learn \(worst?.theirs ?? 0)
        """)
    }
  }

  /// scikit-learn keeps `(-tfs).argsort()[:limit]` with numpy's unstable sort, so a cut
  /// through equally frequent terms is not well defined there; we keep the alphabetically
  /// first (a stable sort), and the fixtures expect that. Where the cut falls between two
  /// counts, scikit-learn must agree with the stable order (the script asserts it too).
  @Test func maxFeaturesCasesCoverTiesAndAgreeWithoutThem() throws {
    let cases = try #require(Fixtures.tfidf).cases
    let cuts = cases.compactMap(\.maxFeaturesCut)
    #expect(cuts.contains { $0.tieAtCut }, "no max_features case cuts through a tie")
    #expect(cuts.contains { !$0.tieAtCut }, "no max_features case cuts between two counts")
    for cut in cuts where !cut.tieAtCut { #expect(cut.sklearnAgreesWithStableOrder) }
  }

  /// Missing or unreadable fixtures fail here, with the reason (the tables above would
  /// otherwise just be empty); `python3 scripts/sklearn_reference.py` rewrites them.
  @Test func fixturesArePresentAndCoverTheOptions() throws {
    let corpus = try Fixtures.loadedCorpus.get()
    let tfidf = try Fixtures.loadedTFIDF.get()
    let logistic = try Fixtures.loadedLogistic.get()
    #expect(corpus.train.count >= 40 && Set(corpus.train.map(\.label)).count >= 3)
    let options = tfidf.cases.compactMap { TFIDFOptions(metadata: $0.options) }
    #expect(options.count == tfidf.cases.count)
    #expect(Set(options.map(\.norm)) == Set(Norm.allCases))
    #expect(Set(options.map(\.smoothIDF)) == [true, false])
    #expect(Set(options.map(\.sublinearTF)) == [true, false])
    #expect(options.contains { if case .count(let n) = $0.minDF { n > 1 } else { false } })
    #expect(options.contains { if case .fraction = $0.minDF { true } else { false } })
    #expect(options.contains { if case .count = $0.maxDF { true } else { false } })
    #expect(options.contains { if case .fraction(let f) = $0.maxDF { f < 1 } else { false } })
    #expect(options.contains { $0.maxFeatures != nil })
    #expect(Set(logistic.cases.map(\.c)) == [0.01, 1, 100])
    #expect(Set(logistic.cases.map(\.classWeight)) == ["none", "balanced"])
  }

  // MARK: Logistic regression

  @Test(arguments: Fixtures.logistic?.cases ?? [])
  func probabilitiesMatchWithin1e4(_ c: LogisticCase) throws {
    let fixture = try #require(Fixtures.logistic)
    let (model, result) = try Fixtures.fit(c)
    // Both optimisers stop when the gradient is tiny or f stops decreasing (relative
    // decrease ≤ 64 ε, scikit-learn's ftol); the latter comes first here on both sides.
    #expect(
      result.stop == .gradient || result.stop == .function, "stopped: \(result.stop.rawValue)")
    #expect(result.gradientMaxNorm <= 1e-6, "gradient \(result.gradientMaxNorm) at the end")
    let k = fixture.classes.count
    for (name, x, reference) in [
      ("training", fixture.train.matrix, c.probabilitiesTrain),
      ("held-out", fixture.heldout.matrix, c.probabilitiesHeldout),
    ] {
      let p = model.probabilities(for: x)
      try #require(p.count == reference.count * k)
      var worst = 0.0
      for r in reference.indices {
        for cl in 0..<k { worst = max(worst, abs(p[r * k + cl] - reference[r][cl])) }
        let ours = (0..<k).max { p[r * k + $0] < p[r * k + $1] }!
        let theirs = (0..<k).max { reference[r][$0] < reference[r][$1] }!
        #expect(ours == theirs, "\(name) row \(r): ours \(ours), scikit-learn \(theirs)")
      }
      #expect(worst <= 1e-4, "\(name): largest probability difference \(worst)")
    }
  }

  @Test(arguments: Fixtures.logistic?.cases ?? [])
  func coefficientsAndObjectiveMatch(_ c: LogisticCase) throws {
    let fixture = try #require(Fixtures.logistic)
    let (model, result) = try Fixtures.fit(c)
    let k = fixture.classes.count
    let d = fixture.train.columns
    try #require(c.coef.count == k && c.coef.allSatisfy { $0.count == d })
    // The optimum is unique in W (strictly convex penalty); the intercepts only up to a
    // common shift, which the softmax ignores, so they are compared centred.
    let scale = max(1, c.coef.joined().map(abs).max() ?? 0)
    var worst = 0.0
    for j in 0..<d {
      for cl in 0..<k { worst = max(worst, abs(model.weights[j * k + cl] - c.coef[cl][j])) }
    }
    #expect(worst <= 1e-5 * scale, "largest weight difference \(worst) (largest |weight| \(scale))")
    let ourMean = model.bias.reduce(0, +) / Double(k)
    let theirMean = c.intercept.reduce(0, +) / Double(k)
    for cl in 0..<k {
      let ours = model.bias[cl] - ourMean
      let theirs = c.intercept[cl] - theirMean
      #expect(
        abs(ours - theirs) <= 1e-5 * scale, "intercept \(cl): ours \(ours), scikit-learn \(theirs)")
    }
    // Same objective, same scale: f(W, b) = [Σ s_i ℓ_i + ‖W‖²/(2C)] / Σ s_i.
    #expect(
      Fixtures.isClose(result.value, c.objective, relative: 1e-9),
      "objective: ours \(result.value), scikit-learn \(c.objective)")
  }
}

// MARK: Fixtures

extension ScikitLearnParityTests {
  /// One option set of `tfidf.json`.
  struct TFIDFCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    /// Options in the model file's metadata spelling (`ngram_min`, `min_df`, ...).
    var options: [String: String]
    var vocabulary: Int
    var idfByDocumentFrequency: [String: Double]
    var trainValues: [Double]
    var heldoutValues: [Double]
    var maxFeaturesCut: MaxFeaturesCut?
    var testDescription: String { name }

    enum CodingKeys: String, CodingKey {
      case name, options, vocabulary
      case idfByDocumentFrequency = "idf_by_document_frequency"
      case trainValues = "train_values"
      case heldoutValues = "heldout_values"
      case maxFeaturesCut = "max_features_cut"
    }
  }

  struct MaxFeaturesCut: Decodable, Sendable {
    var countAtCut: Int
    var tieAtCut: Bool
    var sklearnAgreesWithStableOrder: Bool

    enum CodingKeys: String, CodingKey {
      case countAtCut = "count_at_cut"
      case tieAtCut = "tie_at_cut"
      case sklearnAgreesWithStableOrder = "sklearn_agrees_with_stable_order"
    }
  }

  struct Vocabulary: Decodable, Sendable {
    var terms: [String]
    var documentFrequency: [Int]
    var trainPattern: Pattern
    var heldoutPattern: Pattern

    enum CodingKeys: String, CodingKey {
      case terms
      case documentFrequency = "document_frequency"
      case trainPattern = "train_pattern"
      case heldoutPattern = "heldout_pattern"
    }
  }

  /// Where a CSR matrix has entries; with values, the matrix itself.
  struct Pattern: Decodable, Sendable {
    var rows: Int
    var columns: Int
    var rowStarts: [Int]
    var columnIndices: [Int]
    var values: [Double]?

    enum CodingKeys: String, CodingKey {
      case rows, columns, values
      case rowStarts = "row_starts"
      case columnIndices = "column_indices"
    }

    func dense(values: [Double]) -> [[Double]] {
      precondition(values.count == columnIndices.count)
      var out = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
      for r in 0..<rows {
        for e in rowStarts[r]..<rowStarts[r + 1] { out[r][columnIndices[e]] = values[e] }
      }
      return out
    }

    /// The matrix as ours, each value rounded to `Float` as scikit-learn's input was.
    var matrix: SparseMatrix {
      SparseMatrix(
        rowCount: rows, columnCount: columns, rowStarts: rowStarts,
        columns: columnIndices.map { Int32($0) }, values: (values ?? []).map { Float($0) })
    }
  }

  struct TFIDFFixture: Decodable, Sendable {
    var vocabularies: [Vocabulary]
    var cases: [TFIDFCase]
  }

  struct CorpusFixture: Decodable, Sendable {
    struct Document: Decodable, Sendable {
      var label: String
      var text: String
      var tokens: [String]
    }
    var classes: [String]
    var train: [Document]
    var heldout: [Document]
  }

  /// One fit of `logistic_regression.json`.
  struct LogisticCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var c: Double
    var classWeight: String
    var objective: Double
    var coef: [[Double]]
    var intercept: [Double]
    var probabilitiesTrain: [[Double]]
    var probabilitiesHeldout: [[Double]]
    var testDescription: String { name }

    enum CodingKeys: String, CodingKey {
      case name, c, objective, coef, intercept
      case classWeight = "class_weight"
      case probabilitiesTrain = "probabilities_train"
      case probabilitiesHeldout = "probabilities_heldout"
    }
  }

  struct LogisticFixture: Decodable, Sendable {
    var classes: [String]
    var labels: [Int]
    var train: Pattern
    var heldout: Pattern
    var cases: [LogisticCase]
  }

  enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/sklearn")

    static let loadedCorpus = load(CorpusFixture.self, "corpus.json")
    static let loadedTFIDF = load(TFIDFFixture.self, "tfidf.json")
    static let loadedLogistic = load(LogisticFixture.self, "logistic_regression.json")

    static var corpus: CorpusFixture? { try? loadedCorpus.get() }
    static var tfidf: TFIDFFixture? { try? loadedTFIDF.get() }
    static var logistic: LogisticFixture? { try? loadedLogistic.get() }

    static func load<T: Decodable>(_ type: T.Type, _ name: String) -> Result<T, any Error> {
      Result {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONDecoder().decode(T.self, from: data)
      }
    }

    /// Our vectorizer fitted on the corpus's training tokens with the case's options, and
    /// the training matrix.
    static func fit(_ c: TFIDFCase) throws -> (TFIDFVectorizer, SparseMatrix) {
      let corpus = try #require(Fixtures.corpus)
      let options = try #require(TFIDFOptions(metadata: c.options), "bad options \(c.options)")
      var vectorizer = TFIDFVectorizer(options: options)
      let x = try vectorizer.fitTransform(tokenized: corpus.train.map(\.tokens))
      return (vectorizer, x)
    }

    /// Our regression fitted on the fixture's matrix with scikit-learn's stopping rules
    /// (`tol=1e-10` on the largest gradient component, `ftol` = 64 ε as our default).
    static func fit(_ c: LogisticCase) throws -> (SoftmaxRegression, LBFGS.Result) {
      let fixture = try #require(Fixtures.logistic)
      var options = TrainingOptions()
      options.c = c.c
      options.classWeight = try #require(ClassWeight(rawValue: c.classWeight))
      options.optimizer.gradientTolerance = 1e-10
      options.optimizer.maxIterations = 20_000
      return SoftmaxRegression.fit(
        fixture.train.matrix, labels: fixture.labels, classCount: fixture.classes.count,
        options: options)
    }

    /// `|a − b| ≤ tolerance · max(1, |b|)`.
    static func isClose(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
      abs(a - b) <= tolerance * max(1, abs(b))
    }
  }
}
