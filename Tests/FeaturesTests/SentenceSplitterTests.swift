import Foundation
import Testing

@testable import Features

@Suite struct SentenceSplitterTests {
  let splitter = SentenceSplitter()

  func texts(_ s: String) -> [String] { splitter.split(s).map(\.text) }

  @Test(arguments: [
    ("Mr. Smith met Sen. Jones. They spoke.", ["Mr. Smith met Sen. Jones.", "They spoke."]),
    ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
    ("U.S. officials said so. Nothing else.", ["U.S. officials said so.", "Nothing else."]),
    ("Robert S. Mueller wrote it. Done.", ["Robert S. Mueller wrote it.", "Done."]),
    ("It cost $1.5 billion. Then 3.2% more.", ["It cost $1.5 billion.", "Then 3.2% more."]),
    ("They met at 9 a.m. Moscow time.", ["They met at 9 a.m. Moscow time."]),
    ("They met at 9 a.m. The talks ran late.", ["They met at 9 a.m.", "The talks ran late."]),
    ("It starts Sept. 4 in Osaka. Fine.", ["It starts Sept. 4 in Osaka.", "Fine."]),
    ("“We will go.” Then they left.", ["“We will go.”", "Then they left."]),
    ("\"Is this fair?\" she asked. No.", ["\"Is this fair?\" she asked.", "No."]),
    ("“Is this fair?” Smith asked. No.", ["“Is this fair?” Smith asked.", "No."]),
    ("\"We will not back down,\" he said.", ["\"We will not back down,\" he said."]),
    ("\"We are ready. We waited,\" he said.", ["\"We are ready.", "We waited,\" he said."]),
    ("Visit www.example.org for more. Or e-mail press@gov.uk today.", [
      "Visit www.example.org for more.", "Or e-mail press@gov.uk today.",
    ]),
    ("He paused... and went on. Later he left.", ["He paused... and went on.", "Later he left."]),
    ("Why now? Nobody knows! Really.", ["Why now?", "Nobody knows!", "Really."]),
    ("(This was expected.) The vote passed.", ["(This was expected.)", "The vote passed."]),
    ("See No. 10 for details. Apples, pears etc. are sold.", [
      "See No. 10 for details.", "Apples, pears etc. are sold.",
    ]),
  ])
  func sentences(_ text: String, _ expected: [String]) {
    #expect(texts(text) == expected)
  }

  @Test func headingsBylinesAndParagraphs() {
    let text = """
      Leaders meet in Osaka
      By Ana Ruiz and Tom Lee

      OSAKA (Reuters) - The two leaders met on Friday. They shook hands.
      Share on Facebook Share on Twitter
      The meeting lasted an hour
      and ended with a joint statement.
      """
    let units = splitter.split(text)
    #expect(units.map(\.text) == [
      "Leaders meet in Osaka", "By Ana Ruiz and Tom Lee",
      "OSAKA (Reuters) - The two leaders met on Friday.", "They shook hands.",
      "Share on Facebook Share on Twitter", "The meeting lasted an hour\nand ended with a joint statement.",
    ])
    #expect(units.map(\.kind) == [.heading, .furniture, .sentence, .sentence, .furniture, .sentence])
  }

  @Test(arguments: [
    "Photo: Jane Doe/AFP via Getty Images", "Advertisement", "Updated 14:32 GMT", "July 8, 2017",
    "HAMBURG, Germany (AP) —", "Sign up for our morning newsletter", "Reporting by Ana Ruiz; Editing by Tom Lee",
    "Share this article", "© 2019 Example Media. All rights reserved.",
  ])
  func furniture(_ line: String) {
    #expect(splitter.split(line).map(\.kind) == [.furniture])
  }

  @Test(arguments: ["Shares of Acme fell 3% on Monday.", "Putin and Trump meet in Hamburg", "By then the talks had collapsed."])
  func notFurniture(_ line: String) {
    #expect(splitter.split(line).map(\.kind) != [.furniture])
  }

  @Test func offsetsAreBytesOfTheOriginal() {
    let text = "  “Déjà vu,” he said.\r\n\r\nNext one.  "
    let bytes = Array(text.utf8)
    let units = bytes.withUnsafeBufferPointer { splitter.split($0, base: 0) }
    let pieces = units.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    #expect(pieces == ["“Déjà vu,” he said.", "Next one."])
  }

  @Test func linesModeKeepsLineNumbersAndSkipsBlanks() {
    let text = "First line.\n\n  Second line  \nThird"
    let bytes = Array(text.utf8)
    let result = bytes.withUnsafeBufferPointer { splitter.lines($0) }
    #expect(result.map(\.line) == [1, 3, 4])
    #expect(result.map { String(decoding: bytes[$0.unit.start..<$0.unit.end], as: UTF8.self) } == [
      "First line.", "Second line", "Third",
    ])
  }

  @Test func emptyAndWhitespaceOnly() {
    #expect(splitter.split("").isEmpty)
    #expect(splitter.split(" \n\t\r\n ").isEmpty)
  }
}

