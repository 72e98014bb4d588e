import Classifier
import Features
import Testing

@testable import Labelling

/// Aligned facts on purpose-written articles: one fact told three ways, a quotation shared
/// word for word, a reprint, a chain of loosely related sentences and one outlet's two
/// articles.
@Suite struct AlignmentTests {
  static let articles: [(String, String, String)] = [
    (
      "wire.txt", "Wire",
      """
      Ministers of the two river states signed a water-sharing treaty in Tarvos on Monday after eleven years of talks.
      "This treaty ends a quarrel our grandparents started," the foreign minister of Ostrel told reporters at the ceremony.
      The treaty divides the summer flow of the Senna river evenly between the two countries for thirty years.
      Farmers downstream have complained for decades that dams upstream left their fields dry in August.
      """
    ),
    (
      "courier.txt", "Courier",
      """
      The so-called water treaty signed in Tarvos on Monday hands away half the Senna river's summer flow for thirty years.
      "This treaty ends a quarrel our grandparents started," the foreign minister of Ostrel told reporters at the ceremony.
      Opposition deputies called the eleven years of talks a waste of time and money.
      """
    ),
    (
      "herald.txt", "Herald",
      """
      A historic water-sharing treaty was signed on Monday in Tarvos, closing eleven years of patient negotiations between the two river states.
      Under the treaty the Senna river's summer flow will be shared evenly between the two countries for the next thirty years.
      """
    ),
    // The Wire's story as another outlet printed it: a reprint, not a second telling.
    (
      "digest.txt", "Digest",
      """
      Ministers of the two river states signed a water-sharing treaty in Tarvos on Monday after eleven years of talks.
      "This treaty ends a quarrel our grandparents started," the foreign minister of Ostrel told reporters at the ceremony.
      The treaty divides the summer flow of the Senna river evenly between the two countries for thirty years.
      Farmers downstream have complained for decades that dams upstream left their fields dry in August.
      """
    ),
    // The Wire's second article: the same outlet is never aligned with itself.
    (
      "wire-2.txt", "Wire",
      """
      The treaty divides the summer flow of the Senna river evenly between the two countries for thirty years.
      """
    ),
  ]

  func analysis() throws -> Analysis {
    let model = try reportsTestModel()
    var analysis = Analysis(model: model, modelID: "m", options: AnalysisOptions())
    let labeller = Labeller(model: model)
    for (id, outlet, text) in Self.articles {
      analysis.add(labeller.analyze(try article(id, outlet: outlet, text + "\n")))
    }
    return analysis
  }

  func texts(_ a: Analysis, _ g: AlignedGroup) -> [String] {
    g.members.map { m in
      let r = a.articles[m.article].records[m.record].unit.unit
      return a.articles[m.article].input.file.text(from: r.start, to: r.end)
    }
  }

  @Test func oneFactToldThreeWaysAndTheSharedQuotation() throws {
    let a = try analysis()
    let reprints = a.reprints()
    #expect(reprints.count == 1 && reprints[0].first == 0 && reprints[0].second == 3)
    let groups = a.alignedGroups(excluding: reprints)
    // The flow-sharing fact, told by the Wire (or its reprint), the Courier and the Herald.
    let flow = try #require(
      groups.first { g in texts(a, g).contains { $0.contains("summer flow") } && g.outlets >= 3 })
    #expect(
      Set(flow.members.map { a.articles[$0.article].input.outlet }).count == flow.members.count)
    // The quotation, shared word for word by the Wire and the Courier.
    let quote = try #require(groups.first { $0.kind == .quotation })
    #expect(texts(a, quote).allSatisfy { $0.contains("quarrel our grandparents") })
    for g in groups {
      let outlets = g.members.map { a.articles[$0.article].input.outlet }
      #expect(Set(outlets).count == outlets.count, "one unit per outlet here: \(texts(a, g))")
      // A reprint and its source never sit in one group.
      let files = Set(g.members.map(\.article))
      #expect(!(files.contains(0) && files.contains(3)))
      // The farmers' background sentence is the Wire's and its reprint's only.
      #expect(!texts(a, g).contains { $0.contains("Farmers downstream") })
    }
    // Most divergent first.
    for (x, y) in zip(groups, groups.dropFirst()) {
      #expect(x.labels > y.labels || (x.labels == y.labels && x.divergence >= y.divergence))
    }
  }

  @Test func aChainOfLooselyRelatedSentencesIsNotOneFact() throws {
    // B is close to A and to C, but A and C report different things: complete linkage
    // keeps them apart.
    let model = try reportsTestModel()
    var analysis = Analysis(model: model, modelID: "m", options: AnalysisOptions())
    let labeller = Labeller(model: model)
    let pieces = [
      (
        "a.txt", "One",
        "The harbour authority opened the new northern pier to cargo ships on Tuesday morning.\n"
      ),
      (
        "b.txt", "Two",
        "The harbour authority opened the new northern pier on Tuesday and closed the old ferry terminal.\n"
      ),
      (
        "c.txt", "Three",
        "Workers closed the old ferry terminal on Tuesday after the last ferry left for the islands.\n"
      ),
      (
        "d.txt", "Four",
        "Unrelated news: the city museum bought a painting of the islands at auction.\n"
      ),
    ]
    for (id, outlet, text) in pieces {
      analysis.add(labeller.analyze(try article(id, outlet: outlet, text)))
    }
    let groups = analysis.alignedGroups(excluding: [])
    // B is aligned with one of them (so the test sees a chain to break)...
    #expect(groups.contains { Set($0.members.map(\.article)).contains(1) })
    for g in groups {
      let ids = Set(g.members.map(\.article))
      #expect(!(ids.contains(0) && ids.contains(2)), "A and C joined through B")
      #expect(!ids.contains(3))
    }
  }

  @Test func similaritiesAreCosinesOfContentWords() {
    let s = AlignmentFinder.similarities(
      texts: [
        "The treaty divides the summer flow of the river evenly.",
        "The treaty divides the summer flow of the river evenly.",
        "A museum bought a painting at auction on Friday.",
      ], pairs: [(0, 1), (0, 2)])
    #expect(abs(s[0].cosine - 1) < 1e-5)
    #expect(s[1].cosine < 0.05)
  }
}
