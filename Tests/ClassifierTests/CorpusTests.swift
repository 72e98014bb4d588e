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

  @Test func columnsSizesAndClassMix() throws {
    for (name, minimum) in [("labels.csv", 5000), ("test.csv", 1000)] {
      let corpus = try Self.load(name)
      #expect(corpus.count >= minimum, "\(name)")
      #expect(Set(corpus.columns.keys) == ["topic", "style"], "\(name)")
      let shares = corpus.labelCounts.map { Double($0) / Double(corpus.count) }
      #expect((0.35...0.45).contains(shares[0]), "\(name) critical \(shares[0])")
      #expect((0.25...0.35).contains(shares[1]), "\(name) neutral \(shares[1])")
      #expect((0.25...0.35).contains(shares[2]), "\(name) conciliatory \(shares[2])")
      #expect(
        corpus.columns["topic"]!.allSatisfy { !$0.isEmpty }
          && corpus.columns["style"]!.allSatisfy { !$0.isEmpty })
    }
  }

  @Test func topicsAndStylesAreBroadAndEveryTopicHasEveryLabel() throws {
    let corpus = try Self.load("labels.csv")
    let topics = corpus.columns["topic"]!
    let styles = corpus.columns["style"]!
    #expect(Set(topics).count >= 15)
    #expect(Set(styles).count >= 8)
    var labelsByTopic: [String: Set<Int>] = [:]
    for (t, y) in zip(topics, corpus.labels) { labelsByTopic[t, default: []].insert(y) }
    for (topic, labels) in labelsByTopic { #expect(labels.count == 3, "topic \(topic)") }
  }

  @Test func noTestTopicIsInTraining() throws {
    let train = Set(try Self.load("labels.csv").columns["topic"]!)
    let test = Set(try Self.load("test.csv").columns["topic"]!)
    #expect(train.isDisjoint(with: test))
  }

  @Test func noDuplicatesWithinOrAcrossFiles() throws {
    let texts = try Self.load("labels.csv").texts + Self.load("test.csv").texts
    let normalized = texts.map(LabelQuality.normalized)
    #expect(Set(texts).count == texts.count)
    // Rows that differ only in names written in digits, punctuation or case.
    #expect(Set(normalized).count == normalized.count)
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
    for corpus in [try Self.load("labels.csv"), try Self.load("test.csv")] {
      for (i, text) in corpus.texts.enumerated() {
        #expect(grams(words(text)).isDisjoint(with: seed), "\(corpus.path):\(corpus.lines[i])")
      }
    }
  }
}
