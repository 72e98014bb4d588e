import Foundation
import Testing

/// What a hostile test of --gold, the output checks and the inputs found, each kept as a
/// test.
@Suite(.serialized) struct HostileFindingsTests {
  static let articles = root.appendingPathComponent("examples/articles")

  /// A copy of the example articles and gold rows (classify's CSV) pointing at the copies.
  func goldSetup() throws -> (folder: URL, gold: URL, copy: URL) {
    let folder = try CommandRunner.temporaryFolder()
    let copy = folder.appendingPathComponent("articles")
    try FileManager.default.copyItem(at: Self.articles, to: copy)
    let files = try FileManager.default.contentsOfDirectory(atPath: copy.path).sorted().map {
      copy.appendingPathComponent($0).path
    }
    let csv = try CommandRunner.run("classify", ["--format", "csv"] + files, in: root)
    let gold = folder.appendingPathComponent("gold.csv")
    try csv.stdout.write(to: gold, atomically: true, encoding: .utf8)
    return (folder, gold, copy)
  }

  @Test func outputsMayNotReplaceTheGoldOrTheFilesItsRowsPointTo() throws {
    let (folder, gold, copy) = try goldSetup()
    let article = copy.appendingPathComponent("evening-post.txt")
    let text = try Data(contentsOf: article)
    let labels = try Data(contentsOf: gold)
    for extra in [
      ["--metrics-json", article.path], ["--report", gold.path, article.path],
      ["--metrics-json", folder.path + "/x", "--report", folder.path + "/x", article.path],
    ] {
      let r = try CommandRunner.run("classify", ["--gold", gold.path] + extra, in: root)
      #expect(r.status == 1 && r.stderr.contains("names the same file"), "\(extra): \(r.stderr)")
      #expect(try Data(contentsOf: article) == text && Data(contentsOf: gold) == labels)
    }
  }

  @Test func aGoldThatIsTheModelsOwnLabelsOrTooSmallDoesNotNarrowTheIntervals() throws {
    let (_, gold, copy) = try goldSetup()
    let article = copy.appendingPathComponent("daily-courier.txt").path
    let plain = try CommandRunner.run("classify", ["--format", "json", article], in: root)
    let withGold = try CommandRunner.run(
      "classify", ["--format", "json", "--gold", gold.path, article], in: root)
    #expect(withGold.status == 0, "\(withGold.stderr)")
    #expect(withGold.stderr.contains("labels are the model's own"), "\(withGold.stderr)")
    #expect(withGold.stderr.contains("intervals keep the model's own error"))
    func share(_ json: String) throws -> [String: Double] {
      let doc = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
      let s = (doc["articles"] as! [[String: Any]])[0]["shares"] as! [String: [String: Double]]
      return s.mapValues { $0["high"]! - $0["low"]! }
    }
    #expect(try share(withGold.stdout) == share(plain.stdout), "the model's own error is kept")
  }

  @Test func oneFileUnderAnySpellingOrLinkIsReadOnce() throws {
    let folder = try CommandRunner.temporaryFolder()
    let a = folder.appendingPathComponent("a.txt")
    try FileManager.default.copyItem(
      at: Self.articles.appendingPathComponent("daily-courier.txt"), to: a)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("alias.txt").path, withDestinationPath: "a.txt")
    try FileManager.default.linkItem(at: a, to: folder.appendingPathComponent("hard.txt"))
    let r = try CommandRunner.run(
      "classify",
      [
        "--model", root.path + "/models/framing.safetensors", "--format", "json", "a.txt",
        "./a.txt",
        folder.path + "/a.txt", ".",
      ], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect((doc["articles"] as! [Any]).count == 1)
    #expect(r.stderr.components(separatedBy: "more than once").count - 1 == 5, "\(r.stderr)")
  }

  @Test func aGoldRowPointingAtAFIFOIsRefusedNotAwaited() throws {
    let folder = try CommandRunner.temporaryFolder()
    #expect(mkfifo(folder.appendingPathComponent("f.txt").path, 0o600) == 0)
    let gold = folder.appendingPathComponent("g.csv")
    try "text,label,file,start,end\nx,critical,f.txt,0,1\n".write(
      to: gold, atomically: true, encoding: .utf8)
    let r = try shell("classify --gold '\(gold.path)'", in: root, timeout: 30)
    #expect(r.status == 1 && r.stderr.contains("not a regular file"), "\(r.status) \(r.stderr)")
  }

  @Test func aReaderThatGoesAwayEndsTheRunQuietly() throws {
    let folder = try CommandRunner.temporaryFolder()
    let big = folder.appendingPathComponent("big.txt")
    let text = try String(
      contentsOf: Self.articles.appendingPathComponent("daily-courier.txt"), encoding: .utf8)
    try String(repeating: text + "\n\n", count: 300).write(
      to: big, atomically: true, encoding: .utf8)
    let p = try shell(
      "bash -o pipefail -c \"classify --format csv '\(big.path)' | head -1 > /dev/null\"", in: root)
    #expect(p.status == 1, "killed by SIGPIPE gives 141, a quiet end 1: \(p.status)")
    #expect(!p.stderr.contains("error"), "\(p.stderr)")
  }

  @Test func goldRowsWhoseTextChangedOrRepeatAreNamed() throws {
    let (_, gold, copy) = try goldSetup()
    var rows = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").map(String.init)
    rows.append(rows[1])
    try (rows.joined(separator: "\n") + "\n").write(to: gold, atomically: true, encoding: .utf8)
    let repeated = try CommandRunner.run("classify", ["--gold", gold.path], in: root)
    #expect(repeated.status == 1 && repeated.stderr.contains("repeats the unit of line 2"))
    rows.removeLast()
    try (rows.joined(separator: "\n") + "\n").write(to: gold, atomically: true, encoding: .utf8)
    // One letter changed in an article: the units keep their bytes, the text does not.
    let article = copy.appendingPathComponent("daily-courier.txt")
    var text = try String(contentsOf: article, encoding: .utf8)
    text = text.replacingOccurrences(of: "Holt", with: "Halt")
    try text.write(to: article, atomically: true, encoding: .utf8)
    let changed = try CommandRunner.run("classify", ["--gold", gold.path], in: root)
    #expect(changed.status == 1 && changed.stderr.contains("the text differs"), "\(changed.stderr)")
    let sameTest = try CommandRunner.run(
      "train",
      ["--labels", gold.path, "--test", gold.path, "--out", copy.path + "/m.safetensors"], in: root)
    #expect(sameTest.status == 1 && sameTest.stderr.contains("training score"))
  }
}
