import Classifier
import Foundation
import FramingSupport
import Labelling

extension Analysis {
  /// Warning lines the table prints before it summarises the rest.
  public static let warningLimit = 12
  /// Reprint pairs the table and the report list before they count the rest.
  public static let reprintLimit = 20
  /// Actors per outlet the table lists, and aligned groups the table and the report show.
  public static let actorLimit = 5
  public static let alignedLimit = 5

  /// The readable summary: one line per article and per outlet with label shares and
  /// their 95% intervals, then the comparison and any warnings.
  public func table() -> String {
    let articleProfiles = articleProfiles()
    let outletProfiles = outletProfiles()
    // Names as a terminal shows them: a line break or escape sequence in a file name is
    // written escaped, so that it cannot break the table or drive the terminal.
    func name(_ p: FramingProfile) -> String { Diagnostic.escaped(p.name) }
    let nameWidth = max(8, (articleProfiles + outletProfiles).map { name($0).count }.max() ?? 8)
    let cell = max(20, (labels.map(\.count).max() ?? 0) + 2)
    func pad(_ s: String, _ w: Int) -> String {
      s.count >= w ? s : s + String(repeating: " ", count: w - s.count)
    }
    func lpad(_ s: String, _ w: Int) -> String {
      s.count >= w ? s : String(repeating: " ", count: w - s.count) + s
    }
    func percent(_ x: Double) -> String { x.isFinite ? String(format: "%.0f", 100 * x) : "-" }
    func line(_ p: FramingProfile) -> String {
      var out = pad(name(p), nameWidth) + lpad(String(p.units), 7)
      for e in p.shares {
        out += lpad(
          e.value.isFinite ? "\(percent(e.value))% [\(percent(e.low))-\(percent(e.high))]" : "-",
          cell)
      }
      return out + "\n"
    }
    let header =
      pad("", nameWidth) + lpad("units", 7) + labels.map { lpad($0, cell) }.joined() + "\n"
    var out = "Model \(modelID). " + provenance.lines.joined(separator: "\n") + "\n"
    out += "Classifier error: " + errorLine + "\n\n"
    out +=
      "Articles (label shares, 95% intervals"
      + (options.includeFurniture ? "" : "; page furniture left out") + ")\n"
    out += header
    for p in articleProfiles { out += line(p) }
    if outletProfiles.count != articleProfiles.count
      || zip(outletProfiles, articleProfiles).contains(where: { $0.name != $1.name })
    {
      out += "\nOutlets\n" + header
      for p in outletProfiles { out += line(p) }
    }
    if let periods = periodProfiles(options.period), periods.rows.count > outletProfiles.count {
      out += "\nBy \(periods.period.rawValue) (from the articles' dates"
      out +=
        periods.undated > 0 ? "; \(periods.undated) articles without a date left out)\n" : ")\n"
      out += pad("", nameWidth) + lpad("units", 7) + labels.map { lpad($0, cell) }.joined() + "\n"
      for row in periods.rows {
        var p = row.profile
        p.name = Diagnostic.escaped(row.outlet) + " " + row.start + (row.tooFew ? " *" : "")
        out += line(p)
      }
      if periods.rows.contains(where: \.tooFew) {
        out += "* fewer than \(ProfileBuilder.smallSample) units: too few to compare\n"
      }
    }
    let reprints = self.reprints()
    if !reprints.isEmpty {
      out += "\nReprints (articles that share sentences nearly word for word; the comparison"
      out += " below counts each shared sentence once)\n"
      for r in reprints.prefix(Analysis.reprintLimit) {
        let a = articles[r.first].input
        let b = articles[r.second].input
        out +=
          "  \(Diagnostic.escaped(a.id)) (\(Diagnostic.escaped(a.outlet))) and"
          + " \(Diagnostic.escaped(b.id)) (\(Diagnostic.escaped(b.outlet))):"
          + " \(r.shared.count) shared sentences\n"
      }
      if reprints.count > Analysis.reprintLimit {
        out +=
          "  ... and \(reprints.count - Analysis.reprintLimit) more pairs (all in --format json)\n"
      }
    }
    if actors != nil {
      let rows = actorProfiles()
      if !rows.isEmpty {
        out += "\nActors (label shares among the units that mention each; at least"
        out += " \(options.actorMinimumUnits) units; the framing of sentences, not a stance)\n"
        out += header
        var perOutlet: [String: Int] = [:]
        var hidden = 0
        for row in rows {
          perOutlet[row.outlet, default: 0] += 1
          guard perOutlet[row.outlet]! <= Analysis.actorLimit else {
            hidden += 1
            continue
          }
          var p = row.profile
          p.name = Diagnostic.escaped(row.outlet) + " / " + Diagnostic.escaped(row.actor)
          out += line(p)
        }
        if hidden > 0 {
          out += "  ... and \(hidden) more outlet-actor rows (all in --format json)\n"
        }
      }
    }
    let groups = alignedGroups(excluding: reprints)
    if !groups.isEmpty {
      out += "\nSame fact, different framing (units of several outlets that report one fact or"
      out += " quotation; most divergent first)\n"
      for g in groups.prefix(Analysis.alignedLimit) {
        out += String(
          format: "  %@ across %d outlets, %d label%@, divergence %.2f\n", g.kind.rawValue,
          g.outlets, g.labels, g.labels == 1 ? "" : "s", g.divergence)
        for m in g.members.prefix(8) {
          let a = articles[m.article]
          let r = a.records[m.record]
          var text = a.input.file.text(from: r.unit.unit.start, to: r.unit.unit.end)
          if text.count > 90 { text = String(text.prefix(87)) + "..." }
          out +=
            "    \(Diagnostic.escaped(a.input.outlet)): \(labels[r.unit.label])"
            + " \(percent(r.unit.probabilities[r.unit.label]))%  \(Diagnostic.escaped(text))\n"
        }
        if g.members.count > 8 { out += "    ... and \(g.members.count - 8) more units\n" }
      }
      if groups.count > Analysis.alignedLimit {
        out +=
          "  ... and \(groups.count - Analysis.alignedLimit) more groups (all in --format json)\n"
      }
    }
    if let c = comparison(excluding: reprints) {
      out += "\n"
      out += String(
        format: "Do the outlets differ? chi-square %.1f, df %d, p = %.3g, Cramér's V %.2f\n",
        c.statistic, c.degreesOfFreedom,
        c.pValue, c.cramersV)
      for w in c.warnings { out += "  note: \(w)\n" }
    }
    // Article warnings only where an outlet has several articles; otherwise the outlet's
    // warning already says it.
    let outletOf = Dictionary(
      articles.map { ($0.input.id, $0.input.outlet) }, uniquingKeysWith: { a, _ in a })
    let articlesPerOutlet = Dictionary(grouping: articles, by: \.input.outlet).mapValues(\.count)
    // Options that act on rows, which the table does not print: say what they did.
    if options.explain > 0 {
      out +=
        "note: --explain adds the n-grams behind each label to csv and jsonl rows; the table"
        + " shows profiles only\n"
    }
    if let threshold = options.minConfidence {
      let counted = articles.flatMap { a in
        options.includeFurniture ? a.records : a.records.filter { !$0.isFurniture }
      }
      let below = counted.filter(\.uncertain).count
      out +=
        "note: \(below) of \(counted.count) counted units have a label probability below"
        + " --min-confidence \(threshold) (flagged uncertain in csv and jsonl rows)\n"
    }
    var warnings: [String] = []
    for p in outletProfiles {
      // With one article per outlet, the table shows articles only: saying that the
      // outlet figures describe one article adds nothing.
      let shown =
        outletProfiles.count == articleProfiles.count
        ? p.warnings.filter { $0 != "outlet figures describe one article" } : p.warnings
      for w in shown { warnings.append("warning: \(name(p)): \(w)") }
    }
    for p in articleProfiles where (articlesPerOutlet[outletOf[p.name] ?? ""] ?? 0) > 1 {
      for w in p.warnings { warnings.append("warning: \(name(p)): \(w)") }
    }
    // Hundreds of articles would give hundreds of lines: the first ones, then a count.
    let shown = Analysis.warningLimit
    for w in warnings.prefix(shown) { out += w + "\n" }
    if warnings.count > shown {
      out +=
        "warning: \(warnings.count - shown) more warnings on other articles and outlets"
        + " (every one is in --format json, under each profile's \"warnings\")\n"
    }
    return out
  }
}
