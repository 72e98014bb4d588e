import Classifier
import Features
import Foundation
import Testing

@testable import Labelling
@testable import Rendering
@testable import Runs

@Suite struct AnalysisTests {
  func analysis(explain: Int = 0) throws -> Analysis {
    let model = try reportsTestModel()
    var options = AnalysisOptions()
    options.explain = explain
    var analysis = Analysis(model: model, modelID: "0123456789abcdef", options: options)
    let inputs = [
      try article(
        "a.txt", outlet: "Wire",
        "Talks in Geneva\nBy Ana Ruiz\n\nLeaders praised the warm talks. Critics slammed the summit. The meeting is on Friday."
      ),
      try article(
        "b.txt", outlet: "Wire",
        "Both sides welcomed a deal. “This is a disgrace,” lawmakers said. Delegations arrive on Monday."
      ),
      try article(
        "c.txt", outlet: "Courier",
        "Protesters denounced the sham talks. The minister condemned the attack. They praised the handshake."
      ),
    ]
    for input in inputs {
      analysis.add(Labeller(model: model, options: options).analyze(input))
    }
    return analysis
  }

  @Test func jsonFiguresAgreeWithTheRowsTheySummarise() throws {
    let a = try analysis()
    let doc =
      try JSONSerialization.jsonObject(with: Data(try a.jsonDocument(modelPath: "m").utf8))
      as! [String: Any]
    #expect(doc["schema"] as? String == "framing-profiles/1")
    let labels = a.labels
    // Recompute every article's and outlet's counts and shares from the rows.
    func recount(_ articles: [ArticleResult]) -> [Int] {
      var counts = [0, 0, 0]
      for r in articles.flatMap(\.records) where r.unit.unit.kind != .furniture {
        counts[r.unit.label] += 1
      }
      return counts
    }
    let articleObjects = doc["articles"] as! [[String: Any]]
    #expect(articleObjects.count == 3)
    for (object, result) in zip(articleObjects, a.articles) {
      let counts = recount([result])
      let n = counts.reduce(0, +)
      #expect(object["units"] as? Int == n)
      let c = object["counts"] as! [String: Int]
      let shares = object["shares"] as! [String: [String: Double]]
      let means = object["mean_probabilities"] as! [String: [String: Double]]
      for (k, name) in labels.enumerated() {
        #expect(c[name] == counts[k])
        #expect(abs(shares[name]!["value"]! - Double(counts[k]) / Double(n)) < 1e-12)
        let rows = result.records.filter { !$0.isFurniture }
        let mean = rows.reduce(0.0) { $0 + $1.unit.probabilities[k] } / Double(rows.count)
        #expect(abs(means[name]!["value"]! - mean) < 1e-12)
        #expect(
          shares[name]!["low"]! <= shares[name]!["value"]!
            && shares[name]!["value"]! <= shares[name]!["high"]!)
      }
    }
    let outlets = doc["outlets"] as! [[String: Any]]
    #expect(outlets.map { $0["outlet"] as! String } == ["Wire", "Courier"])
    let wire = recount(a.articles.filter { $0.input.outlet == "Wire" })
    #expect(
      (outlets[0]["counts"] as! [String: Int])
        == Dictionary(uniqueKeysWithValues: zip(labels, wire)))
    #expect(outlets[0]["interval"] as? String == "bootstrap over articles")
    #expect(outlets[1]["interval"] as? String == "wilson")
    let comparison = doc["comparison"] as! [String: Any]
    #expect(comparison["df"] as? Int != nil)
  }

  @Test func explanationsAddUpToTheLogitDifference() throws {
    let a = try analysis(explain: 3)
    var checked = 0
    for r in a.articles.flatMap(\.records) {
      let e = try #require(r.explanation)
      let p = r.unit.probabilities
      // z_label − z_versus = log(p_label / p_versus), and the terms add up to it exactly.
      #expect(abs(e.logitDifference - log(p[e.label] / p[e.versus])) < 1e-9)
      let sum = e.terms.reduce(e.intercept) { $0 + $1.contribution }
      #expect(abs(sum - e.logitDifference) < 1e-9)
      let (top, rest) = e.top(3)
      #expect(
        abs(top.reduce(e.intercept + rest) { $0 + $1.contribution } - e.logitDifference) < 1e-9)
      #expect(e.versus != e.label)
      checked += 1
    }
    #expect(checked > 5)
  }

  @Test func explanationSpansPointAtTheTerms() throws {
    let a = try analysis(explain: 5)
    for result in a.articles {
      for r in result.records {
        for term in r.explanation?.terms ?? [] {
          for span in term.spans {
            let text = result.input.file.text(from: span.lowerBound, to: span.upperBound)
            #expect(Tokenizer().tokens(of: text).joined(separator: " ") == term.term)
          }
        }
      }
    }
  }

  @Test func furnitureIsLeftOutOfProfilesUnlessAskedFor() throws {
    let a = try analysis()
    let first = a.articleProfiles()[0]
    #expect(first.units == a.articles[0].records.filter { !$0.isFurniture }.count)
    #expect(a.articles[0].records.contains { $0.isFurniture })
  }

  @Test func quotationRanges() {
    let text = "He said “we will go” and \"not now\". Then “open"
    var copy = text
    let ranges = copy.withUTF8 { Quotation.ranges(in: $0, start: 0, end: $0.count) }
    let bytes = Array(text.utf8)
    #expect(
      ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == [
        "“we will go”", "\"not now\"", "“open",
      ])
    var closing = "the rest of a quote,” she said."
    let r2 = closing.withUTF8 { Quotation.ranges(in: $0, start: 0, end: $0.count) }
    #expect(r2.first?.lowerBound == 0)
  }
}
