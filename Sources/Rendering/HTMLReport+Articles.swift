import Features
import Labelling

extension HTMLReport {
  /// Explanation terms shown per unit when the run asked for none (`--explain 0`) but the
  /// records carry explanations anyway.
  static let defaultExplanationTerms = 5

  /// Every article, grouped by outlet, with its profile and its units marked by label.
  func appendArticles(_ page: Page, to out: inout String) {
    out += "<section id=\"articles\">\n<h2>Articles</h2>\n"
    guard !page.analysis.articles.isEmpty else {
      out += "<p class=\"note\">No articles were classified.</p>\n</section>\n"
      return
    }
    out +=
      "<p class=\"note\">Each unit is tinted and bordered by its label (the border style differs "
      + "per label, see the legend); its label and probability are on the right. "
      + "Hover over or focus a "
      + "unit for all probabilities and the words that drove its label. Headings are bold; page "
      + "furniture is shown muted and italic.</p>\n"
    let hidden = page.analysis.articles.count - page.shown.count
    if hidden > 0 {
      out +=
        "<p class=\"note\">This run has \(HTMLReport.grouped(page.analysis.articles.count)) "
        + "articles: shown here are the \(HTMLReport.grouped(page.shown.count)) that the evidence "
        + "and the aligned facts point to, then the first others. The other "
        + "\(HTMLReport.grouped(hidden)) are in every figure above; their units are in "
        + "<code>--format jsonl</code> or <code>csv</code> rows and their profiles in "
        + "<code>--format json</code>.</p>\n"
    }
    var perOutlet: [String: Int] = [:]
    for a in page.analysis.articles { perOutlet[a.input.outlet, default: 0] += 1 }
    for (outlet, indices) in page.articlesByOutlet {
      for i in indices {
        appendArticle(i, outletArticles: perOutlet[outlet] ?? 0, page: page, to: &out)
      }
    }
    out += "</section>\n"
  }

  private func appendArticle(_ i: Int, outletArticles: Int, page: Page, to out: inout String) {
    let article = page.analysis.articles[i]
    let input = article.input
    let profile = page.articleProfiles[i]
    let kinds = Dictionary(grouping: article.records, by: { $0.unit.unit.kind }).mapValues(\.count)
    out +=
      "<article id=\"a\(i)\">\n<header>\n<h3>"
      + HTMLReport.escape(input.title ?? HTMLReport.fileName(input.id)) + "</h3>\n"
    var meta = [
      "<b>" + HTMLReport.escape(input.outlet) + "</b>",
      "<span>" + HTMLReport.escape(input.id) + "</span>",
    ]
    if let date = input.date { meta.append(HTMLReport.escape(date)) }
    meta.append(
      HTMLReport.counted(article.records.count, "unit") + " ("
        + HTMLReport.counted(kinds[.sentence] ?? 0, "sentence") + ", "
        + HTMLReport.counted(kinds[.heading] ?? 0, "heading") + ", "
        + HTMLReport.counted(kinds[.furniture] ?? 0, "furniture line") + ")")
    meta.append("unknown words " + HTMLReport.percent(article.unknownShare))
    out += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>\n"
    appendProfileLine(profile, page: page, to: &out)
    // An outlet with one article already carries its warnings in the comparison table.
    if outletArticles > 1 && !profile.warnings.isEmpty {
      out +=
        "<ul class=\"warnings\">"
        + profile.warnings.map { "<li>" + HTMLReport.escape($0) + "</li>" }.joined() + "</ul>\n"
    }
    out += "</header>\n"
    var previousEnd: Int? = nil
    var open = false
    for r in article.records {
      let u = r.unit.unit
      let newParagraph =
        previousEnd.map { end in
          input.file.bytes[end..<u.start].contains { $0 == 0x0A || $0 == 0x0D }
        }
        ?? true
      if newParagraph {
        if open { out += "</div>\n" }
        out += "<div class=\"para\">\n"
        open = true
      }
      appendUnit(r, article: i, page: page, to: &out)
      previousEnd = u.end
    }
    if open { out += "</div>\n" }
    out += "</article>\n"
  }

