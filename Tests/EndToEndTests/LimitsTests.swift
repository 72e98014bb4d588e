import Foundation
import Testing

/// Inputs past the documented limits end in one clear line, not in exhausted memory, a
/// crash or a hang.
@Suite(.serialized) struct LimitsTests {
  @Test func endlessInputsStopAtTheLimit() throws {
    let model = try CommandRunner.trainedModel().model
    for script in [
      "classify --model '\(model)' --format csv - < /dev/zero",
      "classify --model '\(model)' --format csv /dev/zero",
    ] {
      let r = try shell(script, timeout: 120)
      #expect(r.status == 1, "\(script): \(r.status) \(r.stderr)")
      #expect(r.stderr.contains("over the limit of 1024 MB"), "\(script): \(r.stderr)")
      #expect(!r.stderr.contains("Fatal error"))
    }
    // Inside a folder, a link to a device is skipped (it is not a regular file).
    let folder = try CommandRunner.temporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
    try FileManager.default.copyItem(
      atPath: CommandRunner.fixtures.appendingPathComponent("article-a.txt").path,
      toPath: folder.appendingPathComponent("a.txt").path)
    let r = try shell("classify --model '\(model)' --format csv '\(folder.path)'", timeout: 60)
    #expect(r.status == 0 && r.stderr.contains("zero.txt") && r.stderr.contains("not a regular"))
  }

  @Test func aJSONLinesLineOverTheLimitIsNamed() throws {
    let model = try CommandRunner.trainedModel().model
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("big.jsonl").path
    var data = Data("{\"id\":\"ok\",\"text\":\"Talks went well.\"}\n{\"id\":\"x\",\"text\":\"".utf8)
    data.append(Data(repeating: 0x61, count: 65 << 20))
    data.append(Data("\"}\n".utf8))
    try data.write(to: URL(fileURLWithPath: path))
    let r = try CommandRunner.run(
      "classify", ["--model", model, "--input", "jsonl", "--format", "jsonl", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("big.jsonl") && r.stderr.contains("line 2 is longer than the limit"))
    #expect(r.stdout.contains("\"file\":\"ok\""), "the line before it is still classified")
  }

  @Test func aCSVRowOverTheLimitIsNamed() throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("l.csv").path
    var data = Data("text,label\nTalks went well.,conciliatory\n\"".utf8)
    data.append(Data(repeating: 0x61, count: 17 << 20))
    data.append(Data("\",critical\n".utf8))
    try data.write(to: URL(fileURLWithPath: path))
    let r = try CommandRunner.run(
      "train", ["--labels", path, "--out", folder.path + "/m.safetensors", "--cv", "0"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("l.csv:3: a row of 17.0 MB, over the limit of 16 MB"), "\(r.stderr)")
  }

  @Test func modelsThatAreNotFilesOrNameTooManyTensorsAreRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    let fifo = folder.appendingPathComponent("m.safetensors").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let loop = folder.appendingPathComponent("loop.safetensors").path
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
    for (path, expected) in [
      (fifo, "not a regular file"), ("/dev/null", "not a regular file"), (loop, "loops"),
    ] {
      let r = try shell("classify --model '\(path)' --model-info", timeout: 30)
      #expect(r.status == 1 && r.stderr.contains(expected), "\(path): \(r.stderr)")
    }
    // A header inside the length limit that names ten thousand empty tensors.
    var header = "{\"__metadata__\":{\"format\":\"framing-model\"}"
    for i in 0..<10_000 {
      header += ",\"t\(i)\":{\"dtype\":\"F64\",\"shape\":[0],\"data_offsets\":[0,0]}"
    }
    header += "}"
    while (8 + header.utf8.count) % 8 != 0 { header += " " }
    var bytes = withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian) { Data($0) }
    bytes.append(Data(header.utf8))
    let many = folder.appendingPathComponent("many.safetensors")
    try bytes.write(to: many)
    let r = try CommandRunner.run("classify", ["--model", many.path, "--model-info"])
    #expect(r.status == 1 && r.stderr.contains("names 10000 tensors"), "\(r.stderr)")
  }
}
