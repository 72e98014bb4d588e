import ArgumentParser
import Classifier
import Features
import Foundation

/// The options of `train` that decide the model: features, regularisation, optimiser,
/// lexicon and gazetteer.
public struct ModelOptions: ParsableArguments {
  static let standard = TrainingConfiguration.standard

  @Option(
    name: .customLong("c"), parsing: .unconditional,
    help: "Inverse regularisation strength C (> 0).")
  public var c: Double = standard.training.c

  @Option(name: .long, help: "N-gram range, MIN-MAX (e.g. 1-2).")
  public var ngram = NGramRange(minN: standard.tfidf.minN, maxN: standard.tfidf.maxN)!

  @Option(
    name: .customLong("min-df"),
    help: "Drop terms in fewer documents (count, or fraction with a '.').")
  public var minDF: DocumentFrequency = standard.tfidf.minDF

  @Option(
    name: .customLong("max-df"),
    help: "Drop terms in more documents (count, or fraction with a '.').")
  public var maxDF: DocumentFrequency = standard.tfidf.maxDF

  @Option(
    name: .customLong("max-features"), parsing: .unconditional,
    help: "Keep at most this many terms, the most frequent.")
  public var maxFeatures: Int?

  @Option(
    name: .customLong("sublinear-tf"), help: "Use 1 + ln(tf) for term counts (true or false).")
  public var sublinearTF: Bool = standard.tfidf.sublinearTF

  @Option(name: .customLong("class-weight"), help: "Row weighting.")
  public var classWeight: ClassWeight = standard.training.classWeight

  @Option(
    name: .long,
    help: ArgumentHelp(
      "An evaluative lexicon (entry<TAB>class lines) whose classes form a second feature block;"
        + " 'none' for n-grams only. Default: \(ModelOptions.defaultLexicon) when it exists."))
  public var lexicon: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A gazetteer (name<TAB>class lines) whose names, written with a capital, become class"
        + " tokens (_person_, _place_, ...); 'none' to keep names as words. Default:"
        + " \(ModelOptions.defaultNames) when it exists."))
  public var names: String?

  @Option(
    name: .customLong("lexicon-weight"), parsing: .unconditional,
    help: "Scale of the lexicon block beside the n-grams (> 0).")
  public var lexiconWeight: Double = standard.lexiconWeight

  @Flag(
    name: .customLong("nb-scale"), inversion: .prefixedNo,
    help: "Scale each feature column by its naive Bayes log-count ratio before the regression.")
  public var nbScale: Bool = standard.nbScale

  @Flag(
    name: .customLong("negation-marks"), inversion: .prefixedNo,
    help:
      "Read the words after a negator of the lexicon, up to the next punctuation, as negated words (not_agree)."
  )
  public var negationMarks: Bool = standard.negationMarks

  @Flag(
    name: .customLong("corpus-names"), inversion: .prefixedNo,
    help:
      "Add to the gazetteer the words the training texts write only with a capital (at least twice after a sentence's first word)."
  )
  public var corpusNames: Bool = standard.corpusNames

  @Option(name: .long, parsing: .unconditional, help: "Seed of every random choice.")
  public var seed: UInt64 = standard.seed

  @Option(name: .long, help: "The label names, comma-separated, in output order.")
  public var classes: String = LabeledCorpus.defaultLabels.joined(separator: ",")

  @Option(
    name: .customLong("max-iterations"), parsing: .unconditional, help: "L-BFGS iteration limit.")
  public var maxIterations: Int = standard.training.optimizer.maxIterations

  @Option(
    name: .long, parsing: .unconditional,
    help: """
      Stop when the largest gradient component of the mean loss is below this (scikit-learn's \
      default tol; 1e-6 or lower for a tighter fit).
      """)
  public var tolerance: Double = standard.training.optimizer.gradientTolerance

  public init() {}

  static let defaultLexicon = "data/lexicon/framing-lexicon.tsv"
  static let defaultNames = "data/names/gazetteer.tsv"

  /// The lexicon to read: the one given, none for `none`, else the default when it exists.
  public var lexiconPath: String? {
    ModelOptions.path(lexicon, default: ModelOptions.defaultLexicon)
  }
  /// The gazetteer to read, by the same rule.
  public var namesPath: String? { ModelOptions.path(names, default: ModelOptions.defaultNames) }

  static func path(_ given: String?, default path: String) -> String? {
    if let given { return given == "none" ? nil : given }
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The label names of `--classes`.
  public var labelNames: [String] { classes.split(separator: ",").map(String.init) }

  public func validate() throws {
    func positive(_ value: Double, _ name: String) throws {
      guard value > 0, value.isFinite else {
        throw ValidationError("invalid value '\(value)' for \(name): expected a number above 0.")
      }
    }
    try positive(c, "--c")
    try positive(lexiconWeight, "--lexicon-weight")
    try positive(tolerance, "--tolerance")
    if let maxFeatures, maxFeatures < 1 {
      throw ValidationError(
        "invalid value '\(maxFeatures)' for --max-features: expected a positive number.")
    }
    guard maxIterations >= 1 else { throw ValidationError("--max-iterations must be at least 1.") }
    guard labelNames.count >= 2, Set(labelNames).count == labelNames.count else {
      throw ValidationError(
        "--classes needs at least two distinct names, e.g. critical,neutral,conciliatory.")
    }
  }

  /// The configuration these options describe, without lexicon and gazetteer (see
  /// ``loadingFiles(into:)``).
  public var configuration: TrainingConfiguration {
    var config = TrainingConfiguration.standard
    config.tfidf.minN = ngram.minN
    config.tfidf.maxN = ngram.maxN
    config.tfidf.minDF = minDF
    config.tfidf.maxDF = maxDF
    config.tfidf.maxFeatures = maxFeatures
    config.tfidf.sublinearTF = sublinearTF
    config.training.c = c
    config.training.classWeight = classWeight
    config.training.optimizer.maxIterations = maxIterations
    config.training.optimizer.gradientTolerance = tolerance
    config.seed = seed
    config.lexiconWeight = lexiconWeight
    config.nbScale = nbScale
    config.negationMarks = negationMarks
    config.corpusNames = corpusNames
    return config
  }

  /// The configuration with its lexicon and gazetteer read.
  public func loadedConfiguration() throws -> TrainingConfiguration {
    var config = configuration
    if let path = lexiconPath { config.lexicon = try Lexicon(contentsOf: path) }
    if let path = namesPath { config.names = try NameClasses(contentsOf: path) }
    return config
  }
}

