import Classifier
import Features
import Foundation
import Labelling
import Rendering

/// The coverage views of a large run (issue 15): 10,000 articles by 40 outlets over four
/// months, built from the synthetic articles' sentences so that articles of one event
/// share facts (every event's ten articles draw half their sentences from one pool of 40)
/// and every 25th article reprints most of the one before it. The articles are labelled
/// once, with actors, outside the timings; each stage then times one view.
public final class CoverageData: @unchecked Sendable {
  public let analysis: Analysis
  public let units: Int

  public init(_ data: PipelineData, articles count: Int = 10_000) {
    var sentences: [[UInt8]] = []
    data.article.bytes.withUnsafeBufferPointer { b in
      for u in data.units where u.kind == .sentence { sentences.append(Array(b[u.start..<u.end])) }
    }
    let labeller: Labeller = {
      var l = Labeller(model: data.model)
      l.actorFinder = ActorFinder(gazetteer: .standard)
      return l
    }()
    // A fixed xorshift stream, so that every run builds the same articles.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    var previous: [[UInt8]] = []
    var inputs: [ArticleInput] = []
    for k in 0..<count {
      let event = k / 10
      var body: [[UInt8]] = []
      if k % 25 == 24 {
        body = Array(previous.prefix(20))
      } else {
        for _ in 0..<12 {
          body.append(sentences[(event * 40 + Int(next() % 40)) % sentences.count])
        }
      }
      while body.count < 24 { body.append(sentences[Int(next() % UInt64(sentences.count))]) }
      previous = body
      var text = Array("Headline of article \(k)\n\n".utf8)
      for (i, s) in body.enumerated() {
        text += s
        text += i % 3 == 2 ? [0x0A, 0x0A] : [0x20]
      }
      let day = 1 + k % 120
      let date =
        "2025-\(day <= 31 ? "01" : day <= 59 ? "02" : day <= 90 ? "03" : "04")-"
        + String(format: "%02d", [0, 31, 59, 90].last { $0 < day }.map { day - $0 } ?? day)
      inputs.append(
        ArticleInput(
          id: "bench/\(k).txt", outlet: "Outlet \(k % 40)", date: date,
          file: try! TextFile(path: "bench/\(k).txt", bytes: text)))
    }
    var analysis = Analysis(model: data.model, modelID: "bench", options: AnalysisOptions())
    analysis.actors = .standard
    var units = 0
    for input in inputs {
      let a = labeller.analyze(input)
      units += a.records.count
      analysis.add(a)
    }
    self.analysis = analysis
    self.units = units
  }
}

/// The stages of ``CoverageData``.
public func coverageStages(_ data: PipelineData) -> [Stage] {
  let coverage = CoverageData(data)
  let a = coverage.analysis
  let n = a.articles.count
  let finder = ActorFinder(gazetteer: .standard)
  return [
    Stage(name: "coverage-actors-10k", items: coverage.units, unit: "units") {
      a.articles.reduce(0) { total, article in
        article.input.file.bytes.withUnsafeBufferPointer { b in
          total
            + finder.actors(of: article.records.map(\.unit.unit), in: b, date: article.input.date)
            .count
        }
      }
    },
    Stage(name: "coverage-reprints-10k", items: n, unit: "articles") { a.reprints().count },
    Stage(name: "coverage-aligned-10k", items: n, unit: "articles") {
      a.alignedGroups(excluding: a.reprints()).count
    },
    Stage(name: "coverage-actor-profiles-10k", items: n, unit: "articles") {
      a.actorProfiles().count
    },
    Stage(name: "coverage-periods-10k", items: n, unit: "articles") {
      a.periodProfiles()?.rows.count ?? 0
    },
    Stage(name: "coverage-json-10k", items: n, unit: "articles") {
      try a.jsonDocument(modelPath: "bench").utf8.count
    },
    Stage(name: "coverage-report-10k", items: n, unit: "articles") {
      HTMLReport(analysis: a).render().utf8.count
    },
  ]
}
