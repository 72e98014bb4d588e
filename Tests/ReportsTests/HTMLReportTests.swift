import Classifier
import Features
import Foundation
import Testing

@testable import Labelling
@testable import Rendering
@testable import Runs

@Suite struct HTMLReportTests {
  /// A sentence with every character HTML gives a meaning to.
  static let tricky = "Critics said \"a < b & c\" was the 'deal' of the day."
  static let trickyEscaped =
    "Critics said &quot;a &lt; b &amp; c&quot; was the &#39;deal&#39; of the day."

  func analysis(explain: Int = 3) throws -> Analysis {
    let model = try reportsTestModel()
    var options = AnalysisOptions()
    options.explain = explain
    options.minConfidence = 0.5
    var analysis = Analysis(model: model, modelID: "feedc0de12345678", options: options)
    let inputs = [
      try article(
        "wire/a.txt", outlet: "Wire & Co",
        "Talks in Geneva\n\nLeaders praised the warm talks. \(HTMLReportTests.tricky) "
          + "The meeting is on Friday.\n"
      ),
      try article(
        "courier/b.txt", outlet: "Courier <Daily>",
        "Protesters denounced the sham talks. The minister condemned the attack. "
          + "They praised the handshake."
      ),
      try article(
        "wire/c.txt", outlet: "Wire & Co",
        "Both sides welcomed a deal. “This is a disgrace,” lawmakers said. "
          + "Delegations arrive on Monday."
      ),
    ]
    for input in inputs {
      analysis.add(Labeller(model: model, options: options).analyze(input))
    }
    return analysis
  }

