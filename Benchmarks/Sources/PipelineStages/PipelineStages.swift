import Classifier
import Features
import Foundation
import Labelling
import Runs

/// The inputs of the stage benchmarks, read once: the synthetic corpus that
/// `scripts/gen_corpus.py` writes (by default to /tmp/framing-bench).
public final class PipelineData: @unchecked Sendable {
  /// The data folder.
  public let folder: String
  /// The labeled CSV the stages read and train on.
  public let csvPath: String
  /// Its rows.
  public let corpus: LabeledCorpus
  /// A smaller labeled corpus for full training runs.
  public private(set) lazy var smallCorpus: LabeledCorpus = try! LabeledCorpus.load(
    path: folder + "/train_10k.csv")
  /// One articles file and its units.
  public let article: TextFile
  /// Where the article was read from.
  public let articlePath: String
  public let units: [TextUnit]
  /// The fitted vectorizer of `corpus` and its matrix.
  public let vectorizer: TFIDFVectorizer
  public let matrix: SparseMatrix
  /// The TF-IDF matrix of the article's units.
  public private(set) lazy var articleMatrix: SparseMatrix = PipelineData.transform(
    vectorizer, article, units)
  /// A model trained on `corpus` (a few L-BFGS iterations), and where it was written.
  public private(set) lazy var model: FramingModel = {
    var options = TrainingConfiguration.standard.training
    options.optimizer.maxIterations = 30
    let (regression, _) = SoftmaxRegression.fit(
      matrix, labels: corpus.labels, classCount: corpus.labelNames.count, options: options)
    return FramingModel(labels: corpus.labelNames, vectorizer: vectorizer, regression: regression)
  }()
  public private(set) lazy var modelPath: String = {
    let path = NSTemporaryDirectory() + "framing-bench-\(getpid()).safetensors"
    try! ModelFile.write(model, to: path)
    return path
  }()

  /// The data folder: `FRAMING_BENCH_DATA`, else /tmp/framing-bench.
  public static var defaultFolder: String {
    ProcessInfo.processInfo.environment["FRAMING_BENCH_DATA"] ?? "/tmp/framing-bench"
  }

  /// Reads the corpus in `folder` and prepares what the stages need.
  public init(folder: String = PipelineData.defaultFolder, rows: String = "100k") throws {
    self.folder = folder
    csvPath = folder + "/train_\(rows).csv"
    guard FileManager.default.fileExists(atPath: csvPath) else {
      throw StageError("no \(csvPath): run `python3 scripts/gen_corpus.py \(folder)` first")
    }
    corpus = try LabeledCorpus.load(path: csvPath)
    articlePath = folder + "/articles/part-00.txt"
    article = try TextFile.read(path: articlePath)
    units = article.bytes.withUnsafeBufferPointer { SentenceSplitter().split($0) }
    var vectorizer = TFIDFVectorizer(options: TrainingConfiguration.standard.tfidf)
    matrix = try vectorizer.fitTransform(corpus.texts)
    self.vectorizer = vectorizer
  }

  /// Where training stages write their model.
  public var scratchModelPath: String {
    NSTemporaryDirectory() + "framing-bench-train-\(getpid()).safetensors"
  }

  /// Removes the model file, if one was written.
  public func removeFiles() {
    unlink(NSTemporaryDirectory() + "framing-bench-\(getpid()).safetensors")
    unlink(scratchModelPath)
  }

  static func transform(_ v: TFIDFVectorizer, _ file: TextFile, _ units: [TextUnit]) -> SparseMatrix
  {
    file.bytes.withUnsafeBufferPointer { all in
      let shared = Shared(all)
      return v.transform(count: units.count) { i, buffer in
        let u = units[i]
        v.tokenizer.tokenize(
          UnsafeBufferPointer(rebasing: shared.buffer[u.start..<u.end]), into: &buffer)
      }
    }
  }
}

/// One stage of the pipeline: what it does to how many items.
public struct Stage: Sendable {
  public let name: String
  /// What one run processes, for throughput.
  public let items: Int
  public let unit: String
  /// Runs the stage once and returns a number derived from its result (so that nothing
  /// is optimised away).
  public let run: @Sendable () throws -> Int
}

