import Foundation
import Testing

/// Outlets, JSON Lines input, profiles and explanations through the command line.
@Suite(.serialized) struct OutletTests {
  @Test func outletMapGroupsFilesAndNamesTheUnmappedOne() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let a = CommandRunner.fixtures.appendingPathComponent("article-a.txt").path
    let b = CommandRunner.fixtures.appendingPathComponent("article-b.txt").path
    let lines = CommandRunner.fixtures.appendingPathComponent("lines.txt").path
    let map = folder.appendingPathComponent("outlets.csv")
    try "file,outlet,date\n\(a),Harbor Times,2025-01-02\n\(b),Harbor Times,2025-01-03\n".write(
      to: map, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--outlets", map.path, "--format", "json", a, b, lines])
    // Read and counted as an outlet of its own: a warning, not an error.
    #expect(r.status == 0)
    #expect(r.stderr.contains("classify: warning: ") && r.stderr.contains("lines.txt"))
    #expect(r.stderr.contains("is not in the outlet map") && !r.stderr.contains("error"))
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let outlets = (doc["outlets"] as! [[String: Any]]).map { $0["outlet"] as! String }
    #expect(outlets == ["Harbor Times", "lines"])
    let articles = doc["articles"] as! [[String: Any]]
    #expect(articles.first?["date"] as? String == "2025-01-02")
    #expect((doc["outlets"] as! [[String: Any]])[0]["articles"] as? Int == 2)
  }

  @Test func jsonLinesInStreamRowsWithExplanations() throws {
    let model = try CommandRunner.trainedModel().model
    let input = """
      {"id": "x1", "outlet": "Wire", "text": "Critics slammed the summit. The meeting is on Friday."}
      not json at all
      {"id": "x2", "outlet": "Courier", "text": "Both sides welcomed the new trade agreement."}

      """
    let r = try CommandRunner.run(
      "classify",
      ["--model", model, "--input", "jsonl", "--format", "jsonl", "--explain", "2", "-"],
      input: Data(input.utf8))
    #expect(r.status == 1)
    #expect(r.stderr.contains("-:2") && r.stderr.split(separator: "\n").count == 1)
    let rows = r.stdout.split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(rows.map { $0["file"] as! String } == ["x1", "x1", "x2"])
    #expect(rows.map { $0["outlet"] as! String } == ["Wire", "Wire", "Courier"])
    for row in rows {
      let e = row["explanation"] as! [String: Any]
      let terms = e["terms"] as! [[String: Any]]
      #expect(terms.count <= 2)
      let total = terms.reduce((e["intercept"] as! Double) + (e["rest"] as! Double)) {
        $0 + ($1["contribution"] as! Double)
      }
      #expect(abs(total - (e["logit_difference"] as! Double)) < 1e-9)
    }
  }

