import Classifier
import Features
import Foundation

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
  /// Where to write the HTML report, if anywhere.
  public var reportPath: String? = nil
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

  /// Runs: rows or summaries go to `output`, each problem to `problem`; returns whether
  /// every input was done.
  public func run(
    model: FramingModel, modelID: String, output: (String) -> Void, problem: (Error) -> Void
  ) -> Bool {
    var ok = true
    let records = UnitRecords(labels: model.labels, modelID: modelID, explain: options.explain)
    var analysis = Analysis(model: model, modelID: modelID, options: options)
    var mapped = Set<String>()
    if format == .csv && writesRows { output(records.csvHeader) }

    func handle(_ input: ArticleInput) {
      let result = model.analyze(input, segmentation: segmentation, options: options)
      if result.records.isEmpty {
        problem(FeaturesError.noText(path: input.id))
        ok = false
        return
      }
      if writesRows {
        var chunk = ""
        for r in result.records { chunk += records.record(r, of: input, format: format) }
        output(chunk)
      }
      if !streams { analysis.add(result) }
    }

    let (expanded, problems) = InputPaths.expand(inputs)
    for p in problems {
      problem(p)
      ok = false
    }
    for item in expanded {
      switch inputKind {
      case .text:
        do {
          let file: TextFile
          switch item {
          case .file(let path): file = try TextFile.read(path: path)
          case .standardInput: file = try TextFile(path: "-", bytes: ClassifyRun.readAll(fd: 0))
          }
          var article = ArticleInput(
            id: file.path, outlet: ClassifyRun.defaultOutlet(file.path), file: file)
          if let map = outletMap {
            if let entry = map.entry(for: file.path) {
              article.outlet = entry.outlet
              article.date = entry.date
              article.title = entry.title
              mapped.insert(file.path)
            } else {
              problem(
                FeaturesError.unreadableFile(
                  path: file.path,
                  reason: "is not in the outlet map \(map.path); counted as an outlet of its own"))
              ok = false
            }
          }
          handle(article)
        } catch {
          problem(error)
          ok = false
        }
      case .jsonl:
        let reader: LineReader
        let source: String
        switch item {
        case .standardInput:
          reader = LineReader()
          source = "-"
        case .file(let path):
          source = path
          do { reader = try LineReader(path: path) } catch {
            problem(FeaturesError.unreadableFile(path: path, reason: "cannot be opened"))
            ok = false
            continue
          }
        }
        while let line = reader.next() {
          if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          do {
            handle(try ArticleLines.parse(line, source: source, line: reader.lineNumber))
          } catch {
            problem(error)
            ok = false
          }
        }
      }
    }
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

  /// All bytes of a file descriptor.
  public static func readAll(fd: Int32) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FeaturesError.unreadableFile(path: "-", reason: "standard input cannot be read")
      }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
  }
}
