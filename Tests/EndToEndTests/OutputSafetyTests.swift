import Foundation
import Testing

/// Runs a shell command line with the built tools on its PATH, with a time limit, so that
/// a test can redirect standard output and error the way a user does (`> /dev/full`,
/// `>&-`, `2>&-`) and a hang fails instead of blocking the run.
func shell(_ script: String, in directory: URL? = nil, timeout: TimeInterval = 60) throws
  -> CommandRunner.Result
{
  let folder = try CommandRunner.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let out = folder.appendingPathComponent("out")
  let err = folder.appendingPathComponent("err")
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/sh")
  // The script's own redirections apply to the tool; what is left goes to these files.
  process.arguments = ["-c", "{ \(script) ; } >\"$OUT\" 2>\"$ERR\""]
  var environment = ProcessInfo.processInfo.environment
  environment["PATH"] = CommandRunner.binaries.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
  environment["OUT"] = out.path
  environment["ERR"] = err.path
  process.environment = environment
  if let directory { process.currentDirectoryURL = directory }
  try process.run()
  let deadline = Date().addingTimeInterval(timeout)
  while process.isRunning && Date() < deadline { usleep(20_000) }
  if process.isRunning {
    kill(-process.processIdentifier, SIGKILL)
    process.terminate()
    process.waitUntilExit()
    return CommandRunner.Result(status: -1, stdout: "", stderr: "timed out after \(timeout) s")
  }
  let read = { (url: URL) in
    String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
  }
  return CommandRunner.Result(
    status: process.terminationStatus, stdout: read(out), stderr: read(err))
}

/// Whether this process may make device nodes and switch users (root, as in CI).
let isRoot = getuid() == 0

@Suite(.serialized) struct OutputSafetyTests {
  static let article = CommandRunner.fixtures.appendingPathComponent("article-a.txt").path
  static let labels = CommandRunner.fixtures.appendingPathComponent("labels.csv").path

