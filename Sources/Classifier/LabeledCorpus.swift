import Features
import Foundation

/// Labeled sentences read from a CSV file with a header: a text column, a label column
/// and any others (kept, for grouping).
public struct LabeledCorpus: Sendable {
  /// The file the rows came from.
  public var path: String
  /// The label names, in class-index order.
  public var labelNames: [String]
  /// The sentences (UTF-8, back to back: see ``TextColumn``).
  public var texts: TextColumn
  /// The class index of each sentence.
  public var labels: [Int]
  /// The line on which each row starts in the file.
  public var lines: [Int]
  /// Every other column by header name, one value per row.
  public var columns: [String: [String]]

  /// Number of rows.
  public var count: Int { labels.count }

  /// The labels framing uses, in the order models report them.
  public static let defaultLabels = ["critical", "neutral", "conciliatory"]

  /// Reads `path`, requiring columns `textColumn` and `labelColumn`, and labels from
  /// `labelNames` exactly as written (no case folding or trimming: a near miss is
  /// reported with the intended label).
  ///
  /// - Throws: ``FeaturesError`` for an unreadable file, bad encoding, a broken quote or a
  ///   missing column; ``ClassifierError/badRows(path:problems:)`` listing every unusable
  ///   row with its line.
  public static func load(
    path: String, labelNames: [String] = defaultLabels, textColumn: String = "text",
    labelColumn: String = "label"
  ) throws -> LabeledCorpus {
    let file = try TextFile.read(path: path)
    return try parse(file, labelNames: labelNames, textColumn: textColumn, labelColumn: labelColumn)
  }

  /// Parses the bytes of a labeled CSV already read (see ``load(path:labelNames:textColumn:labelColumn:)``).
  public static func parse(
    _ file: TextFile, labelNames: [String] = defaultLabels, textColumn: String = "text",
    labelColumn: String = "label"
  ) throws -> LabeledCorpus {
    let path = file.path
    let reader = CSVReader(path: path, bytes: file.bytes)
    var header: [String]? = nil
    var textIndex = 0
    var labelIndex = 0
    var otherColumns: [(Int, String)] = []
    var corpus = LabeledCorpus(
      path: path, labelNames: labelNames, texts: [], labels: [], lines: [], columns: [:])
    // The texts are part of the file: room for all of it is reserved once (pages that are
    // never written take no memory).
    corpus.texts.reserveCapacity(bytes: file.bytes.count)
    var problems: [ClassifierError.RowProblem] = []
    let labelIndexByName = Dictionary(
      uniqueKeysWithValues: labelNames.enumerated().map { ($1, $0) })
    try reader.forEachRawRow { row in
      guard let names = header else {
        let names = (0..<row.count).map { row.string($0).trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        for name in names where !name.isEmpty && !seen.insert(name).inserted {
          throw FeaturesError.repeatedColumn(path: path, column: name)
        }
        guard let t = names.firstIndex(of: textColumn) else {
          throw FeaturesError.missingColumn(path: path, column: textColumn, header: names)
        }
        guard let l = names.firstIndex(of: labelColumn) else {
          throw FeaturesError.missingColumn(path: path, column: labelColumn, header: names)
        }
        header = names
        textIndex = t
        labelIndex = l
        otherColumns = names.enumerated().filter {
          $0.offset != t && $0.offset != l && !$0.element.isEmpty
        }
        .map { ($0.offset, $0.element) }
        for (_, name) in otherColumns { corpus.columns[name] = [] }
        return
      }
      guard row.count == names.count else {
        problems.append(
          .init(
            line: row.line,
            reason: "the row has \(row.count) fields, the header has \(names.count)"))
        return
      }
      let text = row.field(textIndex)
      let label = row.string(labelIndex)
      if LabeledCorpus.isBlank(text) {
        problems.append(.init(line: row.line, reason: "the '\(textColumn)' field is empty"))
        return
      }
      guard let index = labelIndexByName[label] else {
        if label.isEmpty {
          problems.append(.init(line: row.line, reason: "the '\(labelColumn)' field is empty"))
        } else if let near = labelNames.first(where: {
          $0 == label.trimmingCharacters(in: .whitespaces).lowercased()
        }) {
          problems.append(
            .init(
              line: row.line, reason: "label '\(label)' is not exactly a label; write '\(near)'"))
        } else {
          let known = labelNames.map { "'\($0)'" }.joined(separator: ", ")
          problems.append(
            .init(line: row.line, reason: "unknown label '\(label)' (expected one of \(known))"))
        }
        return
      }
      corpus.texts.append(utf8: text)
      corpus.labels.append(index)
      corpus.lines.append(row.line)
      for (i, name) in otherColumns { corpus.columns[name]!.append(row.string(i)) }
    }
    guard header != nil else { throw FeaturesError.emptyTable(path: path) }
    if !problems.isEmpty { throw ClassifierError.badRows(path: path, problems: problems) }
    return corpus
  }

  /// Whether `text` holds only white space (as `Character.isWhitespace` has it): decided on
  /// the bytes when they are ASCII, through `String` otherwise.
  static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var ascii = true
    for b in text {
      if b >= 0x80 {
        ascii = false
      } else if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
        return false
      }
    }
    return ascii || String(decoding: text, as: UTF8.self).allSatisfy(\.isWhitespace)
  }

  /// The rows at `indices`.
  public func subset(_ indices: [Int]) -> LabeledCorpus {
    var subsetTexts = TextColumn()
    subsetTexts.reserveCapacity(indices.count)
    for i in indices { texts.withUTF8(i) { subsetTexts.append(utf8: $0) } }
    return LabeledCorpus(
      path: path, labelNames: labelNames, texts: subsetTexts,
      labels: indices.map { labels[$0] },
      lines: indices.map { lines[$0] },
      columns: columns.mapValues { values in indices.map { values[$0] } })
  }

  /// Number of rows of each class.
  public var labelCounts: [Int] {
    var counts = [Int](repeating: 0, count: labelNames.count)
    for y in labels { counts[y] += 1 }
    return counts
  }
}
