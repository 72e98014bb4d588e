import ArgumentParser
import Classifier
import Features
import Foundation
import Runs

@main
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Fit the framing model on labeled sentences and write the model file.",
    discussion: """
      Reads a CSV with a header holding 'text' and 'label' columns (others are kept for
      --group). Prints cross-validated per-class precision, recall, F1 and the confusion
      matrix, then fits on all rows and writes the model atomically.
      """)

  @Option(name: .long, help: "The labeled CSV (columns text,label[,...]).")
  var labels: String

  @Option(name: .long, help: "Where to write the model.")
  var out: String = "models/framing.safetensors"

  @Option(name: .customLong("c"), help: "Inverse regularisation strength C (> 0).")
  var c: Double = TrainingConfiguration.standard.training.c

  @Option(name: .long, help: "N-gram range, MIN-MAX (e.g. 1-2).")
  var ngram: String =
    "\(TrainingConfiguration.standard.tfidf.minN)-\(TrainingConfiguration.standard.tfidf.maxN)"

  @Option(
    name: .customLong("min-df"),
    help: "Drop terms in fewer documents (count, or fraction with a '.').")
  var minDF: String = TrainingConfiguration.standard.tfidf.minDF.description

  @Option(
    name: .customLong("max-df"),
    help: "Drop terms in more documents (count, or fraction with a '.').")
  var maxDF: String = TrainingConfiguration.standard.tfidf.maxDF.description

  @Option(
    name: .customLong("max-features"), help: "Keep at most this many terms, the most frequent.")
  var maxFeatures: Int?

  @Option(
    name: .customLong("sublinear-tf"), help: "Use 1 + ln(tf) for term counts (true or false).")
  var sublinearTF: Bool = TrainingConfiguration.standard.tfidf.sublinearTF

  @Option(name: .customLong("class-weight"), help: "Row weighting: none or balanced.")
  var classWeight: String = TrainingConfiguration.standard.training.classWeight.rawValue

  @Option(
    name: .long,
    help: ArgumentHelp(
      "An evaluative lexicon (entry<TAB>class lines) whose classes form a second feature block;"
        + " 'none' for n-grams only. Default: \(TrainCommand.defaultLexicon) when it exists."))
  var lexicon: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A gazetteer (name<TAB>class lines) whose names, written with a capital, become class"
        + " tokens (_person_, _place_, ...); 'none' to keep names as words. Default:"
        + " \(TrainCommand.defaultNames) when it exists."))
  var names: String?

  @Option(
    name: .customLong("lexicon-weight"),
    help: "Scale of the lexicon block beside the n-grams (> 0).")
  var lexiconWeight: Double = TrainingConfiguration.standard.lexiconWeight

  @Option(name: .long, help: "Cross-validation folds before the final fit (0 to skip).")
  var cv: Int = 5

  @Option(
    name: .long, help: "Group folds by this column (no group in both training and validation).")
  var group: String?

  @Option(name: .long, help: "A held-out labeled CSV to evaluate the final model on.")
  var test: String?

  @Option(name: .long, help: "Seed of every random choice.")
  var seed: UInt64 = TrainingConfiguration.standard.seed

  @Option(name: .long, help: "The label names, comma-separated, in output order.")
  var classes: String = LabeledCorpus.defaultLabels.joined(separator: ",")

  @Option(name: .customLong("max-iterations"), help: "L-BFGS iteration limit.")
  var maxIterations: Int = TrainingConfiguration.standard.training.optimizer.maxIterations

  @Option(
    name: .long,
    help: """
      Stop when the largest gradient component of the mean loss is below this (scikit-learn's \
      default tol; 1e-6 or lower for a tighter fit).
      """)
  var tolerance: Double = TrainingConfiguration.standard.training.optimizer.gradientTolerance

  @Flag(
    name: .long,
    help:
      "Grid-search C, n-gram range, min-df and sublinear-tf by cross-validation; train with the best."
  )
  var search = false

  @Option(name: .customLong("search-c"), help: "C values for --search, comma-separated.")
  var searchC: String = "1,3,10,30,100,300"

  @Option(name: .customLong("search-ngram"), help: "N-gram ranges for --search, comma-separated.")
  var searchNgram: String = "1-1,1-2,1-3"

  @Option(name: .customLong("search-min-df"), help: "min-df values for --search, comma-separated.")
  var searchMinDF: String = "1,2,3"

  @Option(
    name: .customLong("search-sublinear-tf"),
    help: "sublinear-tf values for --search, comma-separated.")
  var searchSublinear: String = "true,false"

  @Option(
    name: .customLong("search-lexicon-weight"),
    help: "Lexicon weights for --search, comma-separated (default: --lexicon-weight only).")
  var searchLexiconWeight: String?

  @Option(
    name: .customLong("metrics-json"),
    help: "Write every metric (cross-validation, search, test, label quality) as JSON here.")
  var metricsJSON: String?

  @Option(name: .long, help: "Write the out-of-fold mistakes as CSV here, most confident first.")
  var errors: String?

  @Flag(name: .long, help: "Print nothing but errors.")
  var quiet = false

  func configuration() throws -> TrainingConfiguration {
    var config = TrainingConfiguration.standard
    let parts = ngram.split(separator: "-").map { Int($0) }
    guard parts.count == 2, let lo = parts[0], let hi = parts[1], lo >= 1, hi >= lo, hi <= 8 else {
      throw ValidationError(
        "invalid value '\(ngram)' for --ngram: expected MIN-MAX with 1 <= MIN <= MAX <= 8, e.g. 1-2."
      )
    }
    config.tfidf.minN = lo
    config.tfidf.maxN = hi
    guard let minDF = DocumentFrequency(minDF) else {
      throw ValidationError(
        "invalid value '\(self.minDF)' for --min-df: expected a count (2) or a fraction (0.01).")
    }
    guard let maxDF = DocumentFrequency(maxDF) else {
      throw ValidationError(
        "invalid value '\(self.maxDF)' for --max-df: expected a count (500) or a fraction (0.9).")
    }
    config.tfidf.minDF = minDF
    config.tfidf.maxDF = maxDF
    if let maxFeatures, maxFeatures < 1 {
      throw ValidationError(
        "invalid value '\(maxFeatures)' for --max-features: expected a positive number.")
    }
    config.tfidf.maxFeatures = maxFeatures
    config.tfidf.sublinearTF = sublinearTF
    guard c > 0, c.isFinite else {
      throw ValidationError("invalid value '\(c)' for --c: expected a number above 0.")
    }
    config.training.c = c
    guard let weight = ClassWeight(rawValue: classWeight) else {
      throw ValidationError(
        "invalid value '\(classWeight)' for --class-weight: expected 'none' or 'balanced'.")
    }
    config.training.classWeight = weight
    guard maxIterations >= 1 else { throw ValidationError("--max-iterations must be at least 1.") }
    config.training.optimizer.maxIterations = maxIterations
    guard tolerance > 0 else { throw ValidationError("--tolerance must be above 0.") }
    config.training.optimizer.gradientTolerance = tolerance
    config.seed = seed
    guard lexiconWeight > 0, lexiconWeight.isFinite else {
      throw ValidationError(
        "invalid value '\(lexiconWeight)' for --lexicon-weight: expected a number above 0.")
    }
    config.lexiconWeight = lexiconWeight
    return config
  }

  /// The lexicon file of the project, used when --lexicon is not given and it exists.
  static let defaultLexicon = "data/lexicon/framing-lexicon.tsv"

  /// The gazetteer of the project, used when --names is not given and it exists.
  static let defaultNames = "data/names/gazetteer.tsv"

  /// The lexicon to train with: --lexicon, else the project's when it is here.
  func lexiconPath() -> String? { TrainCommand.path(lexicon, default: TrainCommand.defaultLexicon) }

  /// The gazetteer to train with: --names, else the project's when it is here.
  func namesPath() -> String? { TrainCommand.path(names, default: TrainCommand.defaultNames) }

  static func path(_ given: String?, default path: String) -> String? {
    if let given { return given == "none" ? nil : given }
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  func validate() throws {
    _ = try configuration()
    guard cv == 0 || cv >= 2 else {
      throw ValidationError("--cv must be 0 (no cross-validation) or at least 2.")
    }
    let names = classes.split(separator: ",").map(String.init)
    guard names.count >= 2, Set(names).count == names.count else {
      throw ValidationError(
        "--classes needs at least two distinct names, e.g. critical,neutral,conciliatory.")
    }
  }

  func searchGrid(base: TrainingConfiguration) throws -> [TrainingConfiguration] {
    func list<T>(_ text: String, _ option: String, _ parse: (String) -> T?) throws -> [T] {
      let values = text.split(separator: ",").map { parse(String($0)) }
      guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else {
        throw ValidationError("invalid value '\(text)' for \(option).")
      }
      return values.map { $0! }
    }
    let cs = try list(searchC, "--search-c") { Double($0).flatMap { $0 > 0 ? $0 : nil } }
    let ngrams = try list(searchNgram, "--search-ngram") { (text: String) -> (Int, Int)? in
      let p = text.split(separator: "-").compactMap { Int($0) }
      return p.count == 2 && p[0] >= 1 && p[1] >= p[0] && p[1] <= 8 ? (p[0], p[1]) : nil
    }
    let minDFs = try list(searchMinDF, "--search-min-df") { DocumentFrequency($0) }
    let sublinear = try list(searchSublinear, "--search-sublinear-tf") { Bool($0) }
    let weights = try list(searchLexiconWeight ?? String(lexiconWeight), "--search-lexicon-weight")
    {
      Double($0).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }
    return Trainer.grid(
      base: base, c: cs, ngrams: ngrams, minDF: minDFs, sublinearTF: sublinear,
      lexiconWeights: base.lexicon == nil ? [base.lexiconWeight] : weights)
  }

  func run() throws {
    var configuration = try configuration()
    do {
      if let path = lexiconPath() { configuration.lexicon = try Lexicon(contentsOf: path) }
      if let path = namesPath() { configuration.names = try NameClasses(contentsOf: path) }
    } catch {
      FileHandle.standardError.write("train: error: \(error)\n".data(using: .utf8)!)
      throw ExitCode.failure
    }
    var run = TrainingRun(labelsPath: labels, outputPath: out, configuration: configuration)
    run.lexiconPath = lexiconPath()
    run.namesPath = namesPath()
    run.labelNames = classes.split(separator: ",").map(String.init)
    run.folds = cv
    run.groupColumn = group
    run.testPath = test
    run.metricsJSONPath = metricsJSON
    run.errorsPath = errors
    if search { run.grid = try searchGrid(base: run.configuration) }
    let say: (String) -> Void = quiet ? { _ in } : { print($0) }
    let onTerminal = !quiet && isatty(2) != 0
    let progress: ((String) -> Void)? =
      onTerminal
      ? { message in FileHandle.standardError.write(("\r\u{1B}[K" + message).data(using: .utf8)!) }
      : nil
    do {
      try run.run(say: say, progress: progress)
      if onTerminal { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
    } catch {
      if onTerminal { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
      FileHandle.standardError.write("train: error: \(error)\n".data(using: .utf8)!)
      throw ExitCode.failure
    }
  }
}
