import Foundation

/// Runs the package's built executables, which sit next to the test bundle.
struct CommandRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let binaries: URL = {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
  }()

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Runs `tool` with `arguments` in `directory`, feeding `input` to its standard input.
  static func run(
    _ tool: String, _ arguments: [String], in directory: URL? = nil, input: Data? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new
      }
    }
    process.executableURL = binaries.appendingPathComponent(tool)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    // Output goes to files, so that a large output can never block the child.
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(input) }
    try inPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A new empty folder that is removed when the test process ends.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "framing-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A model trained on the fixture labels (no cross-validation, every term kept) in a new
  /// folder.
  static func trainedModel() throws -> (folder: URL, model: String) {
    let folder = try temporaryFolder()
    let model = folder.appendingPathComponent("m.safetensors").path
    let labels = fixtures.appendingPathComponent("labels.csv").path
    let r = try run("train", ["--labels", labels, "--out", model, "--cv", "0", "--min-df", "1"])
    guard r.status == 0 else {
      throw CocoaError(.featureUnsupported, userInfo: ["stderr": r.stderr])
    }
    return (folder, model)
  }
}
