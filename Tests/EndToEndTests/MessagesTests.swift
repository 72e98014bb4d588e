import Foundation
import Testing

/// Every refusal says what happened in one line that names the file, the line or the
/// option.
@Suite(.serialized) struct MessagesTests {
  static let labels = CommandRunner.fixtures.appendingPathComponent("labels.csv").path
  static let article = CommandRunner.fixtures.appendingPathComponent("article-a.txt").path

  @Test func negativeValuesAreReadAsValues() throws {
    let model = try CommandRunner.trainedModel().model
    let classify = try CommandRunner.run(
      "classify", ["--model", model, "--explain", "-1", Self.article])
    #expect(classify.status != 0 && classify.stderr.contains("--explain must be 0 or more"))
    #expect(!classify.stderr.contains("Missing value"))
    let out = try CommandRunner.temporaryFolder().appendingPathComponent("m.safetensors").path
    let c = try CommandRunner.run("train", ["--labels", Self.labels, "--c", "-1", "--out", out])
    #expect(c.status != 0 && c.stderr.contains("--c") && c.stderr.contains("above 0"))
    let seed = try CommandRunner.run(
      "train", ["--labels", Self.labels, "--seed", "-1", "--out", out])
    #expect(seed.status != 0 && seed.stderr.contains("-1") && seed.stderr.contains("--seed"))
    #expect(!seed.stderr.contains("Missing value"))
  }

  @Test func aMinDFAboveTheDocumentCountBlamesMinDF() throws {
    let out = try CommandRunner.temporaryFolder().appendingPathComponent("m.safetensors").path
    let r = try CommandRunner.run(
      "train", ["--labels", Self.labels, "--cv", "0", "--min-df", "1000", "--out", out])
    #expect(r.status == 1)
    #expect(r.stderr.contains("--min-df") && !r.stderr.contains("--max-df"), "\(r.stderr)")
  }

  @Test func tooFewRowsForTheFoldsNamesTheFile() throws {
    let folder = try CommandRunner.temporaryFolder()
    let labels = folder.appendingPathComponent("few.csv")
    try "text,label\nTalks went well.,conciliatory\nCritics slammed it.,critical\n".write(
      to: labels, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "train", ["--labels", labels.path, "--out", folder.path + "/m.safetensors"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("few.csv has 2 rows"), "\(r.stderr)")
  }

  @Test func outletMapsNameEveryBadRowAndAnEmptyMapAsksForItsHeader() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let map = folder.appendingPathComponent("outlets.csv")
    try "file,outlet\n\(Self.article),Wire\n,Nobody\n\(Self.article),Other\nx.txt,\n".write(
      to: map, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--outlets", map.path, Self.article])
    #expect(r.status == 1)
    for line in [3, 4, 5] { #expect(r.stderr.contains("outlets.csv:\(line):"), "\(r.stderr)") }
    #expect(r.stderr.contains("names the file of line 2 again"))
    #expect(r.stderr.split(separator: "\n").count == 3)
    try "".write(to: map, atomically: true, encoding: .utf8)
    let empty = try CommandRunner.run(
      "classify", ["--model", model, "--outlets", map.path, Self.article])
    #expect(empty.status == 1 && empty.stderr.contains("'file,outlet'"), "\(empty.stderr)")
    #expect(!empty.stderr.contains("text,label"))
  }

  @Test func jsonLinesProblemsNameTheFileAndLine() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("a.jsonl")
    try """
    {"id":"one","outlet":"Wire","text":"Talks went well."}
    {"id":"two","outlet":5,"text":"Critics slammed it."}
    {"id":"three","outlet":"Wire","text":"   "}
    {"id":"four","outlet":"Wire","date":20240101,"text":"Talks went well."}

    """.write(to: path, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--input", "jsonl", "--format", "jsonl", path.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("a.jsonl:2") && r.stderr.contains("\"outlet\" to be a string"))
    #expect(r.stderr.contains("a.jsonl:3 (id three)"), "\(r.stderr)")
    #expect(r.stderr.contains("a.jsonl:4") && r.stderr.contains("\"date\" to be a string"))
    #expect(r.stdout.contains("\"file\":\"one\""))
  }

