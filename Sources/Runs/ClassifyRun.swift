import Classifier
import Features
import Foundation
import FramingSupport
import Labelling
import Rendering

/// How far a ``ClassifyRun`` is.
public struct RunProgress: Sendable {
  public var articles = 0
  public var units = 0
  /// Bytes of text done, and of all the named files (0 when not known, as for standard
  /// input).
  public var bytes = 0
  public var totalBytes: Int
  public let started = Date()

  public init(totalBytes: Int) { self.totalBytes = totalBytes }

  /// One line: articles and units done, units per second, and the time left when known.
  public var line: String {
    let seconds = max(1e-3, Date().timeIntervalSince(started))
    var out = "\(articles) articles, \(units) units, \(Int(Double(units) / seconds)) units/s"
    if totalBytes > 0 && bytes > 0 && bytes <= totalBytes {
      let left = seconds * Double(totalBytes - bytes) / Double(bytes)
      out += String(
        format: ", %.0f%%, about %.0f s left", 100 * Double(bytes) / Double(totalBytes), left)
    }
    return out
  }
}

/// What `classify` does with its inputs, as a library function: read each article,
/// classify it, stream rows or collect profiles, and report problems without stopping.
public struct ClassifyRun {
  /// How inputs are read.
  public enum InputKind: String, Sendable, CaseIterable {
    /// Each input is one article (a text file, or standard input).
    case text
    /// Each input holds JSON Lines, one article per line (`id`, `outlet`, `text`, ...).
    case jsonl
  }

  public var inputs: [String]
  public var inputKind: InputKind = .text
  public var segmentation: Segmentation = .sentences
  public var format: RecordFormat = .table
  public var outletMap: OutletMap? = nil
  public var options = AnalysisOptions()
  /// When set, the output is the N units the model is least sure about, as CSV to label.
  public var uncertainCount: Int? = nil
  /// The model scored on the user's labels (`--gold`): its error widens the intervals and
  /// its scores appear beside the model's own.
  public var gold: GoldEvaluation? = nil
  /// Whether shares adjusted for the gold's confusion rates are added (`--adjust`).
  public var adjusts = false
  /// Called now and then (at most four times a second) with how far the run is.
  public var progress: ((RunProgress) -> Void)? = nil
  /// Where to write the HTML report, if anywhere.
  public var reportPath: String? = nil
  /// The actors to find in each unit (`nil`: none, and rows have no `actors` column).
  public var actors: ActorGazetteer? = nil
  public var modelPath: String

  public init(modelPath: String, inputs: [String]) {
    self.modelPath = modelPath
    self.inputs = inputs
  }

  /// Whether every article can be written out and forgotten at once (constant memory).
  public var streams: Bool {
    (format == .jsonl || format == .csv) && reportPath == nil && uncertainCount == nil
  }

  /// Whether rows are written per article.
  var writesRows: Bool { (format == .jsonl || format == .csv) && uncertainCount == nil }

  /// Runs: rows or summaries go to `output`, each problem to `problem` and each warning to `warning`; returns whether
  /// every input was done.
  public func run(
    model: FramingModel, modelID: String, output: (String) -> Void, problem: (Error) -> Void,
    warning: (RunWarning) -> Void = { _ in }
  ) -> Bool {
    run(
      model: model, modelID: modelID, write: { output(String(decoding: $0, as: UTF8.self)) },
      problem: problem, warning: warning)
  }