  /// The capture groups of every match of `pattern` in `text`.
  func captures(_ pattern: String, in text: String) throws -> [[String]] {
    let regex = try NSRegularExpression(pattern: pattern)
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
      (1..<m.numberOfRanges).map { ns.substring(with: m.range(at: $0)) }
    }
  }

  @Test func refersToNothingOutsideItself() throws {
    let html = HTMLReport(analysis: try analysis()).render().lowercased()
    for needle in ["http://", "https://", "<script src", "<link", "<img", "@import", "<iframe"] {
      #expect(!html.contains(needle), "found \(needle)")
    }
    // url(…) only for the page's own SVG patterns.
    #expect(try captures(#"url\((.)"#, in: html).allSatisfy { $0[0] == "#" })
    #expect(html.hasPrefix("<!doctype html>"))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func everyUnitIsPrintedEscapedWithItsLabel() throws {
    let a = try analysis()
    let html = HTMLReport(analysis: a).render()
    let texts = a.articles.flatMap { article in
      article.records.map {
        article.input.file.text(from: $0.unit.unit.start, to: $0.unit.unit.end)
      }
    }
    #expect(texts.contains(HTMLReportTests.tricky))
    for text in texts { #expect(html.contains(HTMLReport.escape(text)), "missing: \(text)") }
    #expect(html.contains(HTMLReportTests.trickyEscaped))
    for raw in ["a < b", "\"a <", "'deal'", "Courier <Daily>", "Wire & Co"] {
      #expect(!html.contains(raw), "unescaped: \(raw)")
    }
    // One block per unit, in every article, with its label printed next to it.
    for (i, article) in a.articles.enumerated() {
      for r in article.records {
        let label = a.labels[r.unit.label]
        let pattern =
          #"<div class="u l\#(r.unit.label) k-[a-z]+" id="a\#(i)-u\#(r.unit.index)""#
          + #"[^>]*>.*?<span class="tag">\#(label)</span>"#
        #expect(try captures("(" + pattern + ")", in: html).count == 1, "unit \(i)/\(r.unit.index)")
      }
    }
  }

  @Test func oneBarGroupPerOutletInOrder() throws {
    let a = try analysis()
    let html = HTMLReport(analysis: a).render()
    let groups = try captures(#"<g class="outlet-bar" data-outlet="([^"]*)">"#, in: html).map {
      $0[0]
    }
    #expect(groups == a.outlets.map(HTMLReport.escape))
    #expect(groups == ["Wire &amp; Co", "Courier &lt;Daily&gt;"])
  }

  @Test func printedSharesMatchTheProfiles() throws {
    let a = try analysis()
    let html = HTMLReport(analysis: a).render()
    let profiles = a.outletProfiles()
    #expect(profiles.map(\.interval) == ["bootstrap over articles", "wilson"])
    func close(_ printed: String, _ value: Double) -> Bool {
      abs(Double(printed)! - 100 * value) <= 0.5 + 1e-9
    }
    for p in profiles {
      let outlet = HTMLReport.escape(p.name)
      // The chart's segments carry the share itself, and add up to the whole bar.
      let segments = try captures(
        #"<g class="outlet-bar" data-outlet="\#(NSRegularExpression.escapedPattern(for: outlet))">"#
          + "(.*?)</g>",
        in: html.replacingOccurrences(of: "\n", with: " "))
      #expect(segments.count == 1)
      let shares = try captures(
        #"data-label="([^"]*)" data-share="([0-9.]+)""#, in: segments.first?[0] ?? "")
      #expect(shares.map { $0[0] } == a.labels)
      for (c, s) in shares.enumerated() { #expect(abs(Double(s[1])! - p.shares[c].value) < 1e-4) }
      // The table prints each share and its interval in whole percent.
      for (c, label) in a.labels.enumerated() {
        let cell = try captures(
          #"<td class="share" data-outlet="\#(NSRegularExpression.escapedPattern(for: outlet))" "#
            + #"data-label="\#(label)">(\d+)%<br><span class="ci">(\d+)–(\d+)%</span></td>"#,
          in: html)
        try #require(cell.count == 1, "no share cell for \(p.name), \(label)")
        let e = p.shares[c]
        #expect(close(cell[0][0], e.value) && close(cell[0][1], e.low) && close(cell[0][2], e.high))
      }
    }
  }

  @Test func explanationsAppearOnHoverOrTheTipSaysHowToGetThem() throws {
    let explained = try analysis(explain: 2)
    let html = HTMLReport(analysis: explained).render()
    var terms = 0
    for r in explained.articles.flatMap(\.records) {
      for t in try #require(r.explanation).top(2).terms {
        #expect(html.contains("<span class=\"term\">" + HTMLReport.escape(t.term) + "</span>"))
        terms += 1
      }
    }
    #expect(terms > 5)
    #expect(!html.contains("No explanation recorded"))
    let plain = HTMLReport(analysis: try analysis(explain: 0)).render()
    #expect(!plain.contains("<span class=\"term\">"))
    #expect(plain.contains("No explanation recorded (run classify with --explain K)."))
    #expect(plain.contains("no explanations (add --explain K"))
    #expect(html.contains("2 explanation terms per unit (--explain)"))
  }

  @Test func comparisonAndEvidenceArePrinted() throws {
    let a = try analysis()
    let html = HTMLReport(analysis: a).render()
    let c = try #require(OutletComparison(a.outletProfiles()))
    #expect(
      html.contains(
        String(format: "Pearson’s χ² = %.2f, df = %d", c.statistic, c.degreesOfFreedom))
    )
    for w in c.warnings { #expect(html.contains("Note: " + HTMLReport.escape(w))) }
    for e in a.evidence() {
      for (article, r) in e.mostConfident + e.borderline {
        #expect(html.contains("<a href=\"#a\(article)-u\(r.unit.index)\">"))
        #expect(
          html.contains(
            "bytes&nbsp;\(r.unit.unit.start)–\(r.unit.unit.end) · line&nbsp;\(r.unit.line)"))
      }
    }
  }

  @Test(arguments: [3, 1_000])
  func pastTheLimitTheReportSummarisesAndLinksOnlyShownArticles(outlets: Int) throws {
    // With 3 outlets the evidence points at a few articles; with one outlet per article
    // it points at every one, and the page still shows no more than the limit.
    let model = try reportsTestModel()
    var analysis = Analysis(model: model, modelID: "m", options: AnalysisOptions())
    let labeller = Labeller(model: model)
    let count = HTMLReport.articleLimit + 5
    for i in 0..<count {
      analysis.add(
        labeller.analyze(
          try article(
            "f/\(i).txt", outlet: "Outlet \(i % outlets)",
            "Critics slammed the summit number \(i). Leaders praised the warm talks.\n")))
    }
    let html = HTMLReport(analysis: analysis).render()
    let shown = html.components(separatedBy: "<article id=").count - 1
    #expect(shown == HTMLReport.articleLimit)
    #expect(html.contains("This run has \(count) articles"))
    // Every link to a unit points at an article the page shows.
    let targets = try captures("href=\"#(a[0-9]+)-u[0-9]+\"", in: html).map { $0[0] }
    #expect(!targets.isEmpty)
    for t in Set(targets) { #expect(html.contains("<article id=\"\(t)\""), "\(t)") }
    // Past the outlet limit the per-outlet sections show that many, and say so.
    let bars = html.components(separatedBy: "class=\"outlet-bar\"").count - 1
    #expect(bars == min(outlets, HTMLReport.outletLimit))
    if outlets > HTMLReport.outletLimit {
      #expect(html.contains("The other \(count - HTMLReport.outletLimit) outlets"))
      #expect(html.contains("Framing report: \(count) articles, \(count) outlets"))
    }
    // The figures still count every article.
    #expect(
      html.contains("\(count) articles") || html.contains("\(HTMLReport.grouped(count)) articles"))
  }

  @Test func emptyAnalysisStillRendersAPage() throws {
    let empty = Analysis(model: try reportsTestModel(), modelID: "0", options: AnalysisOptions())
    let html = HTMLReport(analysis: empty).render()
    #expect(html.contains("No articles were classified."))
    #expect(!html.contains("class=\"outlet-bar\""))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func writeStoresTheRenderedPage() throws {
    let report = HTMLReport(analysis: try analysis())
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "framing-\(UUID().uuidString).html"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try report.write(to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == report.render())
  }

  @Test(arguments: [
    ("plain text", "plain text"),
    ("a < b > c", "a &lt; b &gt; c"),
    ("&amp;", "&amp;amp;"),
    ("\"double\" 'single'", "&quot;double&quot; &#39;single&#39;"),
    ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
    ("café — “curly” ✓", "café — “curly” ✓"),
  ])
  func escaping(_ input: String, _ expected: String) {
    #expect(HTMLReport.escape(input) == expected)
  }

  @Test func controlCharactersHTMLForbidsAreReplaced() {
    #expect(
      HTMLReport.escape("nul\u{0}bell\u{7}c1\u{85}del\u{7F}")
        == "nul\u{FFFD}bell\u{FFFD}c1\u{FFFD}del\u{FFFD}")
  }

  @Test func defaultLabelsKeepTheirColoursAndOthersTakeFreeOnes() {
    let named = HTMLReport.LabelStyle.styles(for: ["neutral", "Critical", "conciliatory"])
    #expect(named.map(\.colour) == ["#999999", "#D55E00", "#009E73"])
    #expect(Set(named.map(\.border)).count == 3)
    #expect(Set(named.map(\.pattern)).count == 3)
    let mixed = HTMLReport.LabelStyle.styles(for: ["hostile", "critical", "warm"])
    #expect(mixed.map(\.colour) == ["#999999", "#D55E00", "#009E73"])
    let many = HTMLReport.LabelStyle.styles(for: (0..<10).map { "label \($0)" })
    #expect(Set(many.prefix(8).map(\.colour)).count == 8)
  }
}
