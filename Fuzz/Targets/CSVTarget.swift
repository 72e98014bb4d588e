import Classifier
import Features
import FramingSupport

/// libFuzzer entry for the CSV reader and the labeled-corpus parser.
///
/// Any bytes go to ``CSVReader`` (which must not crash even on bytes that are not UTF-8);
/// bytes that pass ``TextFile`` validation also go to ``LabeledCorpus/parse``, the path
/// `train --labels` takes. Checked besides "no crash": rows start on increasing lines
/// that exist, a row written back with ``CSVWriter`` reads back the same, errors are the
/// module's own, and a parsed corpus has one value per row in every column.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  let last = lastLine(of: bytes)
  readRows(bytes, last: last)
  if let file = try? TextFile(path: "fuzz.csv", bytes: bytes) {
    parseCorpus(file, last: last)
  }
  return 0
}

private func readRows(_ bytes: [UInt8], last: Int) {
  var previous = 0
  do {
    try CSVReader(path: "fuzz.csv", bytes: bytes).forEachRow { row in
      check(
        row.line > previous && row.line <= last,
        "row line \(row.line) after \(previous), last \(last)")
      check(!row.fields.isEmpty, "a row with no fields on line \(row.line)")
      previous = row.line
      // A lone empty field is written as an empty line, which the reader skips; a field
      // that starts with a byte-order mark loses it at the start of a file.
      if row.fields != [""] && !(row.fields[0].unicodeScalars.first == "\u{FEFF}") {
        let again = try CSVReader(path: "again.csv", bytes: Array(CSVWriter.row(row.fields).utf8))
          .rows()
        check(
          again.map(\.fields) == [row.fields],
          "round trip of \(row.fields) gave \(again.map(\.fields))")
      }
    }
  } catch let error as FeaturesError {
    switch error {
    case .unterminatedQuote(_, let line), .strayQuote(_, let line):
      check(
        line > previous && line <= last, "error line \(line) after row \(previous), last \(last)")
    default:
      check(false, "unexpected reader error \(error)")
    }
  } catch {
    check(false, "unexpected error type \(error)")
  }
}

private func parseCorpus(_ file: TextFile, last: Int) {
  do {
    let corpus = try LabeledCorpus.parse(file)
    let n = corpus.count
    check(corpus.labels.count == n && corpus.lines.count == n, "ragged corpus")
    check(
      corpus.labels.allSatisfy { (0..<corpus.labelNames.count).contains($0) }, "label out of range")
    check(
      zip(corpus.lines, corpus.lines.dropFirst()).allSatisfy { $0 < $1 }, "lines not increasing")
    check(corpus.lines.allSatisfy { $0 >= 2 && $0 <= last }, "line outside the file")
    for (name, values) in corpus.columns {
      check(values.count == n, "column '\(name)' has \(values.count) values for \(n) rows")
    }
    _ = corpus.subset(Array((0..<n).reversed()))
    _ = corpus.labelCounts
  } catch let error as ClassifierError {
    guard case .badRows(_, let problems) = error else { return check(false, "unexpected \(error)") }
    check(!problems.isEmpty, "badRows without problems")
    check(problems.allSatisfy { $0.line >= 2 && $0.line <= last }, "problem line outside the file")
    _ = error.description
  } catch let error as FeaturesError {
    _ = error.description
  } catch {
    check(false, "unexpected error type \(error)")
  }
}
