import ArgumentParser
import Classifier
import Features
import Foundation
import FramingCommands
import FramingSupport
import Rendering

@main
struct TokenizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tokenize",
    abstract: "Show how Framing cuts text: sentences with their kinds, or tokens.",
    discussion: """
      With --csv, prints the tokens of each row's text column as one JSON array per line
      (for checking features against other tools). Otherwise splits each file into
      units and prints one JSON object per unit: file, index, start, end, kind, text,
      tokens.
      """,
    version: "\(ModelLocation.toolVersion) (model format \(ModelFile.formatVersion))")

  @Option(name: .long, help: "A CSV whose text column is tokenized row by row.")
  var csv: String?

  @Option(name: .long, help: "The column of --csv to tokenize.")
  var column: String = "text"

  @Argument(help: "Text files, or '-' for standard input.")
  var inputs: [String] = []

  func validate() throws {
    guard (csv == nil) != inputs.isEmpty else {
      throw ValidationError("give either --csv FILE or text files, not both.")
    }
  }

  func run() throws {
    StandardOutput.ignoreBrokenPipes()
    let tokenizer = Tokenizer()
    var out = ""
    func tokens(_ text: String) -> String {
      "[" + tokenizer.tokens(of: text).map(JSONText.quoted).joined(separator: ",") + "]"
    }
    do {
      if let csv {
        let file = try TextFile.read(path: csv)
        var index: Int? = nil
        try CSVReader(path: csv, bytes: file.bytes).forEachRow { row in
          guard let i = index else {
            guard let i = row.fields.firstIndex(of: column) else {
              throw FeaturesError.missingColumn(path: csv, column: column, header: row.fields)
            }
            index = i
            return
          }
          out += (i < row.fields.count ? tokens(row.fields[i]) : "[]") + "\n"
        }
      } else {
        for path in inputs {
          let file =
            try path == "-"
            ? TextFile(path: "-", bytes: try StandardInput.readAll())
            : TextFile.read(path: path)
          let units = file.bytes.withUnsafeBufferPointer {
            SentenceSplitter().split(
              UnsafeBufferPointer(rebasing: $0[file.contentStart...]), base: file.contentStart)
          }
          for (i, u) in units.enumerated() {
            let text = file.text(from: u.start, to: u.end)
            out +=
              "{\"file\":\(JSONText.quoted(path)),\"index\":\(i),\"start\":\(u.start),\"end\":\(u.end),"
              + "\"kind\":\"\(u.kind.rawValue)\",\"text\":\(JSONText.quoted(text)),\"tokens\":\(tokens(text))}\n"
          }
        }
      }
    } catch {
      StandardOutput.report("tokenize", "error", error)
      throw ExitCode.failure
    }
    let output = StandardOutput()
    output.write(out)
    if !output.finish("tokenize") { throw ExitCode.failure }
  }
}
