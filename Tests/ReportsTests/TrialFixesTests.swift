import Classifier
import Features
import Foundation
import Testing

@testable import Labelling
@testable import Rendering

/// The fixes from trying the tool on real articles as a new user.
@Suite struct TrialFixesTests {
  @Test func theMiddleSentenceOfAQuotationOfThreeIsQuoted() throws {
    let model = try reportsTestModel()
    let input = try article(
      "q.txt", outlet: "Wire",
      "“We reject this plan. It is a disgrace. Nobody accepts it,” the mayor said. Talks begin on Monday.\n"
    )
    let records = Labeller(model: model).analyze(input).records
    let texts = records.map { input.file.text(from: $0.unit.unit.start, to: $0.unit.unit.end) }
    #expect(texts.count == 4, "\(texts)")
    let middle = try #require(texts.firstIndex(of: "It is a disgrace."))
    // Every part of the quotation is in quotation marks; the sentence after it is not.
    let units = records.map(\.unit.unit)
    let bytes = input.file.bytes
    var inside = false
    let quoted = bytes.withUnsafeBufferPointer { b in
      units.map { !Quotation.ranges(in: b, start: $0.start, end: $0.end, inside: &inside).isEmpty }
    }
    #expect(quoted == [true, true, true, false])
    let ownMarks = bytes.withUnsafeBufferPointer {
      Quotation.ranges(in: $0, start: units[middle].start, end: units[middle].end)
    }
    #expect(ownMarks.isEmpty, "the middle sentence has no mark of its own")
  }

  @Test func aHeadlineRepeatedAtTheTopOfTheBodyIsCountedOnce() throws {
    let model = try reportsTestModel()
    let input = try article(
      "h.txt", outlet: "Wire",
      "Leaders agree on a ceasefire plan\n\nLeaders agree on a ceasefire plan\n\n"
        + "The two leaders met on Friday. Both welcomed the plan.\n")
    let records = Labeller(model: model).analyze(input).records
    #expect(records.map(\.unit.unit.kind) == [.heading, .furniture, .sentence, .sentence])
    // A different second heading stays a heading.
    let other = try article(
      "h2.txt", outlet: "Wire",
      "Leaders agree on a ceasefire plan\n\nWhat the plan says\n\nIt is short.\n")
    #expect(
      Labeller(model: model).analyze(other).records.map(\.unit.unit.kind).prefix(2) == [
        .heading, .heading,
      ])
  }

  @Test func theTableSaysWhatExplainAndMinConfidenceDid() throws {
    let model = try reportsTestModel()
    var options = AnalysisOptions()
    options.explain = 2
    options.minConfidence = 0.99
    var analysis = Analysis(model: model, modelID: "m", options: options)
    analysis.add(
      Labeller(model: model, options: options).analyze(
        try article(
          "a.txt", outlet: "Wire", "Leaders praised the warm talks. The meeting is on Friday.\n")))
    let table = analysis.table()
    #expect(table.contains("note: --explain adds"))
    #expect(
      table.contains("of 2 counted units have a label probability below --min-confidence 0.99"))
  }

  @Test func borderlineEvidenceSaysWhenEverySentenceIsAlreadyShown() throws {
    let model = try reportsTestModel()
    var analysis = Analysis(model: model, modelID: "m", options: AnalysisOptions())
    analysis.add(
      Labeller(model: model).analyze(
        try article(
          "a.txt", outlet: "Wire", "Leaders praised the warm talks. The meeting is on Friday.\n")))
    let html = HTMLReport(analysis: analysis).render()
    #expect(html.contains("No other sentence has this label: every one is listed above."))
  }

  @Test func longOutletNamesFitLeftOfTheBars() {
    typealias L = HTMLReport.ChartLayout
    // About 9 user units per character at the chart's font size.
    #expect(Double(L.nameCharacters) * 9 <= L.nameRight)
    #expect(L.nameRight < L.barX && L.barX + L.barWidth < L.intervalTextX)
  }
}