  /// A small stacked bar and the shares with intervals of one article.
  private func appendProfileLine(_ p: FramingProfile, page: Page, to out: inout String) {
    out += "<div class=\"profile\">"
    if p.units > 0 {
      let width = 200.0
      out +=
        "<svg width=\"\(Int(width) + 2)\" height=\"14\" viewBox=\"0 0 \(Int(width) + 2) 14\" "
        + "aria-hidden=\"true\">"
      var x = 1.0
      for (c, share) in p.shares.enumerated() where share.value.isFinite && share.value > 0 {
        let w = share.value * width
        out +=
          "<rect x=\"\(HTMLReport.number(x, digits: 2))\" y=\"1\" "
          + "width=\"\(HTMLReport.number(w, digits: 2))\" height=\"12\" fill=\"url(#fr-p\(c))\"/>"
        x += w
      }
      out +=
        "<rect x=\"1\" y=\"1\" width=\"\(Int(width))\" height=\"12\" fill=\"none\" "
        + "stroke=\"#3d444d\"/>"
      out += "</svg>"
    }
    for (c, share) in p.shares.enumerated() {
      out +=
        "<span class=\"share\"><b>" + HTMLReport.escape(page.labels[c]) + "</b> "
        + HTMLReport.percent(share.value)
      let range = HTMLReport.percentRange(share)
      if !range.isEmpty && share.value.isFinite {
        out += " <span class=\"muted\">(" + range + ")</span>"
      }
      out += "</span>"
    }
    out += "<span class=\"muted\">" + HTMLReport.counted(p.units, "counted unit") + "</span>"
    out += "</div>\n"
  }

  /// One unit: its text, its label and probability, flags, and the tooltip.
  private func appendUnit(_ r: SentenceRecord, article: Int, page: Page, to out: inout String) {
    let u = r.unit
    let kind = u.unit.kind
    let text = page.analysis.articles[article].input.file.text(from: u.unit.start, to: u.unit.end)
    out +=
      "<div class=\"u l\(u.label) k-\(kind.rawValue)\" id=\""
      + page.anchor(article: article, unit: u.index)
      + "\" tabindex=\"0\">"
    out += "<span class=\"t\">" + HTMLReport.escape(text) + "</span>"
    out += "<span class=\"m\">"
    if kind != .sentence { out += "<span class=\"flag\">\(kind.rawValue)</span> " }
    if r.quoted { out += "<span class=\"flag\">quoted</span> " }
    if r.uncertain { out += "<span class=\"flag unc\">uncertain</span> " }
    out +=
      "<span class=\"tag\">" + HTMLReport.escape(page.labels[u.label]) + "</span> "
      + HTMLReport.probability(u.probabilities[u.label]) + "</span>"
    appendTip(r, page: page, to: &out)
    out += "</div>\n"
  }

  /// The hover box: every label's probability, the margin, and the explanation.
  private func appendTip(_ r: SentenceRecord, page: Page, to out: inout String) {
    let u = r.unit
    out += "<div class=\"tip\" role=\"tooltip\"><table>"
    for (c, name) in page.labels.enumerated() {
      let p = u.probabilities[c]
      out +=
        "<tr><td>"
        + (c == u.label ? "<b>" + HTMLReport.escape(name) + "</b>" : HTMLReport.escape(name))
        + "</td><td>" + HTMLReport.probability(p)
        + "</td><td class=\"bar\"><span class=\"fill f\(c)\" "
        + "style=\"width:\(HTMLReport.number(max(0, min(1, p)) * 100))%\"></span></td></tr>"
    }
    out += "</table>"
    if u.unit.kind == .furniture && !page.analysis.options.includeFurniture {
      out += "<div class=\"muted\">Page furniture: not counted in the profiles.</div>"
    }
    guard let e = r.explanation else {
      out += "<div>Margin over the runner-up: " + HTMLReport.probability(r.margin) + "</div>"
      out +=
        "<div class=\"muted\">No explanation recorded (run classify with --explain K).</div></div>"
      return
    }
    let label = HTMLReport.escape(page.labels[e.label])
    let versus = HTMLReport.escape(page.labels[e.versus])
    out += "<div>Margin over " + versus + ": " + HTMLReport.probability(r.margin) + "</div>"
    let k =
      page.analysis.options.explain > 0
      ? page.analysis.options.explain : HTMLReport.defaultExplanationTerms
    let (terms, rest) = e.top(k)
    out +=
      "<div><b>Why " + label + " rather than " + versus + "</b> (log-odds "
      + HTMLReport.signed(e.logitDifference) + "):</div>"
    if terms.isEmpty {
      out += "<div class=\"muted\">No n-gram of this unit is in the model’s vocabulary.</div>"
    } else {
      out +=
        "<ul>"
        + terms.map { t in
          "<li><span class=\"term\">" + HTMLReport.escape(t.term) + "</span> "
            + HTMLReport.signed(t.contribution)
            + "</li>"
        }.joined() + "</ul>"
    }
    out +=
      "<div class=\"muted\">other n-grams " + HTMLReport.signed(rest) + " · intercept "
      + HTMLReport.signed(e.intercept) + "</div></div>"
  }

  /// A number with its sign and two decimals (`+0.84`, `−0.05`).
  static func signed(_ x: Double) -> String {
    guard x.isFinite else { return "–" }
    let s = String(format: "%.2f", abs(x))
    return (x < 0 && s != "0.00" ? "−" : "+") + s
  }
}
