import Classifier
import Features
import Foundation
import FramingSupport
import Labelling
import Rendering

/// The inputs of a ``ClassifyRun`` as jobs for ``Parallel/stream(window:next:work:consume:)``:
/// files are read on the calling thread and cut into pieces, JSON Lines are read line by
/// line (and parsed by the workers), and every problem travels in order with the pieces.
final class ArticleSource {
  /// One step of the run, in input order.
  enum Item {
    /// A problem to report.
    case problem(Error)
    /// A warning to report (the input is still used).
    case warning(RunWarning)
    /// A piece of an article, and whether it is the article's first and last.
    case piece(ArticleInput, TextFile.Piece, first: Bool, last: Bool)
    /// A line of JSON Lines holding one article.
    case line([UInt8], source: String, number: Int)

    /// Bytes of text the item stands for.
    var size: Int {
      switch self {
      case .problem, .warning: return 0
      case .piece(_, let piece, _, _): return piece.range.count
      case .line(let bytes, _, _): return bytes.count
      }
    }

    /// The work of the item: its piece labelled (and rendered) by `work`, or its problem.
    func outcome(_ work: (ArticleInput, TextFile.Piece) -> PieceOutput) -> Outcome {
      switch self {
      case .problem(let error):
        return .problem(error)
      case .warning(let warning):
        return .warning(warning)
      case .piece(let article, let piece, let first, let last):
        return .piece(article, work(article, piece), first: first, last: last)
      case .line(let bytes, let source, let number):
        do {
          let article = try ArticleLines.parse(bytes, source: source, line: number)
          let file = article.file
          let piece = TextFile.Piece(range: file.contentStart..<file.bytes.count, firstLine: 1)
          return .piece(article, work(article, piece), first: true, last: true)
        } catch {
          return .problem(error)
        }
      }
    }
  }

  /// What became of an item.
  enum Outcome {
    case problem(Error)
    case warning(RunWarning)
    case piece(ArticleInput, PieceOutput, first: Bool, last: Bool)
  }

  /// What the workers make of a piece: its number of units, its rows when rows are
  /// written, and its labelled units when the run keeps them.
  struct PieceOutput: Sendable {
    var count: Int
    /// Bytes of text the piece stands for.
    var bytes: Int
    var rows: RowBytes?
    var labeled: LabeledPiece?
  }

  /// Problems with the inputs as given (missing folders and the like), reported first.
  let problems: [FeaturesError]
  /// Warnings about the inputs as given (files skipped or named twice), reported first.
  let warnings: [RunWarning]
  /// A file with no text.
  let emptyFile: TextFile

  /// The files the run will read, in order (standard input left out).
  var inputFiles: [String] {
    inputs.compactMap { if case .file(let path) = $0 { return path } else { return nil } }
  }

  private let run: ClassifyRun
  private let inputs: [InputPaths.Input]
  private var nextInput = 0
  private var pending: [Item] = []
  private var nextPending = 0
  private var reader: LineReader? = nil
  private var readerSource = ""

  init(run: ClassifyRun) {
    self.run = run
    let expansion = InputPaths.expand(run.inputs)
    (inputs, problems, warnings) = (expansion.inputs, expansion.problems, expansion.warnings)
    emptyFile = try! TextFile(path: "", bytes: [])
  }

  /// The next job: items in input order, about ``Labeller/pieceSize`` bytes of text
  /// together; `nil` at the end.
  func nextJob() -> [Item]? {
    var job: [Item] = []
    var size = 0
    while size < Labeller.pieceSize && job.count < 256, let item = nextItem() {
      job.append(item)
      size += item.size
    }
    return job.isEmpty ? nil : job
  }

  private func nextItem() -> Item? {
    while true {
      if nextPending < pending.count {
        nextPending += 1
        return pending[nextPending - 1]
      }
      pending.removeAll(keepingCapacity: true)
      nextPending = 0
      if let reader {
        if let line = reader.next() {
          if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          return .line(line, source: readerSource, number: reader.lineNumber)
        }
        if let failure = reader.failure {
          pending.append(
            .problem(
              RunError.readFailed(path: readerSource, line: reader.lineNumber, reason: failure)))
        }
        self.reader = nil
        continue
      }
      guard nextInput < inputs.count else { return nil }
      let input = inputs[nextInput]
      nextInput += 1
      switch run.inputKind {
      case .text: readArticle(input)
      case .jsonl: openLines(input)
      }
    }
  }

  /// Reads one text file into pieces (and problems) in ``pending``.
  private func readArticle(_ input: InputPaths.Input) {
    do {
      let file: TextFile
      switch input {
      case .file(let path): file = try TextFile.read(path: path)
      case .standardInput: file = try TextFile(path: "-", bytes: StandardInput.readAll())
      }
      var article = ArticleInput(
        id: file.path, outlet: ClassifyRun.defaultOutlet(file.path), file: file)
      if let map = run.outletMap {
        if let entry = map.entry(for: file.path) {
          article.outlet = entry.outlet
          article.date = entry.date
          article.title = entry.title
        } else {
          pending.append(
            .warning(
              RunWarning(
                path: file.path,
                message: "is not in the outlet map \(map.path); counted as an outlet of its own")))
        }
      }
      let pieces = file.pieces(size: Labeller.pieceSize, anyLine: run.segmentation == .lines)
      for (i, piece) in pieces.enumerated() {
        pending.append(.piece(article, piece, first: i == 0, last: i == pieces.count - 1))
      }
    } catch {
      pending.append(.problem(error))
    }
  }

  /// Starts reading JSON Lines from `input`.
  private func openLines(_ input: InputPaths.Input) {
    switch input {
    case .standardInput:
      reader = LineReader()
      readerSource = "-"
    case .file(let path):
      readerSource = path
      do { reader = try LineReader(path: path) } catch {
        pending.append(
          .problem(FeaturesError.unreadableFile(path: path, reason: "cannot be opened")))
      }
    }
  }
}