/// Every stage on `data`, in pipeline order.
public func pipelineStages(_ data: PipelineData) -> [Stage] {
  let tokenizer = Tokenizer()
  let units = data.units
  return [
    Stage(name: "csv-read", items: data.corpus.count, unit: "rows") {
      try LabeledCorpus.load(path: data.csvPath).count
    },
    Stage(name: "split", items: units.count, unit: "sentences") {
      data.article.bytes.withUnsafeBufferPointer { SentenceSplitter().split($0).count }
    },
    Stage(name: "tokenize", items: data.corpus.count, unit: "rows") {
      var buffer = TokenBuffer()
      var total = 0
      for text in data.corpus.texts {
        var copy = text
        buffer.removeAll()
        copy.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
        total += buffer.tokens.count
      }
      return total
    },
    Stage(name: "vectorize-fit", items: data.corpus.count, unit: "rows") {
      var v = TFIDFVectorizer(options: TrainingConfiguration.standard.tfidf)
      return try v.fitTransform(data.corpus.texts).nonzeroCount
    },
    Stage(name: "vectorize-transform", items: units.count, unit: "sentences") {
      PipelineData.transform(data.vectorizer, data.article, units).nonzeroCount
    },
  ]
    // L-BFGS on the 100k matrix, stopped after n iterations.
    + [1, 10, 40].map { n in
      Stage(
        name: n == 1 ? "lbfgs-1-iteration" : "lbfgs-\(n)-iterations", items: n, unit: "iterations"
      ) {
        var options = TrainingConfiguration.standard.training
        options.optimizer.maxIterations = n
        let (_, result) = SoftmaxRegression.fit(
          data.matrix, labels: data.corpus.labels, classCount: data.corpus.labelNames.count,
          options: options)
        return result.evaluations
      }
    }
    + [
      Stage(name: "train-10k-full", items: data.smallCorpus.count, unit: "rows") {
        try Trainer.train(data.smallCorpus, configuration: .standard).1.iterations
      },
      Stage(name: "train-csv-to-model", items: data.corpus.count, unit: "rows") {
        // What `train --cv 0` does to produce the model, without its reports: read the CSV,
        // fit the vectorizer and the regression, write the model file.
        let corpus = try LabeledCorpus.load(path: data.csvPath)
        let (model, result) = try Trainer.train(corpus, configuration: .standard)
        try ModelFile.write(model, to: data.scratchModelPath)
        return result.iterations
      },
      Stage(name: "train-csv-to-model-tol-1e-6", items: data.corpus.count, unit: "rows") {
        let corpus = try LabeledCorpus.load(path: data.csvPath)
        var configuration = TrainingConfiguration.standard
        configuration.training.optimizer.gradientTolerance = 1e-6
        let (model, result) = try Trainer.train(corpus, configuration: configuration)
        try ModelFile.write(model, to: data.scratchModelPath)
        return result.iterations
      },
      Stage(name: "predict", items: units.count, unit: "sentences") {
        data.model.regression.probabilities(for: data.articleMatrix).count
      },
      Stage(name: "classify-file", items: units.count, unit: "sentences") {
        Labeller(model: data.model).label(data.article).count
      },
      // The path `classify --format csv FILE` runs: reading, labelling, rows, in order.
      Stage(name: "classify-run-csv", items: units.count, unit: "sentences") {
        var run = ClassifyRun(modelPath: data.modelPath, inputs: [data.articlePath])
        run.format = .csv
        var bytes = 0
        _ = run.run(
          model: data.model, modelID: "bench", write: { bytes += $0.count }, problem: { _ in },
          warning: { _ in })
        return bytes
      },
      Stage(name: "model-load", items: 1, unit: "loads") {
        try ModelFile.load(path: data.modelPath).vectorizer.featureCount
      },
    ]
}

/// A message for a benchmark that cannot run.
public struct StageError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}

struct Shared: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
  init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }
}
