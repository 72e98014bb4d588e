import Foundation
import Testing

@testable import Classifier
@testable import Features

/// LabelQuality finds groups by hashing bytes; these tests hold it to the plain definition
/// (dictionaries of strings) on rows built to collide in every way.
@Suite struct LabelQualityTests {
  /// The normalization as first written, on `String`: the reference.
  static func referenceNormalized(_ text: String) -> String {
    text.lowercased().unicodeScalars.map { $0.properties.isAlphabetic ? String($0) : " " }
      .joined()
      .split(separator: " ").joined(separator: " ")
  }

  static let texts: [String] = {
    let stems = [
      "Leaders praised the talks.", "LEADERS praised the talks!", "Leaders praised the talks.",
      "Ministers “blasted” the plan", "ministers \"blasted\" the plan 2", "Ärger über Öl",
      "ärger ÜBER öl!", "İstanbul talks", "i̇stanbul TALKS", "ΣΟΦΙΑ said", "σοφια said",
      "Café owners won’t pay", "CAFÉ owners won't pay", "Talks 12 and 13", "Talks and",
      "", "   ", "1234", "!!",
    ]
    return (0..<400).map { stems[$0 % stems.count] + ($0 % 3 == 0 ? "" : " \($0 % 7)") }
  }()

  static func corpus() -> LabeledCorpus {
    LabeledCorpus(
      path: "q.csv", labelNames: LabeledCorpus.defaultLabels, texts: TextColumn(texts),
      labels: texts.indices.map { ($0 * 7) % 3 }, lines: texts.indices.map { $0 + 2 },
      columns: [:])
  }

  @Test func normalizationMatchesTheStringDefinition() {
    for text in Self.texts + ["Ǆemal ﬁnal ß", "ＡＢＣ full width", "a\u{301}b", "x\u{0}y"] {
      #expect(LabelQuality.normalized(text) == Self.referenceNormalized(text), "\(text)")
    }
  }

  @Test func groupsMatchTheDictionaryDefinition() {
    let corpus = Self.corpus()
    let quality = LabelQuality(corpus: corpus)
    var exact: [[UInt8]: [Int]] = [:]
    var near: [String: [Int]] = [:]
    for (i, text) in Self.texts.enumerated() {
      exact[Array(text.utf8), default: []].append(i)
      near[Self.referenceNormalized(text), default: []].append(i)
    }
    let conflicts = exact.values.filter { rows in
      Set(rows.map { corpus.labels[$0] }).count > 1
    }.sorted { $0[0] < $1[0] }
    let nearGroups = near.values.filter { rows in
      rows.count > 1 && Set(rows.map { Self.texts[$0] }).count > 1
    }.sorted { $0[0] < $1[0] }
    #expect(quality.conflictingDuplicates.map(\.rows) == conflicts)
    #expect(quality.nearDuplicates.map(\.rows) == nearGroups)
    #expect(!conflicts.isEmpty && !nearGroups.isEmpty)
  }

  @Test func hashIsStableAndSpreads() {
    let a = Array("Leaders praised the talks.".utf8)
    let b = Array("Leaders praised the talks!".utf8)
    let ha = a.withUnsafeBufferPointer { LabelQuality.hash($0) }
    let hb = b.withUnsafeBufferPointer { LabelQuality.hash($0) }
    #expect(ha != hb)
    #expect(ha == a.withUnsafeBufferPointer { LabelQuality.hash($0) })
  }
}
