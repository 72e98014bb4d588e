import ArgumentParser
import Classifier
import Features
import Foundation

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
  var ngram: String = "\(TrainingConfiguration.standard.tfidf.minN)-\(TrainingConfiguration.standard.tfidf.maxN)"

  @Option(name: .customLong("min-df"), help: "Drop terms in fewer documents (count, or fraction with a '.').")
  var minDF: String = TrainingConfiguration.standard.tfidf.minDF.description

  @Option(name: .customLong("max-df"), help: "Drop terms in more documents (count, or fraction with a '.').")
  var maxDF: String = TrainingConfiguration.standard.tfidf.maxDF.description

  @Option(name: .customLong("max-features"), help: "Keep at most this many terms, the most frequent.")
  var maxFeatures: Int?

  @Option(name: .customLong("sublinear-tf"), help: "Use 1 + ln(tf) for term counts (true or false).")
  var sublinearTF: Bool = TrainingConfiguration.standard.tfidf.sublinearTF

  @Option(name: .customLong("class-weight"), help: "Row weighting: none or balanced.")
  var classWeight: String = TrainingConfiguration.standard.training.classWeight.rawValue

  @Option(name: .long, help: "Cross-validation folds before the final fit (0 to skip).")
  var cv: Int = 5

  @Option(name: .long, help: "Group folds by this column (no group in both training and validation).")
  var group: String?

  @Option(name: .long, help: "A held-out labeled CSV to evaluate the final model on.")
  var test: String?

  @Option(name: .long, help: "Seed of every random choice.")
  var seed: UInt64 = TrainingConfiguration.standard.seed

  @Option(name: .long, help: "The label names, comma-separated, in output order.")
  var classes: String = LabeledCorpus.defaultLabels.joined(separator: ",")

  @Option(name: .customLong("max-iterations"), help: "L-BFGS iteration limit.")
  var maxIterations: Int = TrainingConfiguration.standard.training.optimizer.maxIterations

  @Option(name: .long, help: "Stop when the largest gradient component is below this.")
  var tolerance: Double = TrainingConfiguration.standard.training.optimizer.gradientTolerance

  @Flag(name: .long, help: "Print nothing but errors.")
  var quiet = false

  func configuration() throws -> TrainingConfiguration {
    var config = TrainingConfiguration.standard
    let parts = ngram.split(separator: "-").map { Int($0) }
    guard parts.count == 2, let lo = parts[0], let hi = parts[1], lo >= 1, hi >= lo, hi <= 8 else {
      throw ValidationError("invalid value '\(ngram)' for --ngram: expected MIN-MAX with 1 <= MIN <= MAX <= 8, e.g. 1-2.")
    }
    config.tfidf.minN = lo
    config.tfidf.maxN = hi
    guard let minDF = DocumentFrequency(minDF) else {
      throw ValidationError("invalid value '\(self.minDF)' for --min-df: expected a count (2) or a fraction (0.01).")
    }
    guard let maxDF = DocumentFrequency(maxDF) else {
      throw ValidationError("invalid value '\(self.maxDF)' for --max-df: expected a count (500) or a fraction (0.9).")
    }
    config.tfidf.minDF = minDF
    config.tfidf.maxDF = maxDF
    if let maxFeatures, maxFeatures < 1 {
      throw ValidationError("invalid value '\(maxFeatures)' for --max-features: expected a positive number.")
    }
    config.tfidf.maxFeatures = maxFeatures
    config.tfidf.sublinearTF = sublinearTF
    guard c > 0, c.isFinite else { throw ValidationError("invalid value '\(c)' for --c: expected a number above 0.") }
    config.training.c = c
    guard let weight = ClassWeight(rawValue: classWeight) else {
      throw ValidationError("invalid value '\(classWeight)' for --class-weight: expected 'none' or 'balanced'.")
    }
    config.training.classWeight = weight
    guard maxIterations >= 1 else { throw ValidationError("--max-iterations must be at least 1.") }
    config.training.optimizer.maxIterations = maxIterations
    guard tolerance > 0 else { throw ValidationError("--tolerance must be above 0.") }
    config.training.optimizer.gradientTolerance = tolerance
    config.seed = seed
    return config
  }

  func validate() throws {
    _ = try configuration()
    guard cv == 0 || cv >= 2 else { throw ValidationError("--cv must be 0 (no cross-validation) or at least 2.") }
    let names = classes.split(separator: ",").map(String.init)
    guard names.count >= 2, Set(names).count == names.count else {
      throw ValidationError("--classes needs at least two distinct names, e.g. critical,neutral,conciliatory.")
    }
  }

  func run() throws {
    let started = Date()
    let config = try configuration()
    let say: (String) -> Void = quiet ? { _ in } : { print($0) }
    do {
      let corpus = try LabeledCorpus.load(path: labels, labelNames: classes.split(separator: ",").map(String.init))
      say("read \(corpus.count) rows from \(labels)")
      for (name, count) in zip(corpus.labelNames, corpus.labelCounts) {
        say("  \(name): \(count) (\(String(format: "%.1f", 100 * Double(count) / Double(max(1, corpus.count))))%)")
      }
      var facts: [String: String] = [:]
      if cv >= 2 {
        var groups: [String]? = nil
        if let group {
          guard let values = corpus.columns[group] else {
            throw ValidationError("--group '\(group)' is not a column of \(labels) (columns: \(corpus.columns.keys.sorted().joined(separator: ", "))).")
          }
          groups = values
        }
        let result = try Trainer.crossValidate(corpus, configuration: config, folds: cv, groups: groups)
        let f1 = result.spread(\.macroF1)
        say("")
        say("\(cv)-fold cross-validation\(group.map { " grouped by '\($0)'" } ?? " (stratified)"), out-of-fold:")
        say(result.pooled.report())
        say(String(format: "macro-F1 across folds: %.3f ± %.3f", f1.mean, f1.std))
        facts["cv_folds"] = String(cv)
        facts["cv_group"] = group ?? "none"
        facts["cv_macro_f1"] = String(format: "%.4f", result.pooled.macroF1)
        facts["cv_accuracy"] = String(format: "%.4f", result.pooled.accuracy)
      }
      let progress: ((Int, Double, Double) -> Void)? =
        quiet || isatty(2) == 0
        ? nil
        : { iteration, value, gradient in
          FileHandle.standardError.write(
            String(format: "\riteration %4d  loss %.6f  gradient %.2e", iteration, value, gradient).data(using: .utf8)!)
        }
      var (model, result) = try Trainer.train(corpus, configuration: config, progress: progress)
      if progress != nil { FileHandle.standardError.write("\n".data(using: .utf8)!) }
      if let test {
        let heldOut = try LabeledCorpus.load(path: test, labelNames: corpus.labelNames)
        let p = model.probabilities(for: heldOut.texts)
        let metrics = Metrics(labels: model.labels, gold: heldOut.labels, predicted: model.argmax(p), probabilities: p)
        say("")
        say("held-out test \(test) (\(heldOut.count) rows):")
        say(metrics.report())
        facts["test_file"] = (test as NSString).lastPathComponent
        facts["test_macro_f1"] = String(format: "%.4f", metrics.macroF1)
      }
      for (key, value) in facts { model.training[key] = value }
      try ModelFile.write(model, to: out)
      say("")
      say("vocabulary: \(model.vectorizer.featureCount) terms (n-grams \(config.tfidf.minN)-\(config.tfidf.maxN), min-df \(config.tfidf.minDF))")
      say("L-BFGS: \(result.iterations) iterations, final loss \(String(format: "%.6f", result.value)), \(result.stop.rawValue)")
      say("wrote \(out) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
    } catch let error as ValidationError {
      throw error
    } catch {
      FileHandle.standardError.write("train: error: \(error)\n".data(using: .utf8)!)
      throw ExitCode.failure
    }
  }
}