/// Scores the splitter on the project's gold segmentation set (data/segmentation).
@Suite struct SegmentationGoldTests {
  struct Passage: Decodable {
    struct Segment: Decodable {
      var text: String
      var kind: String
    }
    var id: String
    var category: String
    var text: String
    var segments: [Segment]
  }

  static func loadGold() throws -> [Passage] {
    let url = packageRoot.appendingPathComponent("data/segmentation/gold.jsonl")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    return try lines.map { try JSONDecoder().decode(Passage.self, from: Data($0.utf8)) }
  }

  /// Byte offsets of the ends of all segments but the last.
  static func goldBoundaries(_ p: Passage) -> Set<Int> {
    let bytes = Array(p.text.utf8)
    var position = 0
    var ends: [Int] = []
    for segment in p.segments {
      let s = Array(segment.text.utf8)
      var i = position
      while i + s.count <= bytes.count && Array(bytes[i..<(i + s.count)]) != s { i += 1 }
      position = i + s.count
      ends.append(position)
    }
    return Set(ends.dropLast())
  }

  @Test func boundaryF1OnGoldSet() throws {
    let gold = try Self.loadGold()
    #expect(gold.count >= 400)
    var tp = 0
    var fp = 0
    var fn = 0
    var kindsRight = 0
    var kindsTotal = 0
    var misses: [String] = []
    var perCategory: [String: (Int, Int, Int)] = [:]
    for p in gold {
      let expected = Self.goldBoundaries(p)
      var copy = p.text
      let units = copy.withUTF8 { SentenceSplitter().split($0) }
      let predicted = Set(units.dropLast().map(\.end))
      let t = predicted.intersection(expected).count
      tp += t
      fp += predicted.count - t
      fn += expected.count - t
      var c = perCategory[p.category, default: (0, 0, 0)]
      c.0 += t
      c.1 += predicted.count - t
      c.2 += expected.count - t
      perCategory[p.category] = c
      if predicted != expected { misses.append(p.id) }
      if units.count == p.segments.count {
        for (u, s) in zip(units, p.segments) {
          kindsTotal += 1
          if u.kind.rawValue == s.kind { kindsRight += 1 }
        }
      }
    }
    let precision = Double(tp) / Double(max(1, tp + fp))
    let recall = Double(tp) / Double(max(1, tp + fn))
    let f1 = 2 * precision * recall / max(1e-12, precision + recall)
    print(String(format: "segmentation gold: %d passages, boundary precision %.4f recall %.4f F1 %.4f; kind accuracy %.4f (%d units)",
      gold.count, precision, recall, f1, Double(kindsRight) / Double(max(1, kindsTotal)), kindsTotal))
    for (category, c) in perCategory.sorted(by: { $0.key < $1.key }) where c.1 + c.2 > 0 {
      print("  \(category): tp \(c.0) fp \(c.1) fn \(c.2)")
    }
    if !misses.isEmpty { print("  passages with a wrong boundary: \(misses.joined(separator: " "))") }
    #expect(f1 >= 0.98)
  }
}
