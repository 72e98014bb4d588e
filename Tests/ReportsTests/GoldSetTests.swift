import Features
import Foundation
import Testing

@testable import Labelling

/// The two gold sets of issue 15, scored: the actors of 320 held-out page units
/// (`data/actors/gold.csv`) and 551 labelled pairs of units for alignment
/// (`data/alignment/gold.csv`). Each test prints its figures (the README quotes them) and
/// fails if they fall below what was measured when the method was chosen.
@Suite struct GoldSetTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func rows(_ path: String) throws -> [[String: String]] {
    let file = try TextFile.read(path: root.appendingPathComponent(path).path)
    var header: [String] = []
    var out: [[String: String]] = []
    try CSVReader(path: path, bytes: file.bytes).forEachRow { row in
      if header.isEmpty {
        header = row.fields
        return
      }
      var r: [String: String] = [:]
      for (k, v) in zip(header, row.fields) { r[k] = v }
      out.append(r)
    }
    return out
  }

  /// Precision and recall of predicted against gold pairs.
  static func score(_ gold: [Bool], _ predicted: [Bool]) -> (p: Double, r: Double, f: Double) {
    let tp = zip(gold, predicted).filter { $0 && $1 }.count
    let fp = zip(gold, predicted).filter { !$0 && $1 }.count
    let fn = zip(gold, predicted).filter { $0 && !$1 }.count
    let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
    let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
  }

  @Test func alignmentAgainstTheGoldPairs() throws {
    let gold = try Self.rows("data/alignment/gold.csv")
    #expect(gold.count == 551)
    let events = Set(gold.map { $0["event"]! })
    // Document frequencies from every page unit of those events, as a run of classify on
    // their pages would have them.
    var texts: [String] = []
    var index: [String: Int] = [:]
    var heading = Set<Int>()
    var outlet: [String: String] = [:]
    for file in ["data/heldout.csv", "data/labels.csv"] {
      for r in try Self.rows(file) where r["source"] == "pages" && events.contains(r["event"]!) {
        guard r["kind"] != "furniture" else { continue }
        index[r["article"]! + "@" + r["start"]!] = texts.count
        if r["kind"] != "sentence" { heading.insert(texts.count) }
        outlet[r["article"]!] = r["outlet"]!
        texts.append(r["text"]!)
      }
    }
    let pairs = try gold.map { g -> (Int, Int) in
      (
        try #require(index[g["article_a"]! + "@" + g["start_a"]!]),
        try #require(index[g["article_b"]! + "@" + g["start_b"]!])
      )
    }
    let s = AlignmentFinder.similarities(texts: texts, pairs: pairs)
    let truth = gold.map { $0["same"] == "1" }
    // The finder's rules: sentences only (no headings), units of two different outlets.
    let eligible = gold.indices.map { k in
      !heading.contains(pairs[k].0) && !heading.contains(pairs[k].1)
        && outlet[gold[k]["article_a"]!] != outlet[gold[k]["article_b"]!]
    }
    func predicted(_ t: Double) -> [Bool] {
      s.indices.map { k in eligible[k] && ((s[k].blocked && s[k].cosine >= t) || s[k].sharedQuote) }
    }
    if ProcessInfo.processInfo.environment["ALIGN_DEBUG"] != nil {
      for (k, g) in gold.enumerated() where truth[k] != predicted(0.3)[k] {
        print(
          "DEBUG same=\(g["same"]!) cos=\(String(format: "%.2f", s[k].cosine)) q=\(s[k].sharedQuote) b=\(s[k].blocked)\n  A: \(g["text_a"]!.prefix(200))\n  B: \(g["text_b"]!.prefix(200))"
        )
      }
    }
    print("alignment gold: \(truth.filter { $0 }.count) of \(truth.count) pairs aligned")
    print("blocking keeps \(zip(truth, s).filter { $0 && $1.blocked }.count) of the aligned pairs")
    for t in stride(from: 0.2, through: 0.8, by: 0.05) {
      let m = Self.score(truth, predicted(t))
      print(String(format: "threshold %.2f: precision %.3f recall %.3f F1 %.3f", t, m.p, m.r, m.f))
    }
    // Chosen on one half of the events, scored on the other, both ways.
    let sorted = events.sorted()
    let half = Set(sorted.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
    for (name, choose) in [("even", true), ("odd", false)] {
      let fit = gold.indices.filter { half.contains(gold[$0]["event"]!) == choose }
      let test = gold.indices.filter { half.contains(gold[$0]["event"]!) != choose }
      let best = stride(from: 0.2, through: 0.8, by: 0.05).max { a, b in
        Self.score(fit.map { truth[$0] }, fit.map { predicted(a)[$0] }).f
          < Self.score(fit.map { truth[$0] }, fit.map { predicted(b)[$0] }).f
      }!
      let m = Self.score(test.map { truth[$0] }, test.map { predicted(best)[$0] })
      print(
        String(
          format: "chosen on the %@ events: %.2f; on the others precision %.3f recall %.3f", name,
          best, m.p, m.r))
    }
    let shipped = Self.score(truth, predicted(AlignmentFinder.threshold))
    print(
      String(
        format: "shipped threshold %.2f: precision %.3f recall %.3f", AlignmentFinder.threshold,
        shipped.p, shipped.r))
    #expect(shipped.p >= 0.80)
    #expect(shipped.r >= 0.70)
  }

  @Test func theBuiltInGazetteerIsTheDataFile() throws {
    let file = try String(
      contentsOf: Self.root.appendingPathComponent("data/actors/actors.tsv"), encoding: .utf8)
    #expect(file == ActorGazetteer.standardText, "run scripts/actors_embed.py")
    #expect(ActorGazetteer.standard.variantCount > 15_000)
    #expect(ActorGazetteer.standard.actors.count > 1_800)
  }

  /// A name as the comparison sees it: case and diacritics folded.
  static func fold(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  @Test func actorsAgainstTheGold() throws {
    let gold = try Self.rows("data/actors/gold.csv")
    #expect(gold.count == 320)
    let finder = ActorFinder(gazetteer: .standard)
    var dates: [String: String] = [:]
    var found: [String: [Int: [String]]] = [:]  // article → unit start → actors
    var tp = 0
    var fp = 0
    var fn = 0
    var misses: [String: Int] = [:]
    var extras: [String: Int] = [:]
    for g in gold {
      let article = g["article"]!
      if found[article] == nil {
        let folder = (article as NSString).deletingLastPathComponent
        if dates[folder + "/"] == nil {
          for r in try Self.rows("data/articles/" + folder + "/index.csv") {
            dates[folder + "/" + r["file"]!] = r["date"]
          }
          dates[folder + "/"] = ""
        }
        let file = try TextFile.read(
          path: Self.root.appendingPathComponent("data/articles/" + article).path)
        found[article] = file.bytes.withUnsafeBufferPointer { b in
          let units = SentenceSplitter().split(b)
          let actors = finder.actors(of: units, in: b, date: dates[article])
          return Dictionary(
            zip(units.map(\.start), actors).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
        }
      }
      let predicted = Set((found[article]![Int(g["start"]!)!] ?? []).map(Self.fold))
      // A gold name that the gazetteer lists as a variant of one actor ("TPLF", "DUP") is
      // that actor: the two differ in spelling, not in whom they mean.
      let truth = Set(
        g["actors"]!.split(separator: ";").map { name -> String in
          let read = finder.actors(of: String(name))
          return Self.fold(read.count == 1 ? read[0] : String(name))
        })
      tp += predicted.intersection(truth).count
      fp += predicted.subtracting(truth).count
      fn += truth.subtracting(predicted).count
      for m in truth.subtracting(predicted) { misses[m, default: 0] += 1 }
      for e in predicted.subtracting(truth) { extras[e, default: 0] += 1 }
    }
    let precision = Double(tp) / Double(max(1, tp + fp))
    let recall = Double(tp) / Double(max(1, tp + fn))
    print(
      String(
        format:
          "actor gold: %d gold mentions; precision %.3f recall %.3f (%d found, %d wrong, %d missed)",
        tp + fn, precision, recall, tp, fp, fn))
    if ProcessInfo.processInfo.environment["ACTOR_DEBUG"] != nil {
      print("missed:", misses.sorted { $0.value > $1.value }.prefix(40))
      print("wrong:", extras.sorted { $0.value > $1.value }.prefix(40))
    }
    #expect(precision >= 0.87)
    #expect(recall >= 0.78)
  }
}