/// The options of `train --search`: the values each setting takes.
public struct SearchOptions: ParsableArguments {
  @Flag(
    name: .long,
    help:
      "Grid-search C, n-gram range, min-df and sublinear-tf by cross-validation; train with the best."
  )
  public var search = false

  @Option(name: .customLong("search-c"), help: "C values for --search, comma-separated.")
  public var searchC = CommaList<Double>([1, 3, 10, 30, 100, 300])

  @Option(name: .customLong("search-ngram"), help: "N-gram ranges for --search, comma-separated.")
  public var searchNgram = CommaList<NGramRange>(
    [NGramRange(minN: 1, maxN: 1)!, NGramRange(minN: 1, maxN: 2)!, NGramRange(minN: 1, maxN: 3)!])

  @Option(name: .customLong("search-min-df"), help: "min-df values for --search, comma-separated.")
  public var searchMinDF = CommaList<DocumentFrequency>([.count(1), .count(2), .count(3)])

  @Option(
    name: .customLong("search-sublinear-tf"),
    help: "sublinear-tf values for --search, comma-separated.")
  public var searchSublinear = CommaList<Bool>([true, false])

  @Option(
    name: .customLong("search-lexicon-weight"),
    help: "Lexicon weights for --search, comma-separated (default: --lexicon-weight only).")
  public var searchLexiconWeight: CommaList<Double>?

  public init() {}

  public func validate() throws {
    guard searchC.values.allSatisfy({ $0 > 0 && $0.isFinite }) else {
      throw ValidationError("invalid value for --search-c: every C must be above 0.")
    }
    if let weights = searchLexiconWeight, !weights.values.allSatisfy({ $0 > 0 && $0.isFinite }) {
      throw ValidationError(
        "invalid value for --search-lexicon-weight: every weight must be above 0.")
    }
  }

  /// The settings to search around `base` (empty without `--search`).
  public func grid(base: TrainingConfiguration) -> [TrainingConfiguration] {
    guard search else { return [] }
    return Trainer.grid(
      base: base, c: searchC.values, ngrams: searchNgram.values.map { ($0.minN, $0.maxN) },
      minDF: searchMinDF.values, sublinearTF: searchSublinear.values,
      lexiconWeights: base.lexicon == nil
        ? [base.lexiconWeight] : (searchLexiconWeight?.values ?? [base.lexiconWeight]))
  }
}

/// Where `train` writes: the model (never the shipped one unless asked) and its reports.
public struct TrainOutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "Where to write the model (default: models/framing.safetensors, only with --force).")
  public var out: String?

  @Flag(name: .long, help: "Replace the shipped model models/framing.safetensors.")
  public var force = false

  @Option(
    name: .customLong("metrics-json"),
    help: "Write every metric (cross-validation, search, test, label quality) as JSON here.")
  public var metricsJSON: String?

  @Option(name: .long, help: "Write the out-of-fold mistakes as CSV here, most confident first.")
  public var errors: String?

  public init() {}

  /// The model Framing ships, which `train` replaces only with `--force`.
  public static let shippedModel = "models/framing.safetensors"

  /// Where the model goes.
  public var outputPath: String { out ?? TrainOutputOptions.shippedModel }

  public func validate() throws {
    if out == nil && !force && FileManager.default.fileExists(atPath: Self.shippedModel) {
      throw ValidationError(
        "\(Self.shippedModel) is the shipped model; pass --out PATH for a model of your own,"
          + " or --force to replace it.")
    }
  }
}
