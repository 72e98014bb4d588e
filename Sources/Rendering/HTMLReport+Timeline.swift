import Foundation
import Labelling

extension HTMLReport {
  /// Outlets the time chart draws (those with the most dated units); the rest are named.
  static let timelineOutlets = 8

  /// Dash patterns and marker shapes that tell the outlets' lines apart without colour.
  static let outletDashes = ["", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2", "1 2", "10 2 2 2"]

  /// Label shares per outlet per period: one small chart per label, a line per outlet,
  /// with the 95% interval at each point; periods with too few units are drawn hollow.
  func appendTimeline(_ page: Page, to out: inout String) {
    guard let periods = page.periods else { return }
    out += "<section id=\"time\">\n<h2>Over time</h2>\n"
    let starts = Array(Set(periods.rows.map(\.start))).sorted()
    out +=
      "<p class=\"note\">Label shares per outlet by " + periods.period.rawValue
      + " of publication (from the articles’ dates"
      + (periods.undated > 0
        ? "; \(HTMLReport.counted(periods.undated, "article")) without a date left out" : "")
      + "). Whiskers are 95% intervals; a hollow point has fewer than "
      + "\(ProfileBuilder.smallSample) units, too few to compare. The rows are in "
      + "<code>--format json</code> under <code>periods</code>.</p>\n"
    guard starts.count >= 2 else {
      out += "<p class=\"note\">All dated articles fall in one \(periods.period.rawValue).</p>\n"
      out += "</section>\n"
      return
    }
    var units: [String: Int] = [:]
    for row in periods.rows { units[row.outlet, default: 0] += row.profile.units }
    let outlets = units.keys.sorted { (units[$1]!, $0) < (units[$0]!, $1) }
    let drawn = Array(outlets.prefix(HTMLReport.timelineOutlets))
    let width = 1100.0
    let left = 60.0
    let right = 240.0
    let top = 16.0
    let plot = 150.0
    let height = top + plot + 40
    let n = { (v: Double) in HTMLReport.number(v) }
    func x(_ start: String) -> Double {
      // Half a step of room on each side, so that no point sits on the frame.
      let i = Double(starts.firstIndex(of: start)!) + 0.5
      return left + (width - left - right) * i / Double(starts.count)
    }
    func y(_ share: Double) -> Double { top + plot * (1 - share) }
    for (c, label) in page.labels.enumerated() {
      let style = page.styles[c]
      out += "<figure>\n<svg class=\"chart timeline\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
      out += "role=\"img\" aria-label=\"" + HTMLReport.escape(label) + " share over time\">\n"
      out += "<text class=\"name\" x=\"\(n(left))\" y=\"\(n(top - 4))\">"
      out += HTMLReport.escape(label) + " share</text>\n"
      for q in 0...4 {
        let yy = y(Double(q) / 4)
        out +=
          "<line x1=\"\(n(left))\" y1=\"\(n(yy))\" x2=\"\(n(width - right))\" y2=\"\(n(yy))\" "
          + "stroke=\"#d0d7de\"" + (q == 0 || q == 4 ? "" : " stroke-dasharray=\"3 3\"") + "/>"
          + "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(yy + 4))\" text-anchor=\"end\">"
          + "\(q * 25)%</text>\n"
      }
      // Period ticks: at most about twelve labels.
      let step = max(1, (starts.count + 11) / 12)
      for (i, s) in starts.enumerated() where i % step == 0 || i == starts.count - 1 {
        out +=
          "<text class=\"tick\" x=\"\(n(x(s)))\" y=\"\(n(top + plot + 16))\" "
          + "text-anchor=\"middle\">" + HTMLReport.escape(s) + "</text>\n"
      }
      for (o, outlet) in drawn.enumerated() {
        let rows = periods.rows.filter {
          $0.outlet == outlet && $0.profile.shares[c].value.isFinite
        }
        let dash = HTMLReport.outletDashes[o % HTMLReport.outletDashes.count]
        out += "<g class=\"series\" data-outlet=\"" + HTMLReport.escape(outlet) + "\">"
        if rows.count >= 2 {
          out +=
            "<path d=\""
            + rows.enumerated().map { k, r in
              (k == 0 ? "M" : "L") + n(x(r.start)) + "," + n(y(r.profile.shares[c].value))
            }.joined() + "\" fill=\"none\" stroke=\"\(style.ink)\" stroke-width=\"1.6\""
            + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>"
        }
        for r in rows {
          let e = r.profile.shares[c]
          let px = x(r.start)
          if e.low.isFinite && e.high.isFinite {
            out +=
              "<path d=\"M\(n(px)),\(n(y(e.low)))V\(n(y(e.high)))\" stroke=\"\(style.ink)\" "
              + "stroke-opacity=\"0.45\" stroke-width=\"1\"/>"
          }
          out +=
            "<circle cx=\"\(n(px))\" cy=\"\(n(y(e.value)))\" r=\"3.5\" "
            + (r.tooFew
              ? "fill=\"#fff\" stroke=\"\(style.ink)\" stroke-width=\"1.4\""
              : "fill=\"\(style.ink)\"") + "><title>" + HTMLReport.escape(outlet) + ", "
            + HTMLReport.escape(r.start) + ": " + HTMLReport.percent(e.value) + " ("
            + HTMLReport.percentRange(e) + "), \(HTMLReport.counted(r.profile.units, "unit"))"
            + (r.tooFew ? ", too few to compare" : "") + "</title></circle>"
        }
        // Legend entry on the right.
        let ly = top + 10 + Double(o) * 18
        out +=
          "<path d=\"M\(n(width - right + 16)),\(n(ly))h28\" stroke=\"\(style.ink)\" "
          + "stroke-width=\"1.6\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>"
          + "<text class=\"sub\" x=\"\(n(width - right + 50))\" y=\"\(n(ly + 4))\">"
          + HTMLReport.escape(outlet.count > 22 ? String(outlet.prefix(21)) + "…" : outlet)
          + "</text>"
        out += "</g>\n"
      }
      out += "</svg>\n</figure>\n"
    }
    if outlets.count > drawn.count {
      out +=
        "<p class=\"note\">Drawn: the \(drawn.count) outlets with the most dated units; "
        + "\(outlets.count - drawn.count) more are in <code>--format json</code>.</p>\n"
    }
    out += "</section>\n"
  }
}
