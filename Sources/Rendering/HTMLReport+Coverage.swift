import Foundation
import Labelling

extension HTMLReport {
  /// Outlet-actor rows the report lists per outlet, and aligned groups it shows.
  static let actorRowsPerOutlet = 10
  static let alignedGroupLimit = 20

  /// Per outlet and actor, the label shares of the units that mention the actor.
  func appendActors(_ page: Page, to out: inout String) {
    guard page.analysis.actors != nil else { return }
    let labels = page.labels
    out += "<section id=\"actors\">\n<h2>Actors</h2>\n"
    out +=
      "<p class=\"note\">Label shares among each outlet’s units that mention an actor (at least "
      + "\(page.analysis.options.actorMinimumUnits) units): "
      + HTMLReport.escape(ActorProfile.note) + ". Actors are found by the project’s gazetteer "
      + "and titles (“Prime Minister …”); <code>--actors MAP.csv</code> renames, merges or adds "
      + "them.</p>\n"
    guard !page.actorProfiles.isEmpty else {
      out += "<p class=\"note\">No outlet mentions an actor that often.</p>\n</section>\n"
      return
    }
    out += "<div class=\"tablewrap\"><table class=\"cmp actors\">\n<thead>\n<tr>"
    out += "<th class=\"o\">Outlet</th><th class=\"o\">Actor</th><th>Units</th><th>Articles</th>"
    for (c, name) in labels.enumerated() {
      out += "<th class=\"h\(c) sep\">" + HTMLReport.escape(name) + "<br>share (95%)</th>"
    }
    out += "<th class=\"sep\">shares</th></tr>\n</thead>\n<tbody>\n"
    var shown: [String: Int] = [:]
    var hidden = 0
    for row in page.actorProfiles {
      shown[row.outlet, default: 0] += 1
      guard shown[row.outlet]! <= HTMLReport.actorRowsPerOutlet else {
        hidden += 1
        continue
      }
      let p = row.profile
      out +=
        "<tr data-outlet=\"" + HTMLReport.escape(row.outlet) + "\" data-actor=\""
        + HTMLReport.escape(row.actor) + "\"><td class=\"o\">" + HTMLReport.escape(row.outlet)
        + "</td><td class=\"o\">" + HTMLReport.escape(row.actor) + " <span class=\"ci\">"
        + row.kind.rawValue + "</span></td><td>\(HTMLReport.grouped(p.units))</td>"
        + "<td>\(HTMLReport.grouped(p.articles))</td>"
      for c in labels.indices {
        let share = p.shares[c]
        out += "<td class=\"sep share\">" + HTMLReport.percent(share.value)
        let range = HTMLReport.percentRange(share)
        if !range.isEmpty { out += "<br><span class=\"ci\">" + range + "</span>" }
        if let adjusted = p.adjustedShares?[c] {
          out += "<br><span class=\"ci\">adjusted " + HTMLReport.percent(adjusted.value) + "</span>"
        }
        out += "</td>"
      }
      out += "<td class=\"sep\">" + miniBar(p, page: page) + "</td></tr>\n"
      if !p.warnings.isEmpty {
        out +=
          "<tr class=\"warn\"><td colspan=\"\(5 + labels.count)\">⚠ "
          + p.warnings.map(HTMLReport.escape).joined(separator: "; ") + "</td></tr>\n"
      }
    }
    out += "</tbody>\n</table></div>\n"
    if hidden > 0 {
      out +=
        "<p class=\"note\">… and \(hidden) more outlet-actor rows (all in "
        + "<code>--format json</code>, under <code>actors</code>).</p>\n"
    }
    out += "</section>\n"
  }

  /// A small stacked bar of a profile's shares.
  func miniBar(_ p: FramingProfile, page: Page) -> String {
    var out =
      "<svg class=\"mini\" width=\"120\" height=\"12\" viewBox=\"0 0 120 12\" role=\"img\">"
    var x = 0.0
    for (c, share) in p.shares.enumerated() where share.value.isFinite {
      let w = 120 * share.value
      out +=
        "<rect x=\"\(HTMLReport.number(x))\" y=\"0\" width=\"\(HTMLReport.number(w))\" "
        + "height=\"12\" fill=\"url(#fr-p\(c))\"><title>" + HTMLReport.escape(page.labels[c])
        + " " + HTMLReport.percent(share.value) + "</title></rect>"
      x += w
    }
    return out + "<rect width=\"120\" height=\"12\" fill=\"none\" stroke=\"#3d444d\"/></svg>"
  }

  /// Units of several outlets that report one fact or quotation, most divergent first.
  func appendAligned(_ page: Page, to out: inout String) {
    out += "<section id=\"aligned\">\n<h2>Same fact, different framing</h2>\n"
    out +=
      "<p class=\"note\">Sentences of different outlets that report the same fact (similar "
      + "wording: cosine of TF-IDF vectors at least "
      + HTMLReport.number(AlignmentFinder.threshold, digits: 2)
      + ") or quote the same words; groups whose units got different labels, or very "
      + "different probabilities, come first. On the project’s gold of labelled pairs, "
      + "about 4 in 5 aligned pairs report the same fact, and about 3 in 4 such pairs are "
      + "found. Reprinted copies are not aligned with each other.</p>\n"
    guard !page.aligned.isEmpty else {
      out += "<p class=\"note\">No fact or quotation is shared by two outlets.</p>\n</section>\n"
      return
    }
    for g in page.aligned.prefix(HTMLReport.alignedGroupLimit) {
      out +=
        "<div class=\"aligned\"><h3>" + (g.kind == .quotation ? "Quotation" : "Fact")
        + " across \(g.outlets) outlets · \(HTMLReport.counted(g.labels, "label")) · "
        + "divergence " + HTMLReport.number(g.divergence, digits: 2) + "</h3>\n<table>\n"
      for m in g.members {
        let a = page.analysis.articles[m.article]
        let r = a.records[m.record]
        let c = r.unit.label
        out +=
          "<tr><td class=\"o\">" + HTMLReport.escape(a.input.outlet)
          + "</td><td class=\"l\(c) lab\">"
          + HTMLReport.escape(page.labels[c]) + " "
          + HTMLReport.probability(r.unit.probabilities[c]) + "</td><td>"
          + page.link(
            article: m.article, unit: r.unit.index,
            HTMLReport.escape(a.input.file.text(from: r.unit.unit.start, to: r.unit.unit.end)))
          + "</td></tr>\n"
      }
      out += "</table></div>\n"
    }
    if page.aligned.count > HTMLReport.alignedGroupLimit {
      out +=
        "<p class=\"note\">… and \(page.aligned.count - HTMLReport.alignedGroupLimit) more groups "
        + "(all in <code>--format json</code>, under <code>aligned</code>).</p>\n"
    }
    out += "</section>\n"
  }
}
