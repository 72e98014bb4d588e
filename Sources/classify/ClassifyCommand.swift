import ArgumentParser
import Classifier
import Features
import Foundation
import Reports

@main
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract: "Label every sentence of news articles critical, neutral or conciliatory.",
    discussion: """
      Inputs are files, directories (their .txt, .text and .md files) or '-' for standard
      input. A file that cannot be read is reported on stderr and the others still get
      done; the exit code is then 1.
      """)

  @Option(name: .long, help: "The model file.")
  var model: String = "models/framing.safetensors"

  @Option(name: .long, help: "Output: table, csv or jsonl.")
  var format: String = "table"

  @Flag(name: .long, help: "Treat each line as one unit (pre-segmented input); no sentence splitting.")
  var lines = false

  @Argument(help: "Article files, directories, or '-' for standard input.")
  var inputs: [String] = []

  func validate() throws {
    guard RecordFormat(rawValue: format) != nil else {
      throw ValidationError("invalid value '\(format)' for --format: expected table, csv or jsonl.")
    }
    guard !inputs.isEmpty else {
      throw ValidationError("give at least one article file, directory, or '-' for standard input.")
    }
  }

  func run() throws {
    let format = RecordFormat(rawValue: format)!
    let loaded: FramingModel
    do {
      loaded = try ModelFile.load(path: model)
    } catch {
      report(error)
      throw ExitCode.failure
    }
    let (expanded, problems) = InputPaths.expand(inputs)
    var failed = !problems.isEmpty
    problems.forEach(report)
    let records = UnitRecords(labels: loaded.labels)
    var table = SummaryTable(labels: loaded.labels)
    let output = OutputStream()
    if format == .csv { output.write(records.csvHeader) }
    for input in expanded {
      let file: TextFile
      do {
        switch input {
        case .file(let path): file = try TextFile.read(path: path)
        case .standardInput: file = try TextFile(path: "-", bytes: readStandardInput())
        }
      } catch {
        report(error)
        failed = true
        continue
      }
      let units = loaded.classify(file, segmentation: lines ? .lines : .sentences)
      if format == .table {
        table.add(file: file.path, units: units)
      } else {
        var chunk = ""
        for unit in units { chunk += records.record(unit, of: file, displayPath: file.path, format: format) }
        output.write(chunk)
      }
    }
    if format == .table { output.write(table.render()) }
    output.flush()
    if failed { throw ExitCode.failure }
  }

  private func report(_ error: Error) {
    FileHandle.standardError.write("classify: error: \(error)\n".data(using: .utf8)!)
  }

  private func readStandardInput() throws -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
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

/// Buffered writes to standard output.
final class OutputStream {
  private var buffer: [UInt8] = []

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var written = 0
      while written < raw.count {
        let n = Foundation.write(1, raw.baseAddress! + written, raw.count - written)
        if n <= 0 {
          if errno == EINTR { continue }
          return  // stdout closed (e.g. piped to head): nothing more to do
        }
        written += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