  @Test func reportIsWrittenAndSelfContained() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let report = folder.appendingPathComponent("r.html")
    let r = try CommandRunner.run(
      "classify",
      [
        "--model", model, "--report", report.path, "--min-confidence", "0.6",
        CommandRunner.fixtures.appendingPathComponent("article-a.txt").path,
        CommandRunner.fixtures.appendingPathComponent("article-b.txt").path,
      ])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOf: report, encoding: .utf8)
    #expect(
      html.hasPrefix("<!") && html.contains("article-a") && !html.contains("http://")
        && !html.contains("https://"))
  }

  @Test func largeArticlesGiveTheSameRowsOnOneThreadAndTwo() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    // Over 128 KB, so that the article is cut into pieces labelled on both threads.
    let paragraph = try String(
      contentsOfFile: CommandRunner.fixtures.appendingPathComponent("article-a.txt").path,
      encoding: .utf8)
    let big = folder.appendingPathComponent("big.txt")
    try String(repeating: paragraph + "\n\n", count: 450).write(
      to: big, atomically: true, encoding: .utf8)
    // A second copy: the same file named twice is read once.
    let copy = folder.appendingPathComponent("big-copy.txt")
    try FileManager.default.copyItem(at: big, to: copy)
    let inputs = [
      big.path, "/nonexistent.txt",
      CommandRunner.fixtures.appendingPathComponent("article-b.txt").path, copy.path,
    ]
    for format in ["csv", "jsonl"] {
      let one = try CommandRunner.run(
        "classify", ["--model", model, "--format", format] + inputs,
        environment: ["FRAMING_THREADS": "1"])
      let two = try CommandRunner.run(
        "classify", ["--model", model, "--format", format] + inputs,
        environment: ["FRAMING_THREADS": "2"])
      #expect(one.status == 1 && two.status == 1)
      #expect(one.stdout == two.stdout)
      #expect(one.stderr == two.stderr && one.stderr.contains("/nonexistent.txt"))
      let lines = one.stdout.split(separator: "\n")
      #expect(lines.count > 2000)
      if format == "jsonl" {
        let indexes = try lines.map {
          (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["index"] as! Int
        }
        // Indexes run from 0 in each file, across its pieces.
        let restarts = indexes.indices.filter { indexes[$0] == 0 }
        #expect(restarts.count == 3)
        for (i, index) in indexes.enumerated() where !restarts.contains(i) {
          #expect(index == indexes[i - 1] + 1)
        }
      }
    }
  }

  @Test func theReprintAmongTheSeedArticlesIsFound() throws {
    let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path) else {
      print("skipped: no seed articles at \(seeds.path) (they stay outside the project)")
      return
    }
    let files = names.filter { $0.hasSuffix(".txt") }.sorted().map {
      seeds.appendingPathComponent($0).path
    }
    let r = try CommandRunner.run("classify", ["--format", "json"] + files, in: root)
    #expect(r.status == 0, "\(r.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let reprints = doc["reprints"] as! [[String: Any]]
    // One outlet's copy of a wire story and the wire's own shorter version: that pair, and
    // no pair that merely quotes the same statement.
    #expect(reprints.count == 1, "\(reprints.map { $0["files"] ?? "" })")
    let pair = (reprints.first?["files"] as? [String]) ?? []
    #expect(pair.count == 2 && pair[0].hasSuffix("001_747c2d872dd48fec.txt"))
    #expect(pair.count == 2 && pair[1].hasSuffix("003_57a080b4ec5b2c1d.txt"))
    #expect(((reprints.first?["shared_units"] as? [Any])?.count ?? 0) >= 3)
  }

  @Test func datedArticlesGiveSharesPerOutletAndPeriod() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    var lines: [String] = []
    let texts = [
      "Critics slammed the deal. Leaders praised the warm talks. The meeting is on Friday.",
      "Both sides welcomed the deal. The minister condemned the attack.",
    ]
    for (i, date) in ["2025-03-03", "2025-03-05", "2025-03-12", "2025-03-20", "2025-03-21"]
      .enumerated()
    {
      for (o, outlet) in ["Wire", "Courier"].enumerated() {
        lines.append(
          "{\"id\":\"\(outlet)-\(i)\",\"outlet\":\"\(outlet)\",\"date\":\"\(date)\",\"text\":\"\(texts[o])\"}"
        )
      }
    }
    lines.append("{\"id\":\"undated\",\"outlet\":\"Wire\",\"text\":\"\(texts[0])\"}")
    let path = folder.appendingPathComponent("dated.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
    let json = try CommandRunner.run(
      "classify",
      ["--model", model, "--input", "jsonl", "--format", "json", "--period", "week", path.path])
    #expect(json.status == 0, "\(json.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let periods = doc["periods"] as! [String: Any]
    #expect(periods["period"] as? String == "week" && periods["undated_articles"] as? Int == 1)
    let rows = periods["rows"] as! [[String: Any]]
    // Three ISO weeks (starting on Mondays) for each of two outlets.
    #expect(rows.count == 6)
    #expect(
      rows.map { $0["start"] as! String }.prefix(3) == ["2025-03-03", "2025-03-10", "2025-03-17"])
    #expect(rows.allSatisfy { $0["too_few_units"] as? Bool == true })
    // Chosen from the span (18 days): days.
    let auto = try CommandRunner.run(
      "classify", ["--model", model, "--input", "jsonl", "--format", "json", path.path])
    let a = try JSONSerialization.jsonObject(with: Data(auto.stdout.utf8)) as! [String: Any]
    #expect((a["periods"] as! [String: Any])["period"] as? String == "day")
    let table = try CommandRunner.run(
      "classify", ["--model", model, "--input", "jsonl", "--period", "month", path.path])
    #expect(!table.stdout.contains("By month"), "one month per outlet adds nothing to the outlets")
    let weekly = try CommandRunner.run(
      "classify", ["--model", model, "--input", "jsonl", "--period", "week", path.path])
    #expect(weekly.stdout.contains("By week") && weekly.stdout.contains("Wire 2025-03-10 *"))
  }
}
