import Labelling

extension HTMLReport {
  /// Layout of the shares chart, in SVG user units (the chart scales to the page width).
  enum ChartLayout {
    static let width = 1100.0
    /// Room for ``nameCharacters`` characters of a name right-aligned at ``nameRight``
    /// (about 9 units each at the chart's font size), so that no name is clipped.
    static let nameRight = 228.0
    static let barX = 240.0
    static let barWidth = 560.0
    static let intervalTextX = 832.0
    static let axisTop = 24.0
    static let barHeight = 26.0
    static let rowHeight = 14.0
    static let gapBelowBar = 6.0
    static let gapBetweenOutlets = 20.0
    /// Segments narrower than this carry no percentage inside.
    static let minimumLabelledWidth = 34.0
    /// Outlet names longer than this are shortened (the full name is in the tooltip).
    static let nameCharacters = 24
  }

  /// The stacked bars of label shares per outlet, each with the 95% intervals of its
  /// labels' shares on the same axis below it.
  func appendChart(_ page: Page, to out: inout String) {
    typealias L = ChartLayout
    let profiles = page.outletProfiles
    let k = page.labels.count
    out += "<section id=\"shares\">\n<h2>Label shares per outlet</h2>\n"
    guard !profiles.isEmpty else {
      out += "<p class=\"note\">No articles were classified.</p>\n</section>\n"
      return
    }
    appendLegend(page, to: &out)
    let block = L.barHeight + L.gapBelowBar + Double(k) * L.rowHeight + L.gapBetweenOutlets
    let height = L.axisTop + Double(profiles.count) * block
    let n = { (v: Double) in HTMLReport.number(v) }
    out +=
      "<figure>\n<svg class=\"chart\" viewBox=\"0 0 \(n(L.width)) \(n(height))\" role=\"img\" "
      + "aria-labelledby=\"shares-caption\">\n"
    // Axis: ticks at every quarter, grid lines through all outlets.
    for q in 0...4 {
      let x = L.barX + L.barWidth * Double(q) / 4
      out +=
        "<line x1=\"\(n(x))\" y1=\"\(n(L.axisTop - 6))\" x2=\"\(n(x))\" y2=\"\(n(height - 8))\" "
        + "stroke=\"#d0d7de\" stroke-width=\"1\""
        + (q == 0 || q == 4 ? "" : " stroke-dasharray=\"3 3\"")
        + "/>\n"
      out +=
        "<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(L.axisTop - 10))\" text-anchor=\"middle\">"
        + "\(q * 25)%</text>\n"
    }
    out +=
      "<text class=\"tick\" x=\"\(n(L.intervalTextX))\" y=\"\(n(L.axisTop - 10))\">"
      + "share (95% interval)</text>\n"
    for (row, p) in profiles.enumerated() {
      let y = L.axisTop + Double(row) * block
      appendBar(p, page: page, y: y, to: &out)
    }
    out +=
      "</svg>\n<figcaption id=\"shares-caption\">Each bar splits an outlet’s counted units by "
      + "their most probable label. The lines beneath show the 95% interval of each label’s "
      + "share "
      + "on the same scale (marker at the estimate): "
      + "Wilson for a single article, bootstrap over articles for several, widened by the "
      + "classifier’s own error when it is known (see the run’s facts). Overlapping intervals "
      + "mean the data cannot tell the outlets apart on that label.</figcaption>\n"
    out += "</figure>\n</section>\n"
  }

