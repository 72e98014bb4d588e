import Foundation
import Testing

/// Actors, aligned facts and the time chart through the command line, on the project's
/// example articles with the committed model.
@Suite(.serialized) struct CoverageTests {
  func classify(_ arguments: [String]) throws -> CommandRunner.Result {
    try CommandRunner.run(
      "classify", ["--outlets", "examples/outlets.csv"] + arguments + ["examples/articles"],
      in: root)
  }

  func json(_ r: CommandRunner.Result) throws -> [String: Any] {
    #expect(r.status == 0, "\(r.stderr)")
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  @Test func rowsListTheActorsTheyMention() throws {
    let r = try classify(["--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    let header = r.stdout.split(separator: "\n").first ?? ""
    #expect(header.hasSuffix(",model,actors"))
    // Titled names outside the gazetteer ("President Anton Veselin of Kestria") are actors.
    #expect(r.stdout.contains("Anton Veselin"))
    #expect(r.stdout.contains("Mara Holt"))
    let none = try classify(["--format", "jsonl", "--actors", "none"])
    #expect(none.status == 0)
    #expect(!none.stdout.contains("\"actors\""))
    let jsonl = try classify(["--format", "jsonl"])
    #expect(jsonl.stdout.contains("\"actors\":[\"Anton Veselin\""))
  }

  @Test func profilesPerOutletAndActorAndTheirMap() throws {
    let doc = try json(classify(["--format", "json", "--actor-min-units", "2"]))
    let actors = try #require(doc["actors"] as? [String: Any])
    #expect(actors["min_units"] as? Int == 2)
    #expect((actors["note"] as? String)?.contains("not a measured stance") == true)
    let rows = try #require(actors["rows"] as? [[String: Any]])
    #expect(
      rows.contains {
        $0["actor"] as? String == "Anton Veselin" && $0["kind"] as? String == "person"
      })
    for row in rows {
      #expect((row["units"] as? Int ?? 0) >= 2)
      #expect(row["shares"] is [String: Any])
    }
    // The map merges the two presidents into their countries.
    let folder = try CommandRunner.temporaryFolder()
    let map = folder.appendingPathComponent("actors.csv")
    try "name,actor\nAnton Veselin,Kestria\nMara Holt,Dravonia\n".write(
      to: map, atomically: true, encoding: .utf8)
    let merged = try json(
      classify(["--format", "json", "--actor-min-units", "2", "--actors", map.path]))
    let names = Set(
      ((merged["actors"] as? [String: Any])?["rows"] as? [[String: Any]] ?? []).map {
        $0["actor"] as? String ?? ""
      })
    #expect(names.contains("Kestria") && !names.contains("Anton Veselin"))
  }

  @Test func aBadActorMapNamesEachBadRowAndWritesNothing() throws {
    let folder = try CommandRunner.temporaryFolder()
    let map = folder.appendingPathComponent("actors.csv")
    try "name,actor\n,Kestria\nNobody Known,\n".write(to: map, atomically: true, encoding: .utf8)
    let report = folder.appendingPathComponent("report.html")
    let r = try classify(["--actors", map.path, "--report", report.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("actors.csv:2:") && r.stderr.contains("actors.csv:3:"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: report.path))
    // The same name twice, and names that would break the rows, are bad rows too.
    let twice = folder.appendingPathComponent("twice.csv")
    try "name,actor\nAnton Veselin,Kestria\nAnton Veselin,Dravonia\nMara Holt,\"A;B\"\n".write(
      to: twice, atomically: true, encoding: .utf8)
    let t = try classify(["--actors", twice.path])
    #expect(t.status != 0)
    #expect(t.stderr.contains("twice.csv:3:") && t.stderr.contains("again"), "\(t.stderr)")
    #expect(t.stderr.contains("twice.csv:4:") && t.stderr.contains("';'"), "\(t.stderr)")
    for value in ["", "-"] {
      let r = try classify(["--actors", value])
      #expect(r.status != 0 && r.stderr.contains("--actors"), "\(r.stderr)")
    }
    let missing = try classify(["--actors", folder.appendingPathComponent("absent.csv").path])
    #expect(missing.status != 0 && missing.stderr.contains("absent.csv"))
    let noColumn = folder.appendingPathComponent("cols.csv")
    try "variant,who\nA,B\n".write(to: noColumn, atomically: true, encoding: .utf8)
    let bad = try classify(["--actors", noColumn.path])
    #expect(bad.status != 0 && bad.stderr.contains("name"), "\(bad.stderr)")
  }

  @Test func theSameFactAcrossOutletsMostDivergentFirst() throws {
    let doc = try json(classify(["--format", "json"]))
    let groups = try #require(doc["aligned"] as? [[String: Any]])
    #expect(!groups.isEmpty)
    // The tariff fact: told by three outlets or more, labelled differently.
    let tariffs = groups.first { g in
      ((g["units"] as? [[String: Any]]) ?? []).contains {
        ($0["text"] as? String ?? "").contains("timber")
      }
    }
    let g = try #require(tariffs)
    #expect((g["outlets"] as? Int ?? 0) >= 3)
    #expect((g["labels"] as? Int ?? 0) >= 2)
    // Sorted: more labels first, then more divergence.
    let keys = groups.map { ($0["labels"] as! Int, $0["divergence"] as! Double) }
    for (a, b) in zip(keys, keys.dropFirst()) { #expect(a.0 > b.0 || (a.0 == b.0 && a.1 >= b.1)) }
    for g in groups {
      let units = g["units"] as! [[String: Any]]
      let outlets = Set(units.map { $0["outlet"] as! String })
      let files = units.map { $0["file"] as! String }
      #expect(outlets.count >= 2)
      #expect(Set(files).count == files.count, "one unit per article")
      for u in units { #expect(u["probabilities"] is [String: Any] && u["start"] is Int) }
    }
  }

  @Test func theReportHasTheTimeChartActorsAndAlignedFacts() throws {
    let folder = try CommandRunner.temporaryFolder()
    let report = folder.appendingPathComponent("report.html")
    let r = try classify(["--report", report.path, "--actor-min-units", "2"])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOf: report, encoding: .utf8)
    for id in ["time", "actors", "aligned"] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
      #expect(html.contains("href=\"#\(id)\""), "contents link to \(id)")
    }
    // A chart per label, a series per outlet, and the points carry their figures.
    #expect(html.components(separatedBy: "class=\"chart timeline\"").count - 1 == 3)
    #expect(
      html.contains("data-outlet=\"State Herald\"><path") || html.contains("class=\"series\""))
    #expect(html.contains("data-actor=\"Anton Veselin\""))
    #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
  }
}
