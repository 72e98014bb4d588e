import Labelling

extension HTMLReport {
  /// Per outlet and label, the most confident and the borderline sentences, each linked to
  /// its place in the article.
  func appendEvidence(_ page: Page, to out: inout String) {
    let count = page.analysis.options.evidenceCount
    out += "<section id=\"evidence\">\n<h2>Evidence</h2>\n"
    guard count > 0, !page.evidence.isEmpty else {
      out +=
        "<p class=\"note\">No evidence sentences"
        + (count == 0 ? " (--evidence 0)." : ": no articles were classified.")
        + "</p>\n</section>\n"
      return
    }
    out +=
      "<p class=\"note\">For each outlet and label, the \(count) sentences the model is most sure "
      + "of, and the \(count) it hesitated over most (smallest margin over the runner-up label). "
      + "Headings and page furniture are left out. Each links to its place in the article.</p>\n"
    let byOutlet = Dictionary(grouping: page.evidence, by: \.outlet)
    for outlet in page.analysis.outlets {
      guard let items = byOutlet[outlet] else { continue }
      out += "<h3>" + HTMLReport.escape(outlet) + "</h3>\n<div class=\"evgrid\">\n"
      for e in items {
        out +=
          "<div>\n<h4>" + HTMLReport.swatch(e.label, page.styles[e.label])
          + HTMLReport.escape(page.labels[e.label]) + "</h4>\n"
        out += "<h5>Most confident</h5>\n"
        appendEvidenceList(e.mostConfident, page: page, to: &out)
        out += "<h5>Borderline</h5>\n"
        if e.borderline.isEmpty && !e.mostConfident.isEmpty {
          out +=
            "<p class=\"none\">No other sentence has this label: every one is listed above.</p>\n"
        } else {
          appendEvidenceList(e.borderline, page: page, to: &out)
        }
        out += "</div>\n"
      }
      out += "</div>\n"
    }
    out += "</section>\n"
  }

  private func appendEvidenceList(
    _ items: [(article: Int, record: SentenceRecord)], page: Page, to out: inout String
  ) {
    guard !items.isEmpty else {
      out += "<p class=\"none\">No sentence has this label.</p>\n"
      return
    }
    out += "<ul class=\"ev\">\n"
    for (article, r) in items {
      let input = page.analysis.articles[article].input
      let u = r.unit
      let text = input.file.text(from: u.unit.start, to: u.unit.end)
      out +=
        "<li class=\"l\(u.label)\">"
        + page.link(article: article, unit: u.index, HTMLReport.escape(text))
      out +=
        "<span class=\"src\"><span title=\"" + HTMLReport.escape(input.id) + "\">"
        + HTMLReport.escape(HTMLReport.fileName(input.id)) + "</span>"
        + " · bytes&nbsp;\(u.unit.start)–\(u.unit.end) · line&nbsp;\(u.line) · p&nbsp;"
        + HTMLReport.probability(u.probabilities[u.label]) + " · margin&nbsp;"
        + HTMLReport.probability(r.margin)
        + (r.quoted ? " · quoted" : "") + (r.uncertain ? " · uncertain" : "") + "</span></li>\n"
    }
    out += "</ul>\n"
  }
}
