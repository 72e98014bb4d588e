import ArgumentParser
import Classifier
import FramingCommands
import Runs

#if canImport(Glibc)
  import Glibc
#endif

@main
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Fit the framing model on labeled sentences and write the model file.",
    discussion: """
      Reads a CSV with a header holding 'text' and 'label' columns (others are kept for
      --group). Prints cross-validated per-class precision, recall, F1 and the confusion
      matrix, then fits on all rows and writes the model atomically.
      """,
    version: "\(ModelLocation.toolVersion) (model format \(ModelFile.formatVersion))")

  @Option(name: .long, help: "The labeled CSV (columns text,label[,...]).")
  var labels: String

  @OptionGroup var outputs: TrainOutputOptions

  @OptionGroup var model: ModelOptions

  @Option(
    name: .long, parsing: .unconditional,
    help: "Cross-validation folds before the final fit (0 to skip).")
  var cv: Int = 5

  @Option(
    name: .long, help: "Group folds by this column (no group in both training and validation).")
  var group: String?

  @Option(name: .long, help: "A held-out labeled CSV to evaluate the final model on.")
  var test: String?

  @OptionGroup var search: SearchOptions

  @Option(
    name: .long,
    help: "What the labelled corpus is, in a few words; stored in the model, shown by classify.")
  var description: String?

  @Flag(name: .long, help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    guard cv == 0 || cv >= 2 else {
      throw ValidationError("--cv must be 0 (no cross-validation) or at least 2.")
    }
  }

  func run() throws {
    StandardOutput.ignoreBrokenPipes()
    let onTerminal = !quiet && isatty(2) != 0
    func clearLine() { if onTerminal { StandardOutput.write(toError: "\r\u{1B}[K") } }
    let output = StandardOutput()
    do {
      var run = TrainingRun(
        labelsPath: labels, outputPath: outputs.outputPath, configuration: model.configuration)
      run.lexiconPath = model.lexiconPath
      run.namesPath = model.namesPath
      run.labelNames = model.labelNames
      run.folds = cv
      run.groupColumn = group
      run.testPath = test
      run.metricsJSONPath = outputs.metricsJSON
      run.errorsPath = outputs.errors
      run.corpusDescription = description
      try run.checkPaths()
      run.configuration = try model.loadedConfiguration()
      run.grid = search.grid(base: run.configuration)
      try run.runReporting(
        say: quiet
          ? { _ in }
          : {
            output.write($0 + "\n")
            output.flush()
          },
        progress: onTerminal ? { StandardOutput.write(toError: "\r\u{1B}[K" + $0) } : nil)
      clearLine()
    } catch {
      clearLine()
      output.flush()
      StandardOutput.report("train", "error", error)
      throw ExitCode.failure
    }
    if !output.finish("train") { throw ExitCode.failure }
  }
}
