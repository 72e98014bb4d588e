import ArgumentParser
import Classifier
import Foundation
import FramingCommands
import FramingSupport
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
      """,
    version: "\(ModelLocation.toolVersion) (reads model format \(ModelFile.formatVersion))")

  @OptionGroup var options: ClassifyOptions

  func run() throws {
    StandardOutput.ignoreBrokenPipes()
    BLASThreads.stopIdle()
    var run = options.run
    let loaded: (model: FramingModel, id: String)
    do {
      // The gazetteer is read while the model loads: a short run waits for neither twice.
      let (model, actors) = Parallel.both(
        { Result { try ModelFile.loadIdentified(path: run.modelPath) } },
        { Result { try options.actorGazetteer() } })
      loaded = try model.get()
      if let outlets = options.outlets { run.outletMap = try OutletMap(path: outlets) }
      run.actors = try actors.get()
    } catch {
      StandardOutput.report("classify", "error", error)
      throw ExitCode.failure
    }
    let output = StandardOutput()
    do {
      // The gold is only read; then every output is checked against every file the run
      // reads (the articles, the gold and the files its rows point to, the model, the
      // map) and against the others, before anything is written.
      let evaluation = try options.gold.map {
        try GoldEvaluation.evaluate(path: $0, model: loaded.model)
      }
      try OutputPaths.check(
        outputs: [("--report", options.report), ("--metrics-json", options.metricsJSON)]
          .compactMap { option, path in path.map { (option, $0) } },
        inputs: options.readPaths(goldFiles: evaluation?.files ?? []))
      if let evaluation {
        for w in evaluation.warnings {
          StandardOutput.report("classify", "warning", "\(evaluation.path): \(w)")
        }
        if let json = options.metricsJSON {
          try AtomicFile.write(
            Array(try GoldReport.json(evaluation, modelPath: run.modelPath)) + [0x0A], to: json)
        }
        run.gold = evaluation
        if options.inputs.isEmpty {
          output.write(GoldReport.text(evaluation, modelPath: run.modelPath))
          if !output.finish("classify") { throw ExitCode.failure }
          return
        }
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      StandardOutput.report("classify", "error", error)
      throw ExitCode.failure
    }
    if options.modelInfo {
      output.write(ModelInfo.describe(loaded.model, id: loaded.id, path: run.modelPath))
      output.write("found through: \(options.modelLocation.source)\n")
      if !output.finish("classify") { throw ExitCode.failure }
      return
    }
    let onTerminal = !options.quiet && isatty(2) != 0
    if onTerminal { run.progress = { StandardOutput.write(toError: "\r\u{1B}[K" + $0.line) } }
    defer { if onTerminal { StandardOutput.write(toError: "\r\u{1B}[K") } }
    let ok = run.run(
      model: loaded.model, modelID: loaded.id, write: output.write,
      problem: { error in
        output.flush()
        if onTerminal { StandardOutput.write(toError: "\r\u{1B}[K") }
        StandardOutput.report("classify", "error", error)
      },
      warning: { warning in
        output.flush()
        if onTerminal { StandardOutput.write(toError: "\r\u{1B}[K") }
        StandardOutput.report("classify", "warning", warning)
      })
    if !output.finish("classify") || !ok { throw ExitCode.failure }
  }
}