  /// One outlet's group: name, stacked bar and interval rows.
  private func appendBar(_ p: FramingProfile, page: Page, y: Double, to out: inout String) {
    typealias L = ChartLayout
    let n = { (v: Double) in HTMLReport.number(v) }
    let name = HTMLReport.escape(p.name)
    let short =
      p.name.count > L.nameCharacters ? String(p.name.prefix(L.nameCharacters - 1)) + "…" : p.name
    out += "<g class=\"outlet-bar\" data-outlet=\"\(name)\">\n"
    out +=
      "<text class=\"name\" x=\"\(n(L.nameRight))\" y=\"\(n(y + 17))\" text-anchor=\"end\">"
      + "<title>\(name)</title>" + HTMLReport.escape(short) + "</text>\n"
    out +=
      "<text class=\"sub\" x=\"\(n(L.nameRight))\" y=\"\(n(y + 33))\" text-anchor=\"end\">"
      + HTMLReport.counted(p.units, "unit") + ", " + HTMLReport.counted(p.articles, "article")
      + "</text>\n"
    if p.units == 0 {
      out +=
        "<rect x=\"\(n(L.barX))\" y=\"\(n(y))\" width=\"\(n(L.barWidth))\" "
        + "height=\"\(n(L.barHeight))\" fill=\"#fff\" stroke=\"#8c959f\" "
        + "stroke-dasharray=\"4 3\"/>\n"
      out +=
        "<text class=\"sub\" x=\"\(n(L.barX + 8))\" y=\"\(n(y + 17))\">no units to count</text>\n"
      out += "</g>\n"
      return
    }
    var x = L.barX
    for (c, share) in p.shares.enumerated() {
      let value = share.value.isFinite ? share.value : 0
      let w = value * L.barWidth
      let label = HTMLReport.escape(page.labels[c])
      out +=
        "<rect class=\"seg\" data-label=\"\(label)\" "
        + "data-share=\"\(HTMLReport.number(value, digits: 4))\" "
        + "x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(HTMLReport.number(w, digits: 2))\" "
        + "height=\"\(n(L.barHeight))\" fill=\"url(#fr-p\(c))\"><title>\(label): "
        + HTMLReport.percent(share.value) + " (\(p.counts[c]) of \(p.units))"
        + (share.low.isFinite ? ", 95% interval " + HTMLReport.percentRange(share) : "")
        + "</title></rect>\n"
      if w >= L.minimumLabelledWidth {
        out +=
          "<text class=\"in\" x=\"\(n(x + w / 2))\" y=\"\(n(y + 17.5))\" text-anchor=\"middle\">"
          + HTMLReport.percent(share.value) + "</text>\n"
      }
      x += w
    }
    out +=
      "<rect x=\"\(n(L.barX))\" y=\"\(n(y))\" width=\"\(n(L.barWidth))\" "
      + "height=\"\(n(L.barHeight))\" "
      + "fill=\"none\" stroke=\"#3d444d\" stroke-width=\"1\"/>\n"
    for (c, share) in p.shares.enumerated() {
      let style = page.styles[c]
      let cy = y + L.barHeight + L.gapBelowBar + (Double(c) + 0.5) * L.rowHeight
      if share.low.isFinite && share.high.isFinite {
        let x0 = L.barX + share.low * L.barWidth
        let x1 = L.barX + share.high * L.barWidth
        out +=
          "<path d=\"M\(n(x0)),\(n(cy))H\(n(x1))M\(n(x0)),\(n(cy - 4))V\(n(cy + 4))"
          + "M\(n(x1)),\(n(cy - 4))V\(n(cy + 4))\" stroke=\"\(style.ink)\" stroke-width=\"1.6\" "
          + "fill=\"none\"/>\n"
      }
      if share.value.isFinite {
        out += style.markerShape(x: L.barX + share.value * L.barWidth, y: cy, size: 8) + "\n"
      }
      out += "<text class=\"ci\" x=\"\(n(L.intervalTextX))\" y=\"\(n(cy + 4))\">"
      out +=
        "<tspan font-weight=\"600\">" + HTMLReport.escape(page.labels[c]) + "</tspan> "
        + HTMLReport.percent(share.value)
      let range = HTMLReport.percentRange(share)
      if !range.isEmpty { out += " <tspan fill=\"#57606a\">(" + range + ")</tspan>" }
      out += "</text>\n"
    }
    out += "</g>\n"
  }
}
