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
    (
      "Visit www.example.org for more. Or e-mail press@gov.uk today.",
      [
        "Visit www.example.org for more.", "Or e-mail press@gov.uk today.",
      ]
    ),
    ("He paused... and went on. Later he left.", ["He paused... and went on.", "Later he left."]),
    ("Why now? Nobody knows! Really.", ["Why now?", "Nobody knows!", "Really."]),
    ("(This was expected.) The vote passed.", ["(This was expected.)", "The vote passed."]),
    (
      "See No. 10 for details. Apples, pears etc. are sold.",
      [
        "See No. 10 for details.", "Apples, pears etc. are sold.",
      ]
    ),
  ])
  func sentences(_ text: String, _ expected: [String]) {
    #expect(texts(text) == expected)
  }

  @Test(arguments: [
    // A time that opens a sentence does not end it; capitals after "P.M." do.
    (
      "At 6 a.m. Dr. Lee opened the clinic. It shut at 9 P.M. Nurses went home.",
      [
        "At 6 a.m. Dr. Lee opened the clinic.", "It shut at 9 P.M.", "Nurses went home.",
      ]
    ),
    // Spaced ellipses: three periods stay inside a sentence, four end it, and a period on
    // the word before a spaced ellipsis ends the sentence there.
    ("He was tired . . . I let him sleep.", ["He was tired . . . I let him sleep."]),
    ("We waited . . . . Then the rain came.", ["We waited . . . .", "Then the rain came."]),
    (
      "It rained for days. . . . The river rose.", ["It rained for days.", ". . . The river rose."]
    ),
    // A short reference in brackets after a quotation belongs to it.
    (
      "He wrote: \"Markets are fickle.\" (Lind 12). Others agreed.",
      [
        "He wrote: \"Markets are fickle.\" (Lind 12).", "Others agreed.",
      ]
    ),
    (
      "The firm lost money. (Its last profit came in 2016 under a different owner.) Few care.",
      [
        "The firm lost money.", "(Its last profit came in 2016 under a different owner.)",
        "Few care.",
      ]
    ),
    (
      "The file is kept at N°. 47 on the top shelf. Ask for it.",
      [
        "The file is kept at N°. 47 on the top shelf.", "Ask for it.",
      ]
    ),
    ("1. Fix the roof. 2. Paint the walls.", ["1. Fix the roof.", "2. Paint the walls."]),
    // Company suffixes end a sentence before a capital, except in a title-case headline.
    (
      "The deal went to Ardent Holdings Ltd. Investors cheered.",
      [
        "The deal went to Ardent Holdings Ltd.", "Investors cheered.",
      ]
    ),
    ("Shares in Ardent Corp. Jump 9% After Deal", ["Shares in Ardent Corp. Jump 9% After Deal"]),
    // An enumeration run together on one line is cut before each next marker.
    (
      "1) Fares rise 2) Trains slow 3) Buses stop",
      ["1) Fares rise", "2) Trains slow", "3) Buses stop"]
    ),
    ("a. Buy milk b. Buy bread", ["a. Buy milk", "b. Buy bread"]),
    // ... but only before the next number: "3." after "1." is no item marker.
    ("1. Cuts came in 2019 and 3. Nothing else", ["1. Cuts came in 2019 and 3.", "Nothing else"]),
  ])
  func harderSentences(_ text: String, _ expected: [String]) {
    #expect(texts(text) == expected)
  }

  @Test func listItemsAreSentences() {
    let text = """
      What changes for commuters
      - fares rise by 5 percent
      • trains run less often at night
      1. Fewer buses on Sundays
      (2) a new zone for the airport
      """
    let units = splitter.split(text)
    #expect(
      units.map(\.text) == [
        "What changes for commuters", "- fares rise by 5 percent",
        "• trains run less often at night",
        "1. Fewer buses on Sundays", "(2) a new zone for the airport",
      ])
    #expect(units.map(\.kind) == [.heading, .sentence, .sentence, .sentence, .sentence])
  }

  @Test func captionRunningIntoItsCredit() {
    let units = splitter.split("A girl waves a flag in the square. Photo: Ana Ruiz/Reuters")
    #expect(units.map(\.text) == ["A girl waves a flag in the square.", "Photo: Ana Ruiz/Reuters"])
    #expect(units.map(\.kind) == [.sentence, .furniture])
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
    #expect(
      units.map(\.text) == [
        "Leaders meet in Osaka", "By Ana Ruiz and Tom Lee",
        "OSAKA (Reuters) - The two leaders met on Friday.", "They shook hands.",
        "Share on Facebook Share on Twitter",
        "The meeting lasted an hour\nand ended with a joint statement.",
      ])
    #expect(
      units.map(\.kind) == [.heading, .furniture, .sentence, .sentence, .furniture, .sentence])
  }

  @Test(arguments: [
    "Photo: Jane Doe/AFP via Getty Images", "Advertisement", "Updated 14:32 GMT", "July 8, 2017",
    "HAMBURG, Germany (AP) —", "Sign up for our morning newsletter",
    "Reporting by Ana Ruiz; Editing by Tom Lee",
    "Share this article", "© 2019 Example Media. All rights reserved.",
    "(Reporting by Ana Ruiz; Editing by Tom Lee)", "Science correspondent",
    "By health reporter Lena Ward", "From our correspondent in Lima", "QUITO, Ecuador",
    "ALBANY, N.Y.", "Live updates",
    "Sign up for our evening newsletter to get the biggest stories and analysis in your inbox "
      + "every weekday.",
  ])
  func furniture(_ line: String) {
    #expect(splitter.split(line).map(\.kind) == [.furniture])
  }

  @Test(arguments: [
    "Shares of Acme fell 3% on Monday.", "Putin and Trump meet in Hamburg",
    "By then the talks had collapsed.",
    "Live: Talks Resume in Geneva", "EU, UK Agree Fishing Deal",
    "Correspondent Killed in Crossfire",
    "From Reporter to Prime Minister",
    "Updated figures show a sharp fall in unemployment across the region this spring.",
  ])
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
    #expect(
      result.map { String(decoding: bytes[$0.unit.start..<$0.unit.end], as: UTF8.self) } == [
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

  /// The byte range and kind of each gold segment, found in order in the passage's text.
  static func goldRanges(_ p: Passage) -> [(start: Int, end: Int, kind: String)] {
    let bytes = Array(p.text.utf8)
    var position = 0
    var ranges: [(Int, Int, String)] = []
    for segment in p.segments {
      let s = Array(segment.text.utf8)
      var i = position
      while i + s.count <= bytes.count && Array(bytes[i..<(i + s.count)]) != s { i += 1 }
      position = i + s.count
      ranges.append((i, position, segment.kind))
    }
    return ranges
  }

  /// Boundary F1 and kind accuracy of the splitter on the gold set. A boundary is the end of
  /// every segment but a passage's last; a gold segment's kind counts as right when a unit
  /// covers exactly its bytes with the same kind (a wrong cut makes its kinds wrong too).
  @Test func boundaryF1AndKindsOnGoldSet() throws {
    let gold = try Self.loadGold()
    #expect(gold.count >= 400)
    var tp = 0
    var fp = 0
    var fn = 0
    var misses: [String] = []
    var perCategory: [String: (Int, Int, Int)] = [:]
    // confusion[gold kind][predicted kind, or "uncut" when no unit has the segment's bytes]
    var confusion: [String: [String: Int]] = [:]
    for p in gold {
      let ranges = Self.goldRanges(p)
      let expected = Set(ranges.dropLast().map(\.end))
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
      for range in ranges {
        let unit = units.first { $0.start == range.start && $0.end == range.end }
        confusion[range.kind, default: [:]][unit?.kind.rawValue ?? "uncut", default: 0] += 1
      }
    }
    let precision = Double(tp) / Double(max(1, tp + fp))
    let recall = Double(tp) / Double(max(1, tp + fn))
    let f1 = 2 * precision * recall / max(1e-12, precision + recall)
    let segments = confusion.values.reduce(0) { $0 + $1.values.reduce(0, +) }
    let kindsRight = confusion.reduce(0) { $0 + $1.value[$1.key, default: 0] }
    let kindAccuracy = Double(kindsRight) / Double(max(1, segments))
    print(
      String(
        format: "segmentation gold: %d passages, boundary precision %.4f recall %.4f F1 %.4f; "
          + "kind accuracy %.4f (%d segments)",
        gold.count, precision, recall, f1, kindAccuracy, segments))
    let columns = UnitKind.allCases.map(\.rawValue) + ["uncut"]
    print(
      "  kinds, gold (rows) by predicted (columns): "
        + columns.map { $0.padding(toLength: 10, withPad: " ", startingAt: 0) }.joined())
    for kind in UnitKind.allCases.map(\.rawValue) {
      let row = columns.map { String(confusion[kind]?[$0] ?? 0) }
      print(
        "    " + kind.padding(toLength: 10, withPad: " ", startingAt: 0)
          + row.map { $0.padding(toLength: 10, withPad: " ", startingAt: 0) }.joined())
    }
    for (category, c) in perCategory.sorted(by: { $0.key < $1.key }) where c.1 + c.2 > 0 {
      print("  \(category): tp \(c.0) fp \(c.1) fn \(c.2)")
    }
    if !misses.isEmpty {
      print("  passages with a wrong boundary: \(misses.joined(separator: " "))")
    }
    #expect(f1 >= 0.995)
    #expect(kindAccuracy >= 0.99)
    // Every kind is recognised on its own, not just the majority class.
    for kind in UnitKind.allCases.map(\.rawValue) {
      let total = confusion[kind]?.values.reduce(0, +) ?? 0
      let right = confusion[kind]?[kind] ?? 0
      #expect(total > 0 && Double(right) >= 0.95 * Double(total), "kind \(kind): \(right)/\(total)")
    }
  }
}