  @Test(arguments: ["csv", "jsonl", "table", "json"])
  func aFullStandardOutputIsAnError(format: String) throws {
    let model = try CommandRunner.trainedModel().model
    let r = try shell(
      "classify --model '\(model)' --format \(format) '\(Self.article)' > /dev/full")
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stderr.contains("standard output") && r.stderr.contains("No space left on device"))
    #expect(r.stderr.split(separator: "\n").count == 1)
  }

  @Test func modelInfoTrainAndTokenizeToAFullOutputAreErrors() throws {
    let (folder, model) = try CommandRunner.trainedModel()
    for script in [
      "classify --model '\(model)' --model-info > /dev/full",
      "train --labels '\(Self.labels)' --cv 0 --min-df 1 --out '\(folder.path)/t.safetensors' > /dev/full",
      "tokenize '\(Self.article)' > /dev/full",
    ] {
      let r = try shell(script)
      #expect(r.status == 1, "\(script): \(r.status) \(r.stderr)")
      #expect(r.stderr.contains("No space left on device"), "\(script): \(r.stderr)")
    }
  }

  @Test func aClosedStandardOutputIsAnError() throws {
    let model = try CommandRunner.trainedModel().model
    let r = try shell("classify --model '\(model)' --format csv '\(Self.article)' >&-")
    #expect(r.status == 1)
    #expect(r.stderr.contains("standard output") && r.stderr.contains("Bad file descriptor"))
  }

  @Test func aClosedOrFullStandardErrorDoesNotStopTheRun() throws {
    let model = try CommandRunner.trainedModel().model
    for redirect in ["2>&-", "2>/dev/full"] {
      // A missing file first: its error cannot be written, and the article after it must
      // still be classified; the exit code says that something went wrong.
      let r = try shell(
        "classify --model '\(model)' --format csv /no/such/file.txt '\(Self.article)' \(redirect)")
      #expect(r.status == 1, "\(redirect): \(r.status)")
      #expect(r.stdout.contains("article-a.txt"), "\(redirect)")
      let t = try shell("tokenize /no/such/file.txt \(redirect)")
      #expect(t.status == 1, "\(redirect): tokenize \(t.status)")
    }
  }

  @Test func everyTrainOutputIsCheckedBeforeTheModelIsWritten() throws {
    let folder = try CommandRunner.temporaryFolder()
    let out = folder.appendingPathComponent("m.safetensors").path
    let r = try CommandRunner.run(
      "train",
      [
        "--labels", Self.labels, "--cv", "2", "--min-df", "1", "--out", out, "--metrics-json",
        "/no/such/folder/m.json",
      ])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/no/such/folder/m.json") && r.stderr.contains("does not exist"))
    #expect(!FileManager.default.fileExists(atPath: out), "the model was written first")
    let empty = try CommandRunner.run("train", ["--labels", Self.labels, "--out", ""])
    #expect(empty.status == 1 && empty.stderr.contains("empty path"), "\(empty.stderr)")
  }

  @Test func outputsThatNameAnInputOrEachOtherAreRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    let labels = folder.appendingPathComponent("l.csv")
    try FileManager.default.copyItem(atPath: Self.labels, toPath: labels.path)
    let before = try Data(contentsOf: labels)
    let m = folder.path + "/m"
    for extra in [
      ["--out", labels.path], ["--out", m, "--errors", labels.path],
      ["--out", m, "--metrics-json", labels.path],
      ["--out", folder.path + "/m", "--errors", folder.path + "/./m"],
    ] {
      let r = try CommandRunner.run(
        "train", ["--labels", labels.path, "--cv", "2", "--min-df", "1"] + extra, in: folder)
      #expect(r.status == 1, "\(extra)")
      #expect(r.stderr.contains("names the same file"), "\(extra): \(r.stderr)")
      #expect(try Data(contentsOf: labels) == before, "\(extra) replaced the labels")
      #expect(!FileManager.default.fileExists(atPath: folder.path + "/m"))
    }
    let model = try CommandRunner.trainedModel().model
    let article = folder.appendingPathComponent("a.txt")
    try FileManager.default.copyItem(atPath: Self.article, toPath: article.path)
    let text = try Data(contentsOf: article)
    for report in [article.path, folder.path + "/../" + folder.lastPathComponent + "/a.txt"] {
      let r = try CommandRunner.run(
        "classify", ["--model", model, "--report", report, article.path])
      #expect(r.status == 1 && r.stderr.contains("names the same file"), "\(r.stderr)")
      #expect(try Data(contentsOf: article) == text, "the article was replaced")
    }
    // Inside a folder given as input, too.
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--report", article.path, folder.path])
    #expect(r.status == 1 && r.stderr.contains("names the same file"))
    #expect(try Data(contentsOf: article) == text)
  }

  @Test func linksAreFollowedAndDevicesWrittenInPlace() throws {
    let folder = try CommandRunner.temporaryFolder()
    let model = try CommandRunner.trainedModel().model
    let target = folder.appendingPathComponent("target.html")
    let link = folder.appendingPathComponent("link.html")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--report", link.path, Self.article])
    #expect(r.status == 0, "\(r.stderr)")
    let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink, "the link was replaced")
    #expect(try String(contentsOf: target, encoding: .utf8).contains("<html"))
    // A FIFO takes the report as a stream, with a reader on the other end.
    let fifo = folder.appendingPathComponent("pipe.html").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let piped = try shell(
      "cat '\(fifo)' > '\(folder.path)/got.html' & classify --model '\(model)' --report '\(fifo)' '\(Self.article)'; wait",
      timeout: 60)
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(
      try String(contentsOfFile: folder.path + "/got.html", encoding: .utf8).contains("<html"))
    var info = stat()
    #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    guard isRoot else {
      print("skipped: device nodes need root (mknod)")
      return
    }
    let null = folder.appendingPathComponent("null").path
    #expect(mknod(null, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
    let t = try CommandRunner.run(
      "train", ["--labels", Self.labels, "--cv", "0", "--min-df", "1", "--out", null])
    #expect(t.status == 0, "\(t.stderr)")
    #expect(stat(null, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "the device was replaced")
    let block = folder.appendingPathComponent("block").path
    #expect(mknod(block, S_IFBLK | 0o600, dev_t(7 << 8 | 200)) == 0)
    let b = try CommandRunner.run(
      "train", ["--labels", Self.labels, "--cv", "0", "--min-df", "1", "--out", block])
    #expect(b.status == 1 && b.stderr.contains("block device"), "\(b.stderr)")
  }

  @Test func foldersSkipFIFOsAndHiddenFoldersAndNameUnreadableOnes() throws {
    let folder = try CommandRunner.temporaryFolder()
    let model = try CommandRunner.trainedModel().model
    try FileManager.default.copyItem(
      atPath: Self.article, toPath: folder.appendingPathComponent("a.txt").path)
    #expect(mkfifo(folder.appendingPathComponent("blocks.txt").path, 0o600) == 0)
    let hidden = folder.appendingPathComponent(".cache")
    try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
    try "A hidden draft that must not count.\n".write(
      to: hidden.appendingPathComponent("draft.txt"), atomically: true, encoding: .utf8)
    let r = try shell("classify --model '\(model)' --format csv '\(folder.path)'", timeout: 60)
    #expect(r.status == 0, "\(r.status) \(r.stderr)")
    #expect(r.stderr.contains("blocks.txt") && r.stderr.contains("not a regular file"))
    #expect(r.stderr.contains("warning"))
    #expect(!r.stdout.contains("draft.txt"))
    #expect(r.stdout.contains("a.txt"))
    // The same file twice is read once.
    let twice = try CommandRunner.run(
      "classify", ["--model", model, "--format", "csv", Self.article, Self.article])
    #expect(twice.status == 0 && twice.stderr.contains("more than once"))
    let rows = twice.stdout.split(separator: "\n").dropFirst()
    let once = try CommandRunner.run(
      "classify", ["--model", model, "--format", "csv", Self.article])
    #expect(rows.count == once.stdout.split(separator: "\n").count - 1)
    guard isRoot, FileManager.default.fileExists(atPath: "/usr/bin/setpriv") else {
      print("skipped: an unreadable folder needs another user (root and setpriv)")
      return
    }
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Self.article, toPath: locked.appendingPathComponent("b.txt").path)
    chmod(locked.path, 0o000)
    defer { chmod(locked.path, 0o755) }
    chmod(folder.path, 0o755)
    let copy = folder.appendingPathComponent("m.safetensors").path
    try FileManager.default.copyItem(atPath: model, toPath: copy)
    chmod(copy, 0o644)
    let u = try shell(
      "setpriv --reuid=65534 --regid=65534 --clear-groups classify --model '\(copy)' --format csv '\(folder.path)/a.txt' '\(folder.path)'",
      timeout: 60)
    #expect(u.status == 1, "\(u.status) \(u.stderr)")
    #expect(u.stderr.contains("locked") && u.stderr.contains("cannot be read"), "\(u.stderr)")
  }
}
