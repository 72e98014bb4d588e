import ArgumentParser
import Classifier
import Features
import Foundation
import Labelling
import Rendering
import Runs

@main
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract:
      "Label every sentence of news articles critical, neutral or conciliatory, and compare outlets.",
    discussion: """
      Inputs are files, directories (their .txt, .text and .md files) or '-' for standard
      input. Each file is an outlet of its own unless --outlets maps files to outlets.
      A file that cannot be read is reported on stderr and the others still get done; the
      exit code is then 1. With --input jsonl and --format jsonl (or csv) rows stream out
      as each article is read, in constant memory.
      """)

  @Option(name: .long, help: "The model file.")
  var model: String = "models/framing.safetensors"

  @Option(name: .long, help: "Output: table, csv, jsonl (one row per sentence) or json (profiles).")
  var format: String = "table"

  @Option(
    name: .long,
    help:
      "Input: text (each input one article) or jsonl (one article per line: id, outlet, text, date, title)."
  )
  var input: String = "text"

  @Option(
    name: .long, help: "CSV mapping files to outlets (columns file, outlet, optional date, title).")
  var outlets: String?

  @Flag(
    name: .long, help: "Treat each line as one unit (pre-segmented input); no sentence splitting.")
  var lines = false

  @Option(name: .long, help: "Add the K n-grams that drove each label (jsonl, csv).")
  var explain: Int = 0

  @Option(
    name: .customLong("min-confidence"),
    help: "Flag units whose label probability is below P as uncertain.")
  var minConfidence: Double?

  @Flag(
    name: .customLong("include-furniture"),
    help: "Count page furniture (bylines, credits, share bars) in profiles.")
  var includeFurniture = false

  @Option(name: .long, help: "Sentences of evidence per outlet and label (json, report).")
  var evidence: Int = 3

  @Option(
    name: .long,
    help:
      "List the N units the model is least sure about as CSV ready to label (text,label,topic,style)."
  )
  var uncertain: Int?

  @Flag(
    name: .customLong("model-info"),
    help:
      "Print the model's labels, options, vocabulary, training metrics, lexicon columns and top features, then exit."
  )
  var modelInfo = false

  @Option(name: .long, help: "Also write a self-contained HTML report here.")
  var report: String?

  @Argument(help: "Article files, directories, or '-' for standard input.")
  var inputs: [String] = []

  func validate() throws {
    guard RecordFormat(rawValue: format) != nil else {
      throw ValidationError(
        "invalid value '\(format)' for --format: expected table, csv, jsonl or json.")
    }
    guard ClassifyRun.InputKind(rawValue: input) != nil else {
      throw ValidationError("invalid value '\(input)' for --input: expected text or jsonl.")
    }
    guard !inputs.isEmpty || modelInfo else {
      throw ValidationError("give at least one article file, directory, or '-' for standard input.")
    }
    if let uncertain, uncertain < 1 { throw ValidationError("--uncertain must be at least 1.") }
    guard explain >= 0 else { throw ValidationError("--explain must be 0 or more.") }
    guard evidence >= 0 else { throw ValidationError("--evidence must be 0 or more.") }
    if let p = minConfidence, !(p >= 0 && p <= 1) {
      throw ValidationError(
        "invalid value '\(p)' for --min-confidence: expected a probability from 0 to 1.")
    }
  }

  func run() throws {
    ClassifyCommand.stopIdleBLASThreads()
    var run = ClassifyRun(modelPath: model, inputs: inputs)
    run.format = RecordFormat(rawValue: format)!
    run.inputKind = ClassifyRun.InputKind(rawValue: input)!
    run.segmentation = lines ? .lines : .sentences
    run.options.explain = explain
    run.options.minConfidence = minConfidence
    run.options.includeFurniture = includeFurniture
    run.options.evidenceCount = evidence
    run.reportPath = report
    run.options.keepExplanations = report != nil
    let loaded: (model: FramingModel, id: String)
    do {
      loaded = try ModelFile.loadIdentified(path: model)
      if let outlets { run.outletMap = try OutletMap(path: outlets) }
    } catch {
      report(error)
      throw ExitCode.failure
    }
    let output = OutputStream()
    if modelInfo {
      output.write(ModelInfo.describe(loaded.model, id: loaded.id, path: model))
      output.flush()
      return
    }
    run.uncertainCount = uncertain
    let ok = run.run(
      model: loaded.model, modelID: loaded.id, write: output.write,
      problem: { error in
        output.flush()
        report(error)
      },
      warning: { warning in
        output.flush()
        FileHandle.standardError.write("classify: warning: \(warning)\n".data(using: .utf8)!)
      })
    output.flush()
    if !ok { throw ExitCode.failure }
  }

  /// Ends OpenBLAS's worker threads, which it starts when it loads and which spin on
  /// `sched_yield` for a while before they sleep. Classifying needs no BLAS routine (training
  /// does, and OpenBLAS restarts its threads when a routine wants them), so they only take
  /// time from the threads that label. Looked up at run time: only the pthreads build of
  /// OpenBLAS has the function.
  static func stopIdleBLASThreads() {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "blas_thread_shutdown_")
    else { return }
    typealias Shutdown = @convention(c) () -> Int32
    _ = unsafeBitCast(symbol, to: Shutdown.self)()
  }

  private func report(_ error: Error) {
    FileHandle.standardError.write("classify: error: \(error)\n".data(using: .utf8)!)
  }
}

/// Buffered writes to standard output.
final class OutputStream {
  private static let capacity = 1 << 18
  private var buffer: [UInt8] = []
  private var closed = false

  init() { buffer.reserveCapacity(OutputStream.capacity) }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= OutputStream.capacity { flush() }
  }

  func write(_ bytes: UnsafeRawBufferPointer) {
    if buffer.count + bytes.count > OutputStream.capacity {
      flush()
      if bytes.count >= OutputStream.capacity {
        OutputStream.writeAll(bytes, closed: &closed)
        return
      }
    }
    buffer.append(contentsOf: bytes)
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { OutputStream.writeAll($0, closed: &closed) }
    buffer.removeAll(keepingCapacity: true)
  }

  private static func writeAll(_ raw: UnsafeRawBufferPointer, closed: inout Bool) {
    var written = 0
    while !closed && written < raw.count {
      let n = Foundation.write(1, raw.baseAddress! + written, raw.count - written)
      if n <= 0 {
        if errno == EINTR { continue }
        closed = true  // stdout closed (e.g. piped to head): nothing more to do
        return
      }
      written += n
    }
  }
}
