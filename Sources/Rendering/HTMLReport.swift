import Classifier
import Features
import Foundation
import FramingSupport
import Labelling

/// A self-contained HTML report of an analysis: one file with inline CSS and SVG charts,
/// no scripts, fonts, images or network references, readable on screen and on paper.
///
/// Sections, in order:
/// - the run: model id, labels, counts of articles, outlets and units, options used;
/// - label shares per outlet: stacked bars with the 95% interval of each label's share;
/// - the comparison across outlets: counts, shares, mean probabilities, quoted and
///   own-voice counts, unknown words, warnings, and Pearson's chi-square test;
/// - over time (dated articles): a chart per label of each outlet's share per period;
/// - actors: per outlet and actor, the shares of the units that mention the actor;
/// - same fact, different framing: aligned units of several outlets, most divergent first;
/// - evidence: per outlet and label, the most confident and the borderline sentences;
/// - every article with its units marked by label (a tint and a left border whose style
///   differs per label, so that it reads in greyscale), probabilities and the n-grams
///   that drove the label on hover, and the label printed next to each unit.
///
/// Labels get colours from the Okabe–Ito palette, which stays distinct under the common
/// colour-vision deficiencies (`critical` vermillion, `neutral` grey, `conciliatory`
/// bluish green), plus a fill pattern, a marker shape and a border style of their own.
public struct HTMLReport: Sendable {
  public let analysis: Analysis

  /// Articles the report shows in full; past this it summarises and names where the rest
  /// are (`--format jsonl` rows, `--format json` profiles).
  public static let articleLimit = 200
  /// Outlets the per-outlet sections (bars, comparison table, evidence, actors) show; past
  /// it, those with the most units, and a note says how many more the figures count.
  public static let outletLimit = 50

  public init(analysis: Analysis) { self.analysis = analysis }

  /// The report as one HTML document.
  ///
  /// - Complexity: O(bytes of all articles + units × labels), plus the profiles' bootstrap
  ///   (see ``Analysis/outletProfiles()``).
  public func render() -> String {
    let page = Page(analysis: analysis)
    var out = ""
    out.reserveCapacity(4096 + analysis.articles.reduce(0) { $0 + 3 * $1.input.file.bytes.count })
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<meta name=\"generator\" content=\"Framing classify\">\n"
    out += "<title>" + HTMLReport.escape(page.title) + "</title>\n"
    out += "<style>\n" + HTMLReport.styleSheet(page.styles) + "</style>\n</head>\n<body>\n"
    out += HTMLReport.patternDefinitions(page.styles)
    appendHeader(page, to: &out)
    appendContents(page, to: &out)
    out += "<main>\n"
    appendChart(page, to: &out)
    appendComparison(page, to: &out)
    appendTimeline(page, to: &out)
    appendActors(page, to: &out)
    appendAligned(page, to: &out)
    appendEvidence(page, to: &out)
    appendArticles(page, to: &out)
    out += "</main>\n"
    appendFooter(page, to: &out)
    out += "</body>\n</html>\n"
    return out
  }

  /// Writes the report atomically.
  ///
  /// - Throws: ``ModelFileError`` when the file cannot be written.
  public func write(to path: String) throws {
    try AtomicFile.write(Array(render().utf8), to: path)
  }
}

extension HTMLReport {
  /// Everything the sections share, computed once.
  struct Page {
    let analysis: Analysis
    let styles: [LabelStyle]
    let articleProfiles: [FramingProfile]
    /// Every outlet's profile (the counts in the header), and those the sections show: all
    /// of them up to ``HTMLReport/outletLimit``, else that many with the most units, in
    /// order of first appearance.
    let allOutletProfiles: [FramingProfile]
    let outletProfiles: [FramingProfile]
    /// Outlets the report leaves out of its per-outlet sections (every figure and test
    /// still counts them).
    var hiddenOutlets: Int { allOutletProfiles.count - outletProfiles.count }
    let comparison: OutletComparison?
    let evidence: [Evidence]
    let reprints: [Reprint]
    let actorProfiles: [ActorProfile]
    let aligned: [AlignedGroup]
    let periods: (period: Period, rows: [PeriodProfile], undated: Int)?
    /// The articles the report shows in full: every one up to ``HTMLReport/articleLimit``;
    /// past it, at most that many: those the evidence and the aligned groups point to, in
    /// that order, then the first others. Links go only to shown articles.
    let shown: Set<Int>

    init(analysis: Analysis) {
      self.analysis = analysis
      styles = LabelStyle.styles(for: analysis.labels)
      articleProfiles = analysis.articleProfiles()
      allOutletProfiles = analysis.outletProfiles()
      var visible = Set(allOutletProfiles.map(\.name))
      if allOutletProfiles.count > HTMLReport.outletLimit {
        visible = Set(
          allOutletProfiles.enumerated().sorted {
            ($1.element.units, $0.offset) < ($0.element.units, $1.offset)
          }
          .prefix(HTMLReport.outletLimit).map(\.element.name))
      }
      outletProfiles = allOutletProfiles.filter { visible.contains($0.name) }
      reprints = analysis.reprints()
      comparison = analysis.comparison(excluding: reprints)
      evidence =
        analysis.options.evidenceCount > 0
        ? analysis.evidence().filter { visible.contains($0.outlet) } : []
      actorProfiles = analysis.actorProfiles().filter { visible.contains($0.outlet) }
      aligned = analysis.alignedGroups(excluding: reprints)
      periods = analysis.periodProfiles(analysis.options.period)
      let count = analysis.articles.count
      if count <= HTMLReport.articleLimit {
        shown = Set(0..<count)
      } else {
        // Those linked to first, in the order the page links to them, then the first
        // others: never more than the limit.
        var linked: [Int] = []
        for e in evidence {
          linked += e.mostConfident.map(\.article) + e.borderline.map(\.article)
        }
        for g in aligned.prefix(HTMLReport.alignedGroupLimit) { linked += g.members.map(\.article) }
        var chosen = Set<Int>()
        for a in linked + Array(0..<count) where chosen.count < HTMLReport.articleLimit {
          chosen.insert(a)
        }
        shown = chosen
      }
    }

    var labels: [String] { analysis.labels }

    var title: String {
      let a = analysis.articles.count
      let o = allOutletProfiles.count
      return "Framing report: \(a) article\(a == 1 ? "" : "s"), \(o) outlet\(o == 1 ? "" : "s")"
    }

    /// Indices of the shown articles of each outlet, outlets in order of first appearance.
    var articlesByOutlet: [(outlet: String, articles: [Int])] {
      var byOutlet: [String: [Int]] = [:]
      for i in analysis.articles.indices where shown.contains(i) {
        byOutlet[analysis.articles[i].input.outlet, default: []].append(i)
      }
      return analysis.outlets.compactMap { o in byOutlet[o].map { (o, $0) } }
    }

    /// The HTML id of a unit, for links from the evidence.
    func anchor(article: Int, unit: Int) -> String { "a\(article)-u\(unit)" }

    /// `html` as a link to the unit when the page shows its article, else as it is.
    func link(article: Int, unit: Int, _ html: String) -> String {
      shown.contains(article)
        ? "<a href=\"#" + anchor(article: article, unit: unit) + "\">" + html + "</a>" : html
    }
  }
}
