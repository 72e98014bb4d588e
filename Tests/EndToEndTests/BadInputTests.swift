import Foundation
import Testing

/// The bad inputs of a folder of scraped articles.
@Suite(.serialized) struct BadInputTests {
  @Test func nulBytesSymlinkLoopsAndClosedStdin() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let nul = folder.appendingPathComponent("nul.txt")
    try Data("First line.\nSecond\u{0}line.\n".utf8).write(to: nul)
    let loop = folder.appendingPathComponent("loop.txt")
    try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
    let good = folder.appendingPathComponent("good.txt")
    try "The delegations will meet on Monday.".write(to: good, atomically: true, encoding: .utf8)
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--format", "jsonl", nul.path, loop.path, good.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("nul.txt:2: NUL byte at byte 18"))
    #expect(r.stderr.contains("loop.txt: is a broken or looping symbolic link"))
    #expect(r.stdout.split(separator: "\n").count == 1)
    // Standard input closed at once.
    let closed = try CommandRunner.run("classify", ["--model", model, "-"], input: Data())
    #expect(closed.status == 1 && closed.stderr.contains("-: the file is empty"))
  }

  @Test func crAndCrlfLineEndsKeepTrueOffsetsAndLines() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    for (name, end) in [("cr.txt", "\r"), ("crlf.txt", "\r\n")] {
      let file = folder.appendingPathComponent(name)
      let text =
        "Talks begin\(end)\(end)The delegations will meet on Monday.\(end)Critics condemned the deal.\(end)"
      try Data(text.utf8).write(to: file)
      let r = try CommandRunner.run("classify", ["--model", model, "--format", "jsonl", file.path])
      #expect(r.status == 0)
      let rows = r.stdout.split(separator: "\n").map {
        try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
      }
      let bytes = Array(text.utf8)
      #expect(rows.map { $0["line"] as! Int } == [1, 3, 4])
      for row in rows {
        let s = row["start"] as! Int
        let e = row["end"] as! Int
        #expect(String(decoding: bytes[s..<e], as: UTF8.self) == row["text"] as? String)
      }
    }
  }

  @Test func aFiftyMegabyteLineDoesNotCrash() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let big = folder.appendingPathComponent("big.txt")
    // Long runs without a break (as in a minified or mangled scrape), with a few words
    // between them, keep the debug-build test fast while the line is still 50 MB.
    let chunk = Array((String(repeating: "=", count: 4000) + " critics condemned the deal. ").utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(50 << 20)
    while bytes.count < 50 << 20 { bytes += chunk }
    try Data(bytes).write(to: big)
    let r = try CommandRunner.run("classify", ["--model", model, big.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("big"))
  }
}

/// `train` killed with SIGKILL while it writes the model never leaves a broken model.
@Suite(.serialized) struct AtomicWriteTests {
  @Test func killedWritesKeepThePreviousModelAndLeaveNothingBehind() throws {
    let folder = try CommandRunner.temporaryFolder()
    let model = folder.appendingPathComponent("m.safetensors")
    let labels = CommandRunner.fixtures.appendingPathComponent("labels.csv").path
    let arguments = [
      "--labels", labels, "--out", model.path, "--cv", "0", "--min-df", "1", "--quiet",
    ]
    #expect(try CommandRunner.run("train", arguments).status == 0)
    let previous = try Data(contentsOf: model)
    // Different options give a different model, so that old and new bytes can be told apart.
    let other = arguments + ["--c", "0.5"]
    var killedMidWrite = 0
    // Each run is killed a while after its temporary file appears (the first one blind,
    // 40 ms after the start, maybe before the write): waiting for the file, not a fixed
    // delay, so that a loaded machine still kills during the write.
    for afterTemporary in [-40, 0, 20, 60, 120] {
      let process = Process()
      process.executableURL = CommandRunner.binaries.appendingPathComponent("train")
      process.arguments = other
      process.environment = ProcessInfo.processInfo.environment.merging([
        "FRAMING_WRITE_DELAY_MS": "5"
      ]) { $1 }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      if afterTemporary < 0 {
        usleep(UInt32(-afterTemporary * 1000))
      } else {
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline,
          try !FileManager.default.contentsOfDirectory(atPath: folder.path).contains(where: {
            $0.contains(".tmp-")
          })
        {
          usleep(1000)
        }
        usleep(UInt32(afterTemporary * 1000))
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      // The model is the previous one, whole, or (if the kill came after the rename) the
      // new one, whole: never a mixture or a fragment.
      let now = try Data(contentsOf: model)
      let info = try CommandRunner.run("classify", ["--model", model.path, "--model-info"])
      #expect(
        now == previous || info.status == 0,
        "killed \(afterTemporary) ms after the temporary: \(info.stderr)")
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        $0.contains(".tmp-")
      }
      if !leftovers.isEmpty { killedMidWrite += 1 }
    }
    #expect(killedMidWrite > 0, "no kill landed during the write; the delays need adjusting")
    // The next successful run replaces the model and removes the killed runs' temporaries.
    #expect(try CommandRunner.run("train", other).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.safetensors"])
    #expect(try Data(contentsOf: model) != previous)
  }
}
