import Foundation
import Labelling

extension HTMLReport {
  /// The table of outlet profiles and the chi-square test of whether outlets differ.
  func appendComparison(_ page: Page, to out: inout String) {
    let labels = page.labels
    out += "<section id=\"comparison\">\n<h2>Comparison across outlets</h2>\n"
    guard !page.outletProfiles.isEmpty else {
      out += "<p class=\"note\">No outlets to compare.</p>\n</section>\n"
      return
    }
    let columns = 3 + 4 * labels.count + 2
    out += "<div class=\"tablewrap\"><table class=\"cmp\">\n<thead>\n<tr>"
    out +=
      "<th class=\"o\" rowspan=\"2\">Outlet</th><th rowspan=\"2\">Articles</th>"
      + "<th rowspan=\"2\">Units</th>"
    for (c, name) in labels.enumerated() {
      out +=
        "<th class=\"h\(c) sep\" colspan=\"4\" scope=\"colgroup\">" + HTMLReport.escape(name)
        + "</th>"
    }
    out +=
      "<th class=\"sep\" rowspan=\"2\">Unknown<br>words</th>"
      + "<th class=\"iv\" rowspan=\"2\">Interval</th></tr>\n<tr>"
    for _ in labels {
      out +=
        "<th class=\"sep\">units</th><th>share<br>(95%)</th><th>mean p<br>(95%)</th>"
        + "<th>quoted<br>/ own</th>"
    }
    out += "</tr>\n</thead>\n<tbody>\n"
    for p in page.outletProfiles {
      let outlet = HTMLReport.escape(p.name)
      out += "<tr data-outlet=\"\(outlet)\"><td class=\"o\">\(outlet)</td>"
      out += "<td>\(HTMLReport.grouped(p.articles))</td><td>\(HTMLReport.grouped(p.units))</td>"
      for c in labels.indices {
        let share = p.shares[c]
        let mean = p.meanProbabilities[c]
        out += "<td class=\"sep\">\(HTMLReport.grouped(p.counts[c]))</td>"
        out +=
          "<td class=\"share\" data-outlet=\"\(outlet)\" "
          + "data-label=\"\(HTMLReport.escape(labels[c]))\">"
          + HTMLReport.percent(share.value)
        let range = HTMLReport.percentRange(share)
        if !range.isEmpty && share.value.isFinite {
          out += "<br><span class=\"ci\">" + range + "</span>"
        }
        out += "</td><td>" + HTMLReport.probability(mean.value)
        let meanRange = HTMLReport.probabilityRange(mean)
        if !meanRange.isEmpty && mean.value.isFinite {
          out += "<br><span class=\"ci\">" + meanRange + "</span>"
        }
        out += "</td><td>\(p.quotedCounts[c]) / \(p.ownVoiceCounts[c])</td>"
      }
      out += "<td class=\"sep\">" + HTMLReport.percent(p.unknownShare) + "</td>"
      out += "<td class=\"iv\">" + HTMLReport.escape(p.interval) + "</td></tr>\n"
      if !p.warnings.isEmpty {
        out +=
          "<tr class=\"warn\"><td colspan=\"\(columns)\">⚠ " + outlet + ": "
          + p.warnings.map(HTMLReport.escape).joined(separator: "; ") + "</td></tr>\n"
      }
    }
    out += "</tbody>\n</table></div>\n"
    if page.hiddenOutlets > 0 {
      out +=
        "<p class=\"note\">Shown: the \(page.outletProfiles.count) outlets with the most units, "
        + "here and in the bars, the evidence and the actors. The other "
        + "\(HTMLReport.grouped(page.hiddenOutlets)) outlets are in the test below and in every "
        + "figure of <code>--format json</code>.</p>\n"
    }
    appendTest(page, to: &out)
    if !page.reprints.isEmpty {
      out += "<h3>Reprints</h3>\n<p class=\"note\">Articles that share sentences nearly word for "
      out += "word (wire copy, reprints, two versions of one story). The test above counts each "
      out += "shared sentence once, in the first article.</p>\n<ul>\n"
      for r in page.reprints.prefix(Analysis.reprintLimit) {
        let a = page.analysis.articles[r.first].input
        let b = page.analysis.articles[r.second].input
        out +=
          "<li>" + HTMLReport.escape(a.id) + " (" + HTMLReport.escape(a.outlet) + ") and "
          + HTMLReport.escape(b.id) + " (" + HTMLReport.escape(b.outlet) + "): "
          + "\(r.shared.count) shared sentences</li>\n"
      }
      if page.reprints.count > Analysis.reprintLimit {
        out +=
          "<li>… and \(page.reprints.count - Analysis.reprintLimit) more pairs (all in"
          + " <code>--format json</code>)</li>\n"
      }
      out += "</ul>\n"
    }
    out += "</section>\n"
  }

  /// Pearson's chi-square test on the outlets' label counts, with its caveats.
  private func appendTest(_ page: Page, to out: inout String) {
    out += "<div class=\"test\">\n"
    guard let c = page.comparison else {
      out +=
        "<p><b>Do the outlets differ?</b> No test: it needs at least two outlets with counted "
        + "units and two labels in use.</p>\n</div>\n"
      return
    }
    let p =
      c.pValue.isFinite
      ? (c.pValue < 0.001 ? "p < 0.001" : String(format: "p = %.3g", c.pValue)) : "p = –"
    out +=
      "<p><b>Do the outlets differ?</b> Pearson’s χ² = " + String(format: "%.2f", c.statistic)
      + ", df = \(c.degreesOfFreedom), " + HTMLReport.escape(p) + ", Cramér’s V = "
      + String(format: "%.2f", c.cramersV) + ".</p>\n"
    let verdict =
      c.pValue < 0.05
      ? "At the 5% level the label distributions differ by more than chance would explain"
        + " — read the notes before relying on it."
      : "At the 5% level the counts give no evidence that the label distributions differ."
    out +=
      "<p>" + HTMLReport.escape(verdict) + " Cramér’s V measures how strongly labels depend on "
      + "the outlet (0: not at all, 1: completely).</p>\n"
    if !c.warnings.isEmpty {
      out +=
        "<ul>" + c.warnings.map { "<li>Note: " + HTMLReport.escape($0) + "</li>" }.joined()
        + "</ul>\n"
    }
    out += "</div>\n"
  }
}