  @Test func controlCharactersInFileNamesStayOnOneLine() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let name = folder.appendingPathComponent("bad\nname\u{1B}[31m.txt")
    try Data([0x00, 0x01, 0x02]).write(to: name)
    let r = try CommandRunner.run("classify", ["--model", model, "--format", "csv", name.path])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter {
      !$0.isEmpty
    }
    #expect(lines.count == 1, "\(r.stderr)")
    #expect(r.stderr.contains("bad\\nname\\u{1b}[31m.txt"))
    #expect(!r.stderr.contains("\u{1B}"))
  }

  @Test func aGroupedFoldWithoutAClassIsWarnedAbout() throws {
    let folder = try CommandRunner.temporaryFolder()
    let labels = folder.appendingPathComponent("g.csv")
    // Every conciliatory row is in group b: the fold that holds b out trains without one.
    try """
    text,label,g
    Critics slammed the deal.,critical,a
    The meeting is on Friday.,neutral,a
    Officials condemned the move.,critical,a
    Talks begin at noon.,neutral,a
    Leaders praised the warm talks.,conciliatory,b
    Both sides welcomed the deal.,conciliatory,b
    The vote is on Monday.,neutral,b
    Ministers denounced the plan.,critical,b

    """.write(to: labels, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "train",
      [
        "--labels", labels.path, "--group", "g", "--cv", "2", "--min-df", "1", "--out",
        folder.path + "/m.safetensors",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("warning: fold") && r.stdout.contains("no 'conciliatory' row"))
  }

  @Test func theShippedModelIsReplacedOnlyWhenAskedAndAMissingModelPointsAtModel() throws {
    let folder = try CommandRunner.temporaryFolder()
    let models = folder.appendingPathComponent("models")
    try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
    let shipped = models.appendingPathComponent("framing.safetensors")
    try Data("shipped".utf8).write(to: shipped)
    let refused = try CommandRunner.run(
      "train", ["--labels", Self.labels, "--cv", "0", "--min-df", "1"], in: folder)
    #expect(refused.status != 0 && refused.stderr.contains("--force"), "\(refused.stderr)")
    #expect(try Data(contentsOf: shipped) == Data("shipped".utf8))
    let forced = try CommandRunner.run(
      "train", ["--labels", Self.labels, "--cv", "0", "--min-df", "1", "--force"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try Data(contentsOf: shipped) != Data("shipped".utf8))
    let elsewhere = try CommandRunner.temporaryFolder()
    let missing = try CommandRunner.run("classify", [Self.article], in: elsewhere)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("pass --model PATH"), "\(missing.stderr)")
  }

  @Test func outletMapPathsAreReadFromItsFolderOrTheWorkingDirectory() throws {
    let model = try CommandRunner.trainedModel().model
    let here = try CommandRunner.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: Self.article, toPath: here.appendingPathComponent("a.txt").path)
    let maps = here.appendingPathComponent("maps")
    try FileManager.default.createDirectory(at: maps, withIntermediateDirectories: true)
    // A bare name that is not in the map's folder but is in the working directory.
    try "file,outlet\na.txt,Wire\n".write(
      to: maps.appendingPathComponent("o.csv"), atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--outlets", "maps/o.csv", "--format", "csv", "a.txt"],
      in: here)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("a.txt,Wire,"))
  }

  @Test func aStaleTemporaryModelIsRemovedByTheNextWrite() throws {
    let folder = try CommandRunner.temporaryFolder()
    // A process id that no process has: the temporary file of a killed run.
    let stale = folder.appendingPathComponent(".m.safetensors.tmp-2147483646")
    try Data("half a model".utf8).write(to: stale)
    let r = try CommandRunner.run(
      "train",
      [
        "--labels", Self.labels, "--cv", "0", "--min-df", "1", "--out",
        folder.path + "/m.safetensors",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: stale.path))
  }
}
