import ArgumentParser
import Labelling
import Rendering
import Runs

/// The options of `classify` that decide what is read and what is written.
public struct ClassifyOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The model file (default: $FRAMING_MODEL, else models/framing.safetensors here, else"
        + " the installed model)."))
  public var model: String?

  /// The model to load, and where the path came from.
  public var modelLocation: (path: String, source: String) {
    ModelLocation.resolve(given: model)
  }

  @Option(name: .long, help: "Output: table, csv, jsonl (one row per sentence) or json (profiles).")
  public var format: RecordFormat = .table

  @Option(
    name: .long,
    help:
      "Input: text (each input one article) or jsonl (one article per line: id, outlet, text, date, title)."
  )
  public var input: ClassifyRun.InputKind = .text

  @Option(
    name: .long, help: "CSV mapping files to outlets (columns file, outlet, optional date, title).")
  public var outlets: String?

  @Flag(
    name: .long, help: "Treat each line as one unit (pre-segmented input); no sentence splitting.")
  public var lines = false

  @Option(
    name: .long, parsing: .unconditional,
    help: "Add the K n-grams that drove each label (jsonl, csv)."
  )
  public var explain: Int = 0

  @Option(
    name: .customLong("min-confidence"), parsing: .unconditional,
    help: "Flag units whose label probability is below P as uncertain.")
  public var minConfidence: Double?

  @Flag(
    name: .customLong("include-furniture"),
    help: "Count page furniture (bylines, credits, share bars) in profiles.")
  public var includeFurniture = false

  @Option(
    name: .long, parsing: .unconditional,
    help: "Sentences of evidence per outlet and label (json, report).")
  public var evidence: Int = 3

  @Option(
    name: .long, parsing: .unconditional,
    help:
      "List the N units the model is least sure about as CSV ready to label and give back to --gold (text,label,file,start,end,...)."
  )
  public var uncertain: Int?

  @Flag(
    name: .customLong("model-info"),
    help:
      "Print the model's labels, options, vocabulary, training metrics, lexicon columns and top features, then exit."
  )
  public var modelInfo = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Score the model on your own labelled units: a CSV with text,label, or rows of"
        + " --format csv / --uncertain (file,start,end) with the label column filled in."
        + " Without articles to classify, prints the scores; with them, their intervals use"
        + " the error measured here."))
  public var gold: String?

  @Flag(
    name: .long,
    help: "With --gold: add shares adjusted for the confusion rates measured on the gold.")
  public var adjust = false

  @Option(name: .customLong("metrics-json"), help: "With --gold: write its scores as JSON here.")
  public var metricsJSON: String?

  @Option(
    name: .long,
    help: "Period of the shares over time for dated articles (default: from the span of dates).")
  public var period: Period?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Actors: 'none' to find none, or a CSV with columns name,actor that renames, merges"
        + " (name an actor, give another) or removes (empty actor) the project's actors, or"
        + " adds variants (a new name and its actor)."))
  public var actors: String?

  @Option(
    name: .customLong("actor-min-units"), parsing: .unconditional,
    help:
      "Fewest units an outlet needs on an actor for its profile of that actor (json, table, report)."
  )
  public var actorMinUnits: Int = 10

  /// The gazetteer the run finds actors with: the project's, changed by `--actors MAP`, or
  /// none with `--actors none`.
  ///
  /// - Throws: the map's errors (``ActorMap/apply(path:to:)``).
  public func actorGazetteer() throws -> ActorGazetteer? {
    guard let actors else { return .standard }
    if actors == "none" { return nil }
    return try ActorMap.apply(path: actors, to: .standard)
  }

  @Option(name: .long, help: "Also write a self-contained HTML report here.")
  public var report: String?

  @Flag(name: .long, help: "No progress line on standard error (there is none off a terminal).")
  public var quiet = false

  @Argument(help: "Article files, directories, or '-' for standard input.")
  public var inputs: [String] = []

  public init() {}

  public func validate() throws {
    guard !adjust || gold != nil else { throw ValidationError("--adjust needs --gold FILE.") }
    guard report == nil || !inputs.isEmpty else {
      throw ValidationError("--report needs articles to report on.")
    }
    guard metricsJSON == nil || gold != nil else {
      throw ValidationError("--metrics-json needs --gold FILE.")
    }
    guard !inputs.isEmpty || modelInfo || gold != nil else {
      throw ValidationError("give at least one article file, directory, or '-' for standard input.")
    }
    if let uncertain, uncertain < 1 { throw ValidationError("--uncertain must be at least 1.") }
    guard explain >= 0 else { throw ValidationError("--explain must be 0 or more.") }
    guard evidence >= 0 else { throw ValidationError("--evidence must be 0 or more.") }
    guard actorMinUnits >= 1 else { throw ValidationError("--actor-min-units must be at least 1.") }
    if let actors, actors.isEmpty || actors == "-" {
      throw ValidationError(
        "invalid value '\(actors)' for --actors: expected 'none' or the path of a CSV file"
          + " (standard input holds the articles).")
    }
    if let p = minConfidence, !(p >= 0 && p <= 1) {
      throw ValidationError(
        "invalid value '\(p)' for --min-confidence: expected a probability from 0 to 1.")
    }
  }

  /// Every file the run reads, as `(what, path)`: the articles (folders expanded), the
  /// gold and the files its rows point to, the model and the outlet map.
  public func readPaths(goldFiles: [String]) -> [(option: String, path: String)] {
    var paths = InputPaths.expand(inputs).inputs.compactMap { input -> (String, String)? in
      if case .file(let path) = input { return ("an input", path) } else { return nil }
    }
    if let gold { paths.append(("--gold", gold)) }
    paths += goldFiles.map { ("a file of the --gold rows", $0) }
    paths.append(("--model", modelLocation.path))
    if let outlets { paths.append(("--outlets", outlets)) }
    if let actors, actors != "none" { paths.append(("--actors", actors)) }
    return paths
  }

  /// The run these options describe (its outlet map still to be read).
  public var run: ClassifyRun {
    var run = ClassifyRun(modelPath: modelLocation.path, inputs: inputs)
    run.format = format
    run.inputKind = input
    run.segmentation = lines ? .lines : .sentences
    run.options.explain = explain
    run.options.minConfidence = minConfidence
    run.options.includeFurniture = includeFurniture
    run.options.evidenceCount = evidence
    run.options.period = period
    run.options.actorMinimumUnits = actorMinUnits
    run.options.keepExplanations = report != nil
    run.reportPath = report
    run.uncertainCount = uncertain
    run.adjusts = adjust
    return run
  }
}
