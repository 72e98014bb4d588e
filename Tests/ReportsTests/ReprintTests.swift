import Classifier
import Features
import Testing

@testable import Labelling

/// Reprints on purpose-written articles: a wire story, an outlet's copy of it with its own
/// top, and an article that only quotes the same statement.
@Suite struct ReprintTests {
  static let wire = """
    Harbor leaders sign a fishing accord

    The two coastal states signed a fishing accord on Tuesday after three years of talks in the port city.
    The accord sets shared quotas for cod and herring and opens a joint patrol of the northern banks.
    Fishing crews on both sides had complained for years that the old limits were ignored at sea.
    “This is a good day for every harbor on the coast,” the fisheries minister told reporters.
    Officials said the patrol would begin in the spring and report its catches every month.
    The talks had stalled twice over the size of the herring quota before a compromise in May.
    """
  static let copy = """
    Local crews cautious as accord is signed

    Crews in our harbor greeted the news with a shrug and a long list of questions for the ministry.
    The two coastal states signed a fishing accord on Tuesday after three years of talks in the port city.
    The accord sets shared quotas for cod and herring and opens a joint patrol of the northern banks.
    Fishing crews on both sides had complained for years that the old limits were ignored at sea.
    Officials said the patrol would begin in spring and report its catches every month.
    """
  static let quoting = """
    Minister hails accord

    “This is a good day for every harbor on the coast,” the fisheries minister told reporters.
    Critics in the opposition said the quotas were far too generous to the larger fleet of the south.
    The opposition leader promised to review every clause of the accord if her party wins in the autumn.
    """

  func analysis() throws -> Analysis {
    let model = try reportsTestModel()
    var analysis = Analysis(model: model, modelID: "m", options: AnalysisOptions())
    let labeller = Labeller(model: model)
    for (id, outlet, text) in [
      ("wire.txt", "Wire", Self.wire), ("copy.txt", "Harbor Gazette", Self.copy),
      ("quote.txt", "Capital Daily", Self.quoting),
    ] {
      analysis.add(labeller.analyze(try article(id, outlet: outlet, text)))
    }
    return analysis
  }

  @Test func theCopyIsFoundWithItsSharedSentencesAndTheQuoteIsNot() throws {
    let a = try analysis()
    let reprints = a.reprints()
    #expect(reprints.count == 1)
    let r = try #require(reprints.first)
    #expect(r.first == 0 && r.second == 1)
    #expect(r.shared.count == 4, "\(r.shared)")
    // The near copy (a word dropped) matches too, less than perfectly.
    #expect(r.shared.contains { $0.similarity < 1 && $0.similarity >= 0.5 })
  }

  @Test func theComparisonCountsSharedSentencesOnce() throws {
    let a = try analysis()
    let reprints = a.reprints()
    let all = try #require(a.comparison(excluding: []))
    let once = try #require(a.comparison(excluding: reprints))
    #expect(all.statistic != once.statistic)
    let table = a.table()
    #expect(table.contains("Reprints") && table.contains("copy.txt (Harbor Gazette)"))
  }
}
