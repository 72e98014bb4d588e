import Features
import Labelling

extension HTMLReport {
  /// The title, the run's facts and options, and the legend.
  func appendHeader(_ page: Page, to out: inout String) {
    let a = page.analysis
    let records = a.articles.flatMap(\.records)
    let sentences = records.filter { $0.unit.unit.kind == .sentence }.count
    let headings = records.filter { $0.unit.unit.kind == .heading }.count
    let furniture = records.filter { $0.unit.unit.kind == .furniture }.count
    let counted = page.allOutletProfiles.reduce(0) { $0 + $1.units }
    out += "<header id=\"run\">\n<h1>Framing report</h1>\n"
    out +=
      "<p class=\"lede\">How "
      + HTMLReport.counted(page.allOutletProfiles.count, "outlet") + " frame their "
      + "subject: every sentence labelled "
      + page.labels.map { "<b>" + HTMLReport.escape($0) + "</b>" }.joined(separator: ", ")
      + " by a linear model, with the share of each label and its uncertainty.</p>\n"
    out += "<dl class=\"run\">\n"
    out += "<dt>Model</dt><dd><code>" + HTMLReport.escape(a.modelID) + "</code></dd>\n"
    out +=
      "<dt>Labels</dt><dd>" + page.labels.map(HTMLReport.escape).joined(separator: ", ") + "</dd>\n"
    out +=
      "<dt>Input</dt><dd class=\"num\">" + HTMLReport.counted(a.articles.count, "article")
      + " from "
      + HTMLReport.counted(page.allOutletProfiles.count, "outlet") + "; "
      + HTMLReport.counted(records.count, "unit") + " (" + HTMLReport.counted(sentences, "sentence")
      + ", "
      + HTMLReport.counted(headings, "heading") + ", "
      + HTMLReport.counted(furniture, "furniture line")
      + "), of which \(HTMLReport.grouped(counted)) counted in the profiles</dd>\n"
    out +=
      "<dt>Options</dt><dd>" + optionsText(page).map(HTMLReport.escape).joined(separator: "; ")
      + "</dd>\n"
    out +=
      "<dt>Trained on</dt><dd>"
      + a.provenance.lines.map(HTMLReport.escape).joined(separator: " ") + "</dd>\n"
    out += "<dt>Classifier error</dt><dd>" + HTMLReport.escape(a.errorLine) + "</dd>\n"
    out += "</dl>\n"
    out += "</header>\n"
  }

  /// The options of the run in words.
  func optionsText(_ page: Page) -> [String] {
    let o = page.analysis.options
    var parts: [String] = []
    parts.append(
      o.includeFurniture
        ? "page furniture counted (--include-furniture)"
        : "page furniture shown but not counted")
    if let p = o.minConfidence {
      parts.append(
        "units below probability \(HTMLReport.probability(p)) flagged uncertain (--min-confidence)")
    } else {
      parts.append("no confidence threshold")
    }
    if o.explain > 0 {
      parts.append("\(o.explain) explanation terms per unit (--explain)")
    } else if page.analysis.articles.contains(where: {
      $0.records.contains { $0.explanation != nil }
    }) {
      parts.append("\(HTMLReport.defaultExplanationTerms) explanation terms per unit on hover")
    } else {
      parts.append("no explanations (add --explain K to see the words behind each label)")
    }
    parts.append("\(o.evidenceCount) evidence sentences per outlet and label (--evidence)")
    parts.append("bootstrap seed \(o.seed)")
    return parts
  }

  /// The key to colours, patterns, markers and sentence borders.
  func appendLegend(_ page: Page, to out: inout String) {
    out += "<div class=\"legend\" role=\"list\" aria-label=\"Labels\">\n"
    for (i, name) in page.labels.enumerated() {
      out +=
        "<span class=\"item\" role=\"listitem\">" + HTMLReport.swatch(i, page.styles[i])
        + "<span class=\"sample l\(i)\">" + HTMLReport.escape(name) + "</span></span>\n"
    }
    out += "</div>\n"
  }

  /// Links to the sections and to every article, grouped by outlet.
  func appendContents(_ page: Page, to out: inout String) {
    out +=
      "<nav class=\"toc\" aria-label=\"Contents\">\n<p><b>Contents:</b> "
      + "<a href=\"#shares\">Label shares per outlet</a> · "
      + "<a href=\"#comparison\">Comparison across outlets</a> · "
      + (page.periods != nil ? "<a href=\"#time\">Over time</a> · " : "")
      + (page.analysis.actors != nil ? "<a href=\"#actors\">Actors</a> · " : "")
      + "<a href=\"#aligned\">Same fact, different framing</a> · "
      + "<a href=\"#evidence\">Evidence</a> · <a href=\"#articles\">Articles</a> · "
      + "<a href=\"#reading\">How to read this report</a></p>\n"
    let groups = page.articlesByOutlet
    if !groups.isEmpty {
      out += "<p class=\"arts\"><b>Articles:</b> "
      out += groups.map { outlet, indices in
        "<span class=\"o\">" + HTMLReport.escape(outlet) + "</span> "
          + indices.map { i in
            let input = page.analysis.articles[i].input
            return "<a href=\"#a\(i)\">"
              + HTMLReport.escape(input.title ?? HTMLReport.fileName(input.id)) + "</a>"
          }.joined(separator: ", ")
      }.joined(separator: " · ")
      out += "</p>\n"
    }
    out += "</nav>\n"
  }

  /// How to read the numbers.
  func appendFooter(_ page: Page, to out: inout String) {
    let furniture =
      page.analysis.options.includeFurniture
      ? "Page furniture (bylines, credits, share bars) is counted too."
      : "Page furniture (bylines, credits, share bars) is shown muted and not counted."
    out += "<footer id=\"reading\">\n<h2>How to read this report</h2>\n<dl>\n"
    out +=
      "<dt>Share</dt><dd>Units (sentences and headings) whose most probable label it is, "
      + "out of all counted units. " + HTMLReport.escape(furniture) + "</dd>\n"
    out +=
      "<dt>95% interval</dt><dd>For one article, the Wilson score interval; for an outlet with "
      + "several articles, a percentile bootstrap that resamples whole articles (sentences of one "
      + "article are not independent). Few units give wide intervals: compare intervals, not "
      + "just shares.</dd>\n"
    out +=
      "<dt>Mean probability</dt><dd>The label's probability averaged over units: a prevalence "
      + "estimate less biased than counting the most probable labels.</dd>\n"
    out +=
      "<dt>Quoted / own voice</dt><dd>Units whose label comes mainly from words inside quotation "
      + "marks (the sources' voice), and the others (the outlet's own voice).</dd>\n"
    out +=
      "<dt>Unknown words</dt><dd>Share of words the model never saw in training; a high share "
      + "means labels are less reliable.</dd>\n"
    out +=
      "<dt>Margin</dt><dd>Probability of the label minus that of the runner-up: borderline "
      + "units have small margins.</dd>\n"
    out +=
      "<dt>Explanation</dt><dd>Hover over (or focus) a sentence: the n-grams that pushed most "
      + "towards its label rather than the runner-up, with their contributions to the "
      + "log-odds.</dd>\n"
    out +=
      "</dl>\n<p>Model <code>" + HTMLReport.escape(page.analysis.modelID)
      + "</code>.</p>\n</footer>\n"
  }
}
