import Foundation
import Testing

@testable import Classifier
@testable import Features

/// The bounds the project's labeled corpus must meet (data/labels.csv, data/test.csv).
@Suite struct CorpusTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  static func load(_ name: String) throws -> LabeledCorpus {
    try LabeledCorpus.load(path: root.appendingPathComponent("data/\(name)").path)
  }

  static let pageColumns: Set<String> = [
    "topic", "style", "source", "article", "kind", "event", "outlet", "start", "end",
    "annotator_a", "annotator_b",
  ]

  @Test func columnsSizesAndClassMix() throws {
    let labels = try Self.load("labels.csv")
    #expect(Set(labels.columns.keys) == Self.pageColumns)
    let test = try Self.load("test.csv")
    #expect(Set(test.columns.keys) == ["topic", "style"])
    #expect(test.count >= 1000)
    let heldOut = try Self.load("heldout.csv")
    #expect(Set(heldOut.columns.keys) == Self.pageColumns)
    for corpus in [labels, test, heldOut] {
      // Every label is well represented (pages are about half neutral: furniture).
      let shares = corpus.labelCounts.map { Double($0) / Double(corpus.count) }
      #expect(shares.allSatisfy { $0 >= 0.15 }, "\(corpus.path) \(shares)")
      #expect(corpus.columns["topic"]!.allSatisfy { !$0.isEmpty })
      #expect(corpus.columns["style"]!.allSatisfy { !$0.isEmpty })
    }
  }

  @Test func pagesCoverManyEventsVoicesAndArticles() throws {
    let corpus = try Self.load("labels.csv")
    let pages = corpus.columns["source"]!.indices.filter {
      corpus.columns["source"]![$0] == "pages"
    }
    #expect(pages.count >= Self.minimumPageUnits)
    #expect(Set(pages.map { corpus.columns["event"]![$0] }).count >= Self.minimumEvents)
    #expect(Set(pages.map { corpus.columns["style"]![$0] }).count >= 12)
    #expect(Set(pages.map { corpus.columns["article"]![$0] }).count >= Self.minimumArticles)
    let heldOut = try Self.load("heldout.csv")
    #expect(Set(heldOut.columns["article"]!).count >= 50)
    // No held-out event is a training event.
    #expect(
      Set(heldOut.columns["event"]!).isDisjoint(with: Set(corpus.columns["event"]!)))
  }

  /// What is labeled twice so far: the corpus grows as its units are read twice (600
  /// training pages on 96 events are written; see the README).
  static let minimumPageUnits = 6000
  static let minimumArticles = 200
  static let minimumEvents = 40

  @Test func noTestTopicIsInTraining() throws {
    let train = Set(try Self.load("labels.csv").columns["topic"]!)
    let test = Set(try Self.load("test.csv").columns["topic"]!)
    #expect(train.isDisjoint(with: test))
  }

  @Test func noDuplicatesAmongSentencesAndNoHeldOutTextInTraining() throws {
    let labels = try Self.load("labels.csv")
    let sentences = labels.columns["source"]!.indices.filter {
      labels.columns["source"]![$0] == "sentences"
    }.map { labels.texts[$0] }
    let texts = try sentences + Self.load("test.csv").texts
    let normalized = texts.map(LabelQuality.normalized)
    #expect(Set(texts).count == texts.count)
    // Rows that differ only in names written in digits, punctuation or case.
    #expect(Set(normalized).count == normalized.count)
    // Held-out prose (not furniture lines such as "Share this article") is never in training.
    let heldOut = try Self.load("heldout.csv")
    let training = Set(labels.texts.map(LabelQuality.normalized))
    // (Formulas such as "Good morning." or "This copy may not be in its final form" may
    // recur: only sentences of fifteen words or more.)
    for (i, text) in heldOut.texts.enumerated()
    where heldOut.columns["kind"]![i] == "sentence" && text.split(separator: " ").count >= 15 {
      #expect(!training.contains(LabelQuality.normalized(text)), "heldout.csv:\(heldOut.lines[i])")
    }
  }

  /// Every labeled unit of the pages is a unit of classify's splitter, its text is the
  /// file's bytes at its offsets, and its label is the annotations' final label.
  @Test func pageUnitsAreTheSplittersUnitsAndLabelsAreCurrent() throws {
    let articles = Self.root.appendingPathComponent("data/articles")
    var final: [String: String] = [:]
    let path = articles.appendingPathComponent("annotations.csv").path
    var rows: [CSVReader.Row] = []
    try CSVReader(path: path, bytes: TextFile.readBytes(path: path)).forEachRow { rows.append($0) }
    let column = Dictionary(uniqueKeysWithValues: rows[0].fields.enumerated().map { ($1, $0) })
    var unitsOf: [String: Set<String>] = [:]
    for row in rows.dropFirst() {
      let file = row.fields[column["file"]!]
      if unitsOf[file] == nil {
        let bytes = try TextFile.read(path: articles.appendingPathComponent(file).path).bytes
        let units = bytes.withUnsafeBufferPointer { SentenceSplitter().split($0) }
        unitsOf[file] = Set(units.map { "\($0.start)-\($0.end)-\($0.kind.rawValue)" })
      }
      let key = "\(row.fields[column["start"]!])-\(row.fields[column["end"]!])"
      #expect(
        unitsOf[file]!.contains(key + "-" + row.fields[column["kind"]!]),
        "annotations.csv:\(row.line): \(file) \(key) is not a unit of the splitter")
      let a = row.fields[column["annotator_a"]!]
      let b = row.fields[column["annotator_b"]!]
      let c = row.fields[column["adjudicated"]!]
      let label = row.fields[column["label"]!]
      #expect(label == (b.isEmpty ? "" : a == b ? a : c), "annotations.csv:\(row.line)")
      if !label.isEmpty { final[file + ":" + key] = label }
    }
    var texts: [String: [UInt8]] = [:]
    for name in ["labels.csv", "heldout.csv"] {
      let corpus = try Self.load(name)
      let c = corpus.columns
      var pages = 0
      for i in 0..<corpus.count where c["source"]![i] == "pages" {
        pages += 1
        let file = c["article"]![i]
        let key = file + ":" + c["start"]![i] + "-" + c["end"]![i]
        #expect(final[key] == corpus.labelNames[corpus.labels[i]], "\(name):\(corpus.lines[i])")
        if texts[file] == nil {
          texts[file] = try TextFile.read(path: articles.appendingPathComponent(file).path).bytes
        }
        let (s, e) = (Int(c["start"]![i])!, Int(c["end"]![i])!)
        #expect(
          Array(texts[file]![s..<e]) == Array(corpus.texts[i].utf8), "\(name):\(corpus.lines[i])")
      }
      #expect(pages > 0, "\(name) has no page units")
    }
    #expect(
      final.count
        == (try Self.load("labels.csv").columns["source"]!.filter { $0 == "pages" }.count
          + Self.load("heldout.csv").count))
  }

  /// No training or test sentence shares a run of seven words with the seed articles,
  /// which the project may only classify, never train on (checked when they are there).
  @Test func noSeedText() throws {
    let seeds = Self.root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: seeds.path) else {
      return
    }
    func words(_ text: String) -> [String] {
      text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }
    func grams(_ w: [String]) -> Set<String> {
      w.count < 7 ? [] : Set((0...(w.count - 7)).map { w[$0..<($0 + 7)].joined(separator: " ") })
    }
    var seed = Set<String>()
    for f in files where f.hasSuffix(".txt") {
      seed.formUnion(
        grams(words(try String(contentsOf: seeds.appendingPathComponent(f), encoding: .utf8))))
    }
    for corpus in [
      try Self.load("labels.csv"), try Self.load("test.csv"), try Self.load("heldout.csv"),
    ] {
      for (i, text) in corpus.texts.enumerated() {
        #expect(grams(words(text)).isDisjoint(with: seed), "\(corpus.path):\(corpus.lines[i])")
      }
    }
  }
}