  /// Runs: rows or summaries go to `write` as UTF-8 bytes (each call ends on a character
  /// boundary), each problem to `problem`, each warning to `warning`; returns whether every input was done.
  ///
  /// Articles are read on the calling thread and cut into pieces after blank lines; the
  /// pieces are labelled on ``Parallel/threadCount`` threads, and their rows and problems
  /// come out in input order, the same on any number of threads. A bounded number of
  /// pieces is in flight, so streaming runs in constant memory.
  public func run(
    model: FramingModel, modelID: String, write: (UnsafeRawBufferPointer) -> Void,
    problem: (Error) -> Void, warning: (RunWarning) -> Void
  ) -> Bool {
    func output(_ text: String) {
      var copy = text
      copy.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
    var ok = true
    let records = UnitRecords(
      labels: model.labels, modelID: modelID, explain: options.explain, actors: actors != nil)
    let adjustment =
      adjusts
      ? gold.flatMap {
        ShareAdjustment(
          gold: $0.gold, predicted: $0.predicted, classCount: model.labels.count,
          source: "your labelled sample (\($0.path))")
      } : nil
    if adjusts, adjustment == nil, let gold {
      warning(
        RunWarning(
          path: gold.path,
          message: "cannot give --adjust confusion rates it can invert (every label needs units,"
            + " and the model must label them differently); no adjusted shares"))
    }
    var analysis = Analysis(
      model: model, modelID: modelID, options: options,
      classifierError: gold.flatMap {
        $0.classifierError(atLeast: Analysis.storedError(of: model))
      },
      adjustment: adjustment)
    analysis.actors = actors
    if let gold {
      analysis.provenance.goldMacroF1 = gold.metrics.macroF1
      analysis.provenance.goldFile = gold.path
    }
    if format == .csv && writesRows { output(records.csvHeader) }

    var labeller = Labeller(model: model, options: options, segmentation: segmentation)
    labeller.countsTokens = !streams
    labeller.actorFinder = actors.map(ActorFinder.init)
    let rowFormat = writesRows ? format : nil
    let keepsLabels = !streams
    let work = { (article: ArticleInput, piece: TextFile.Piece) -> ArticleSource.PieceOutput in
      let labeled = labeller.label(article.file, piece: piece, date: article.date)
      return ArticleSource.PieceOutput(
        count: labeled.count, bytes: piece.range.count,
        rows: rowFormat.map { records.rows(of: labeled, article: article, format: $0) },
        labeled: keepsLabels ? labeled : nil)
    }
    let source = ArticleSource(run: self)
    if let reportPath {
      do {
        try OutputPaths.check(
          outputs: [("--report", reportPath)],
          inputs: source.inputFiles.map { ("an input", $0) }
            + [("--model", modelPath)] + (outletMap.map { [("--outlets", $0.path)] } ?? [])
            + (gold.map {
              [("--gold", $0.path)] + $0.files.map { ("a file of the --gold rows", $0) }
            }
              ?? []))
      } catch {
        problem(error)
        return false
      }
    }
    for p in source.problems {
      problem(p)
      ok = false
    }
    for w in source.warnings { warning(w) }

    // The article whose pieces are coming out.
    var current = ArticleResult(
      input: ArticleInput(id: "", outlet: "", file: source.emptyFile), records: [],
      unknownTokens: 0, tokens: 0)
    var units = 0
    var done = RunProgress(
      totalBytes: source.inputFiles.reduce(0) { total, path in
        var info = stat()
        return stat(path, &info) == 0 ? total + Int(info.st_size) : total
      })
    var lastReport = Date()
    Parallel.stream(
      window: 4 * Parallel.threadCount + 4,
      next: { source.nextJob() },
      work: { job in job.map { $0.outcome(work) } },
      consume: { outcomes in
        for outcome in outcomes {
          switch outcome {
          case .problem(let error):
            problem(error)
            ok = false
          case .warning(let w):
            warning(w)
          case .piece(let article, let piece, let first, let last):
            if first {
              current = ArticleResult(input: article, records: [], unknownTokens: 0, tokens: 0)
              units = 0
            }
            piece.rows?.write(firstIndex: units, to: write)
            units += piece.count
            done.units += piece.count
            done.bytes += piece.bytes
            if last { done.articles += 1 }
            if let progress, Date().timeIntervalSince(lastReport) >= 0.25 {
              lastReport = Date()
              progress(done)
            }
            if let labeled = piece.labeled { current.append(labeled) }
            if last {
              if units == 0 {
                problem(FeaturesError.noText(path: article.file.path))
                ok = false
              } else if !streams {
                analysis.add(current)
              }
            }
          }
        }
      })
    if let n = uncertainCount {
      output(analysis.leastCertain(n))
    } else if !streams {
      switch format {
      case .table: output(analysis.table())
      case .json:
        do { output(try analysis.jsonDocument(modelPath: modelPath)) } catch {
          problem(error)
          ok = false
        }
      case .csv, .jsonl: break
      }
      if let reportPath {
        do {
          try HTMLReport(analysis: analysis).write(to: reportPath)
        } catch {
          problem(error)
          ok = false
        }
      }
    }
    return ok
  }

  /// The outlet of a file without a map: its name without folder and extension.
  public static func defaultOutlet(_ path: String) -> String {
    path == "-" ? "-" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }

}
