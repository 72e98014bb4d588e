import Foundation
import Testing

/// The package's folder (where the committed model is).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// The two commands as a user runs them: exit codes, stdout and stderr.
@Suite(.serialized) struct EndToEndTests {
  let fixtures = CommandRunner.fixtures

  /// Trains a model on the fixture labels into a new folder and returns the model's path.
  func trainedModel() throws -> (folder: URL, model: String) {
    let folder = try CommandRunner.temporaryFolder()
    let model = folder.appendingPathComponent("m.safetensors").path
    let r = try CommandRunner.run(
      "train",
      [
        "--labels", fixtures.appendingPathComponent("labels.csv").path, "--out", model, "--cv", "3",
        "--min-df", "1",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    return (folder, model)
  }

  func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  @Test func trainPrintsWhatItDidAndWritesTheModel() throws {
    let folder = try CommandRunner.temporaryFolder()
    let model = folder.appendingPathComponent("m.safetensors").path
    let r = try CommandRunner.run(
      "train", ["--labels", fixture("labels.csv"), "--out", model, "--cv", "3", "--min-df", "1"])
    #expect(r.status == 0)
    for piece in [
      "read 24 rows", "critical: 8", "3-fold cross-validation", "confusion matrix", "vocabulary:",
      "L-BFGS:", "wrote",
    ] {
      #expect(r.stdout.contains(piece), "missing '\(piece)' in:\n\(r.stdout)")
    }
    #expect(FileManager.default.fileExists(atPath: model))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.safetensors"])
  }

  @Test func classifyJSONLinesHasEveryFieldWithTrueOffsets() throws {
    let (_, model) = try trainedModel()
    let path = fixture("article-a.txt")
    let r = try CommandRunner.run("classify", ["--model", model, "--format", "jsonl", path])
    #expect(r.status == 0, "\(r.stderr)")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let records = r.stdout.split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(records.count == 6)
    for (i, record) in records.enumerated() {
      #expect(
        Set(record.keys) == [
          "file", "outlet", "index", "start", "end", "line", "kind", "text", "label",
          "probabilities", "flags", "model", "actors",
        ])
      #expect(record["outlet"] as? String == "article-a")
      #expect((record["model"] as? String)?.count == 16)
      #expect(record["index"] as? Int == i)
      #expect(record["file"] as? String == path)
      let start = record["start"] as! Int
      let end = record["end"] as! Int
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == record["text"] as? String)
      let p = record["probabilities"] as! [String: Double]
      #expect(Set(p.keys) == ["critical", "neutral", "conciliatory"])
      #expect(abs(p.values.reduce(0, +) - 1) < 1e-9)
      #expect(p[record["label"] as! String] == p.values.max())
    }
    #expect(
      records.map { $0["kind"] as! String } == [
        "heading", "furniture", "sentence", "sentence", "sentence", "sentence",
      ])
  }

  @Test func everyOutputSaysWhatTheModelWasTrainedOnAndItsError() throws {
    let model = try CommandRunner.trainedModel().model
    let article = CommandRunner.fixtures.appendingPathComponent("article-a.txt").path
    let table = try CommandRunner.run("classify", ["--model", model, article])
    #expect(table.status == 0)
    let first = table.stdout.split(separator: "\n").prefix(4).joined(separator: "\n")
    #expect(first.contains("Model trained on") && first.contains("--gold"), "\(first)")
    #expect(first.contains("Classifier error: not known"), "\(first)")
    let json = try CommandRunner.run("classify", ["--model", model, "--format", "json", article])
    let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let m = doc["model"] as! [String: Any]
    #expect((m["trained_on"] as! [String: Any])["rows"] as? Int != nil)
    #expect((m["notes"] as! [String]).contains { $0.contains("--gold") })
    #expect(m["classifier_error"] is NSNull)
    // The committed model carries its out-of-fold share error, and its intervals include it.
    let committed = try CommandRunner.run("classify", ["--format", "json", article], in: root)
    let c = try JSONSerialization.jsonObject(with: Data(committed.stdout.utf8)) as! [String: Any]
    let error = (c["model"] as! [String: Any])["classifier_error"] as! [String: Any]
    #expect((error["articles"] as! Int) >= 100)
    let profile = (c["articles"] as! [[String: Any]])[0]
    #expect((profile["interval"] as! String).hasSuffix("+ classifier error"))
  }

  @Test func classifyCSVAndTable() throws {
    let (_, model) = try trainedModel()
    let csv = try CommandRunner.run(
      "classify",
      ["--model", model, "--format", "csv", fixture("article-a.txt"), fixture("article-b.txt")])
    #expect(csv.status == 0)
    let lines = csv.stdout.split(separator: "\n")
    #expect(
      lines.first
        == "file,outlet,index,start,end,line,kind,text,label,p_critical,p_neutral,p_conciliatory,quoted,uncertain,model,actors"
    )
    #expect(lines.count == 1 + 6 + 4)
    let table = try CommandRunner.run(
      "classify", ["--model", model, fixture("article-a.txt"), fixture("article-b.txt")])
    #expect(table.status == 0)
    #expect(
      table.stdout.contains("article-a") && table.stdout.contains("chi-square")
        && table.stdout.contains("%"))
  }

  @Test func linesModeKeepsLineNumbersAndStdinWorks() throws {
    let (_, model) = try trainedModel()
    let text = try Data(contentsOf: URL(fileURLWithPath: fixture("lines.txt")))
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--lines", "--format", "jsonl", "-"], input: text)
    #expect(r.status == 0, "\(r.stderr)")
    let records = r.stdout.split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(records.map { $0["line"] as! Int } == [1, 3, 5])
    #expect(records.map { $0["file"] as! String } == ["-", "-", "-"])
  }

  // MARK: Bad input

  @Test func missingUnreadableEmptyAndInvalidFilesAreReportedAndOthersStillDone() throws {
    let (folder, model) = try trainedModel()
    let empty = folder.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let invalid = folder.appendingPathComponent("bad.txt")
    try Data("Fine first line.\nSecond \u{00E9}".utf8 + [0xFF, 0x0A]).write(to: invalid)
    let noText = folder.appendingPathComponent("no-text")
    try FileManager.default.createDirectory(at: noText, withIntermediateDirectories: true)
    let utf16 = folder.appendingPathComponent("wide.txt")
    try Data([0xFF, 0xFE, 0x41, 0x00]).write(to: utf16)
    let r = try CommandRunner.run(
      "classify",
      [
        "--model", model, "--format", "jsonl", "/nonexistent/article.txt", empty.path,
        fixture("article-b.txt"), invalid.path, noText.path, utf16.path,
      ])
    #expect(r.status == 1)
    let errors = r.stderr.split(separator: "\n").map(String.init)
    #expect(errors.count == 5, "\(errors)")
    #expect(
      errors.contains { $0.contains("/nonexistent/article.txt") && $0.contains("no such file") })
    #expect(errors.contains { $0.contains("empty.txt") && $0.contains("nothing to classify") })
    #expect(errors.contains { $0.contains("bad.txt:2") && $0.contains("invalid UTF-8 at byte 26") })
    #expect(errors.contains { $0.contains("no-text") && $0.contains("no text files") })
    #expect(errors.contains { $0.contains("wide.txt") && $0.contains("UTF-16LE") })
    #expect(errors.allSatisfy { $0.hasPrefix("classify: error: ") })
    #expect(!r.stderr.contains("Fatal") && !r.stderr.contains("Stack"))
    // article-b.txt was still classified.
    #expect(r.stdout.split(separator: "\n").count == 4)
  }

  @Test func missingTruncatedAndCorruptModels() throws {
    let (folder, model) = try trainedModel()
    let absent = try CommandRunner.run(
      "classify",
      ["--model", folder.appendingPathComponent("none.safetensors").path, fixture("article-b.txt")])
    #expect(absent.status == 1)
    #expect(absent.stderr.contains("train --labels"))
    // The default model path, from a folder that has none.
    let defaultMissing = try CommandRunner.run("classify", [fixture("article-b.txt")], in: folder)
    #expect(defaultMissing.status == 1)
    #expect(
      defaultMissing.stderr.contains("models/framing.safetensors")
        && defaultMissing.stderr.contains("train --labels"))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: model))
    let truncated = folder.appendingPathComponent("truncated.safetensors")
    try bytes.prefix(bytes.count / 2).write(to: truncated)
    let t = try CommandRunner.run(
      "classify", ["--model", truncated.path, fixture("article-b.txt")])
    #expect(t.status == 1)
    #expect(t.stderr.contains("truncated.safetensors") && t.stderr.contains("truncated"))
    let corrupt = folder.appendingPathComponent("corrupt.safetensors")
    try Data("this is not a model at all, just text".utf8).write(to: corrupt)
    let c = try CommandRunner.run("classify", ["--model", corrupt.path, fixture("article-b.txt")])
    #expect(c.status == 1)
    #expect(c.stderr.contains("corrupt.safetensors") && c.stderr.split(separator: "\n").count == 1)
  }

  @Test func badLabelRowsAreAllNamedAndNoModelIsWritten() throws {
    let folder = try CommandRunner.temporaryFolder()
    let labels = folder.appendingPathComponent("labels.csv")
    try
      "text,label\nGood row.,critical\n,neutral\nNo label here,\nWrong case.,Critical\n\"never closed,critical\n"
      .write(to: labels, atomically: true, encoding: .utf8)
    let model = folder.appendingPathComponent("m.safetensors").path
    let r = try CommandRunner.run("train", ["--labels", labels.path, "--out", model])
    #expect(r.status == 1)
    #expect(r.stderr.contains("labels.csv:6") && r.stderr.contains("never closed"))
    #expect(!FileManager.default.fileExists(atPath: model))
    // Without the broken quote, every bad row is listed with its line.
    try "text,label\nGood row.,critical\n,neutral\nNo label here,\nWrong case.,Critical\n".write(
      to: labels, atomically: true, encoding: .utf8)
    let r2 = try CommandRunner.run("train", ["--labels", labels.path, "--out", model])
    #expect(r2.status == 1)
    for line in [3, 4, 5] { #expect(r2.stderr.contains("labels.csv:\(line):"), "\(r2.stderr)") }
    #expect(!FileManager.default.fileExists(atPath: model))
  }

  @Test func badOptionsGiveUsageErrors() throws {
    let r = try CommandRunner.run("classify", ["--format", "xml", fixture("article-b.txt")])
    #expect(r.status != 0 && r.stderr.contains("--format"))
    let t = try CommandRunner.run(
      "train",
      ["--labels", fixture("labels.csv"), "--ngram", "3-1", "--out", "/tmp/framing-x.safetensors"])
    #expect(t.status != 0 && t.stderr.contains("--ngram"))
    let missing = try CommandRunner.run(
      "train", ["--labels", "/nonexistent.csv", "--out", "/tmp/framing-never-written.safetensors"])
    #expect(
      missing.status == 1 && missing.stderr.contains("/nonexistent.csv")
        && missing.stderr.contains("no such file"))
  }

  // MARK: Workbench

  @Test func sameBytesWithOneOrTwoThreadsAndReportsWritten() throws {
    let folder = try CommandRunner.temporaryFolder()
    var models: [Data] = []
    for threads in ["1", "2"] {
      let model = folder.appendingPathComponent("m\(threads).safetensors").path
      let r = try CommandRunner.run(
        "train",
        [
          "--labels", fixture("labels.csv"), "--out", model, "--cv", "3", "--min-df", "1",
          "--group", "topic",
          "--metrics-json", folder.appendingPathComponent("metrics.json").path, "--errors",
          folder.appendingPathComponent("errors.csv").path,
        ],
        environment: ["FRAMING_THREADS": threads])
      #expect(r.status == 0, "\(r.stderr)")
      #expect(
        r.stdout.contains("grouped by 'topic'") && r.stdout.contains("label quality:")
          && r.stdout.contains("top features"))
      models.append(try Data(contentsOf: URL(fileURLWithPath: model)))
    }
    #expect(models[0] == models[1])
    let metrics =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("metrics.json"))) as! [String: Any]
    let cv = metrics["cross_validation"] as! [String: Any]
    #expect((cv["per_fold"] as! [Any]).count == 3)
    let errors = try String(
      contentsOf: folder.appendingPathComponent("errors.csv"), encoding: .utf8)
    #expect(errors.hasPrefix("line,text,gold,predicted,p_critical,p_neutral,p_conciliatory\n"))
  }

  @Test func searchPicksASettingAndModelInfoShowsIt() throws {
    let folder = try CommandRunner.temporaryFolder()
    let model = folder.appendingPathComponent("m.safetensors").path
    let r = try CommandRunner.run(
      "train",
      [
        "--labels", fixture("labels.csv"), "--out", model, "--cv", "3", "--search", "--search-c",
        "1,10",
        "--search-ngram", "1-1,1-2", "--search-min-df", "1", "--search-sublinear-tf", "true",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("searching 4 settings") && r.stdout.contains("best: --c"))
    let info = try CommandRunner.run("classify", ["--model", model, "--model-info"])
    #expect(info.status == 0)
    #expect(
      info.stdout.contains("labels: critical, neutral, conciliatory")
        && info.stdout.contains("search_settings: 4"))
    // A copy as the held-out file (the --labels file itself is refused as --test).
    let heldOut = model + ".test.csv"
    try FileManager.default.copyItem(atPath: fixture("labels.csv"), toPath: heldOut)
    let tested = try CommandRunner.run(
      "train",
      [
        "--labels", fixture("labels.csv"), "--out", model + ".tested", "--cv", "0", "--min-df", "1",
        "--test", heldOut,
      ])
    #expect(
      tested.status == 0 && tested.stdout.contains("held-out test")
        && tested.stdout.contains("(24 rows)"))
  }

  @Test func uncertainListsSentencesReadyToLabel() throws {
    let (_, model) = try trainedModel()
    let r = try CommandRunner.run(
      "classify",
      ["--model", model, "--uncertain", "3", fixture("article-a.txt"), fixture("article-b.txt")])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(
      lines.first == "text,label,file,start,end,line,outlet,predicted,probability,margin")
    #expect(lines.count == 4)
  }

  @Test func warningsAreSummarisedPastTheLimitAndNameOneArticleOutlets() throws {
    let (folder, model) = try trainedModel()
    var map = "file,outlet\n"
    var paths: [String] = []
    for i in 0..<30 {
      let path = folder.appendingPathComponent("s\(i).txt").path
      try "Critics slammed the deal. Leaders praised the talks.\n".write(
        toFile: path, atomically: true, encoding: .utf8)
      map += "\(path),\(i == 29 ? "Lonely" : "Wire")\n"
      paths.append(path)
    }
    let mapPath = folder.appendingPathComponent("outlets.csv").path
    try map.write(toFile: mapPath, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run("classify", ["--model", model, "--outlets", mapPath] + paths)
    #expect(r.status == 0, "\(r.stderr)")
    let warnings = r.stdout.split(separator: "\n").filter { $0.hasPrefix("warning:") }
    #expect(warnings.count == 13, "\(warnings.count)")
    #expect(warnings.last?.contains("more warnings") == true)
    #expect(r.stdout.contains("warning: Lonely: outlet figures describe one article"))
  }

  @Test func goldScoresTheModelOnBothFormsAndFeedsTheIntervals() throws {
    let (folder, model) = try trainedModel()
    // Form 1: classify's own CSV rows with the label column corrected by the analyst.
    let csv = try CommandRunner.run(
      "classify",
      ["--model", model, "--format", "csv", fixture("article-a.txt"), fixture("article-b.txt")])
    var rows = csv.stdout.split(separator: "\n").map(String.init)
    // The analyst corrects one critical unit to neutral and keeps the others.
    if let i = rows.indices.dropFirst().first(where: { rows[$0].contains(",critical,") }) {
      rows[i] = rows[i].replacingOccurrences(of: ",critical,", with: ",neutral,")
    }
    let gold = folder.appendingPathComponent("gold.csv")
    try (rows.joined(separator: "\n") + "\n").write(to: gold, atomically: true, encoding: .utf8)
    let scored = try CommandRunner.run("classify", ["--model", model, "--gold", gold.path])
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(scored.stdout.contains("macro avg") && scored.stdout.contains("confusion matrix"))
    #expect(scored.stdout.contains("share error per article"))
    #expect(scored.stdout.contains("calibration (ECE)"))
    let metrics = folder.appendingPathComponent("gold.json")
    let withInputs = try CommandRunner.run(
      "classify",
      [
        "--model", model, "--gold", gold.path, "--adjust", "--metrics-json", metrics.path,
        "--format", "json", fixture("article-a.txt"),
      ])
    #expect(withInputs.status == 0, "\(withInputs.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(withInputs.stdout.utf8)) as! [String: Any]
    let m = doc["model"] as! [String: Any]
    #expect(m["gold_macro_f1"] is Double)
    // Two articles are too few to replace the model's own error (this test model has none).
    #expect(m["classifier_error"] is NSNull)
    #expect(withInputs.stderr.contains("intervals keep the model's own error"))
    #expect((m["adjustment"] as? [String: Any])?["assumption"] is String)
    let article = (doc["articles"] as! [[String: Any]])[0]
    #expect(article["adjusted_shares"] is [String: Any])
    #expect(FileManager.default.fileExists(atPath: metrics.path))
    // Form 2: text,label rows.
    let plain = folder.appendingPathComponent("plain.csv")
    try
      "text,label\nCritics slammed the deal.,critical\nThe talks are on Friday.,neutral\nLeaders praised the warm talks.,conciliatory\n"
      .write(to: plain, atomically: true, encoding: .utf8)
    let p = try CommandRunner.run("classify", ["--model", model, "--gold", plain.path])
    #expect(p.status == 0 && p.stdout.contains("(3 units)"), "\(p.stderr)")
    // A row that is not one of classify's units is named with its line.
    try "file,start,end,text,label\n\(fixture("article-a.txt")),1,5,x,neutral\n".write(
      to: plain, atomically: true, encoding: .utf8)
    let bad = try CommandRunner.run("classify", ["--model", model, "--gold", plain.path])
    #expect(
      bad.status == 1 && bad.stderr.contains("plain.csv:2:") && bad.stderr.contains("no unit"))
    // A gold without every label cannot give confusion rates: said, not silent.
    var neutral = csv.stdout.split(separator: "\n").map(String.init)
    for i in 1..<neutral.count {
      neutral[i] = neutral[i].replacingOccurrences(of: ",critical,", with: ",neutral,")
        .replacingOccurrences(of: ",conciliatory,", with: ",neutral,")
    }
    try (neutral.joined(separator: "\n") + "\n").write(to: gold, atomically: true, encoding: .utf8)
    let partial = try CommandRunner.run(
      "classify", ["--model", model, "--gold", gold.path, "--adjust", fixture("article-a.txt")])
    #expect(
      partial.status == 0 && partial.stderr.contains("warning")
        && partial.stderr.contains("--adjust"))
    let noGold = try CommandRunner.run(
      "classify", ["--model", model, "--adjust", fixture("article-a.txt")])
    #expect(noGold.status != 0 && noGold.stderr.contains("--adjust needs --gold"))
  }
}
