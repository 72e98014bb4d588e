import Foundation
import Testing

@testable import Classifier
@testable import Features

/// Damaged model files: every load either gives the very same predictions or fails with a
/// ``ModelFileError``; never a crash, another error type, or an allocation the file's size
/// does not justify.
@Suite struct ModelFileRobustnessTests {
  /// A small model, its file's bytes, and its predictions on a few probe texts.
  struct Fixture {
    let bytes: [UInt8]
    let labels: [String]
    let probabilities: [Double]
    /// Where the tensor data starts: 8 + the JSON header's length.
    let headerEnd: Int

    static let probes = [
      "Critics slammed the warm talks.", "The meeting is on Friday.", "nothing known here",
    ]

    init() throws {
      let corpus = LabeledCorpus(
        path: "robust.csv", labelNames: LabeledCorpus.defaultLabels,
        texts: [
          "Critics slammed the deal.", "The talks were condemned.", "The meeting is on Friday.",
          "Talks begin at noon.", "Leaders praised the warm talks.",
          "Both sides welcomed the deal.",
        ],
        labels: [0, 0, 1, 1, 2, 2], lines: Array(2...7), columns: [:])
      var config = TrainingConfiguration()
      config.tfidf.maxN = 1
      let trained = try Trainer.train(corpus, configuration: config).0
      // Without training facts the header is half as long and the header test twice as fast.
      let model = FramingModel(
        labels: trained.labels, vectorizer: trained.vectorizer, regression: trained.regression)
      bytes = try ModelFile.encode(model)
      labels = model.labels
      probabilities = model.probabilities(for: Fixture.probes)
      headerEnd =
        8 + bytes.withUnsafeBytes { Int(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))) }
    }
  }

  enum Outcome: Equatable {
    case sameModel
    case refused(ModelFileError)
  }

  /// Loads `bytes`; records an issue unless the result is the fixture's model or a
  /// ``ModelFileError``.
  func load(_ bytes: [UInt8], _ fixture: Fixture, _ what: @autoclosure () -> String) -> Outcome? {
    do {
      let model = try ModelFile.decode(bytes, path: "m")
      #expect(model.labels == fixture.labels, "\(what()) loaded with labels \(model.labels)")
      #expect(
        model.probabilities(for: Fixture.probes) == fixture.probabilities,
        "\(what()) loaded with different predictions")
      return .sameModel
    } catch let error as ModelFileError {
      return .refused(error)
    } catch {
      Issue.record("\(what()) threw \(error), not a ModelFileError")
      return nil
    }
  }

  @Test func fixtureLoads() throws {
    let fixture = try Fixture()
    #expect(load(fixture.bytes, fixture, "the intact file") == .sameModel)
    #expect(fixture.headerEnd > 100 && fixture.headerEnd < fixture.bytes.count)
  }

  @Test func truncationAtEveryByteIsReportedAsTruncated() throws {
    let fixture = try Fixture()
    for cut in 0..<fixture.bytes.count {
      guard case .refused(let error) = load(Array(fixture.bytes[..<cut]), fixture, "cut at \(cut)")
      else {
        Issue.record("the file cut at byte \(cut) of \(fixture.bytes.count) loaded")
        continue
      }
      guard case .truncated = error else {
        Issue.record("cut at \(cut): \(error) is not reported as truncated")
        continue
      }
    }
  }

  @Test func everyBitFlipInTheHeaderIsRefusedOrHarmless() throws {
    let fixture = try Fixture()
    var refused = 0
    for offset in 0..<fixture.headerEnd {
      for bit in 0..<8 {
        var bytes = fixture.bytes
        bytes[offset] ^= 1 << bit
        if case .refused = load(bytes, fixture, "bit \(bit) of header byte \(offset) flipped") {
          refused += 1
        }
      }
    }
    // Only flips that leave the parsed header as it was (none, in practice) may load.
    #expect(refused == fixture.headerEnd * 8)
  }

  @Test func sampledBitFlipsInTheDataAreRefused() throws {
    let fixture = try Fixture()
    // Every byte of the data once, the flipped bit cycling through all eight positions.
    for offset in fixture.headerEnd..<fixture.bytes.count {
      var bytes = fixture.bytes
      let bit = offset % 8
      bytes[offset] ^= 1 << bit
      let outcome = load(bytes, fixture, "bit \(bit) of data byte \(offset) flipped")
      guard case .refused(.corrupt(_, let detail)) = outcome else {
        Issue.record("bit \(bit) of data byte \(offset) flipped: \(String(describing: outcome))")
        continue
      }
      #expect(detail.contains("checksum"), "data byte \(offset): \(detail)")
    }
  }

  @Test func anEditThatKeepsTheFileWellFormedIsRefused() throws {
    let fixture = try Fixture()
    // Renaming a label keeps the JSON valid and every tensor in place.
    let needle = Array("conciliatory".utf8)
    let at = try #require(
      (0...(fixture.bytes.count - needle.count)).first {
        Array(fixture.bytes[$0..<($0 + needle.count)]) == needle
      })
    var edited = fixture.bytes
    edited[at] = UInt8(ascii: "C")
    guard case .refused(.corrupt(_, let detail)) = load(edited, fixture, "a renamed label") else {
      Issue.record("a renamed label was not refused as corrupt")
      return
    }
    #expect(detail.contains("checksum"))
  }

  /// `container` with a checksum that matches it again: a forged file the checksum cannot
  /// catch, so that the checks behind it are what refuses it.
  func resealed(_ container: Safetensors) throws -> [UInt8] {
    var c = container
    c.metadata[ModelFile.checksumKey] = nil
    c.metadata[ModelFile.checksumKey] = ModelFile.checksumText(
      c.checksum(excludingMetadata: ModelFile.checksumKey))
    return try c.encoded()
  }

  @Test func aForgedLabelWithControlCharactersIsRefused() throws {
    let fixture = try Fixture()
    for label in ["crit\u{1B}[31mical", "crit\u{0}ical", "crit\nical"] {
      var container = try Safetensors(bytes: fixture.bytes, path: "m")
      var labels = fixture.labels
      labels[0] = label
      container.metadata["labels"] = String(
        decoding: try JSONSerialization.data(withJSONObject: labels), as: UTF8.self)
      #expect(
        throws: ModelFileError.corrupt(path: "m", detail: "a label holds a control character")
      ) {
        try ModelFile.decode(try resealed(container), path: "m")
      }
    }
  }

  @Test func forgedHugeFiniteWeightsAreRefused() throws {
    let fixture = try Fixture()
    var container = try Safetensors(bytes: fixture.bytes, path: "m")
    let weights = try #require(container.tensors["weights"])
    let huge = [Double](repeating: 1e300, count: weights.float64Values.count)
    container.tensors["weights"] = .float64(huge, shape: weights.shape)
    do {
      _ = try ModelFile.decode(try resealed(container), path: "m")
      Issue.record("a model with weights of 1e300 loaded")
    } catch ModelFileError.corrupt(_, let detail) {
      #expect(detail.contains("beyond"), "\(detail)")
    }
    // The bound is far above what training gives.
    let model = try ModelFile.decode(fixture.bytes, path: "m")
    #expect(model.regression.weights.allSatisfy { abs($0) < ModelFile.maximumWeight / 1000 })
  }

  @Test func aFileWithoutChecksumIsRefused() throws {
    let fixture = try Fixture()
    var container = try Safetensors(bytes: fixture.bytes, path: "m")
    container.metadata[ModelFile.checksumKey] = nil
    #expect(
      throws: ModelFileError.corrupt(
        path: "m", detail: "no checksum in metadata; train the model again with this build")
    ) {
      try ModelFile.decode(container.encoded(), path: "m")
    }
  }

  /// Header lengths that claim far more than the file holds, or too little for JSON.
  @Test(arguments: [
    UInt64(1) << 63, 1 << 40, UInt64(Safetensors.maximumHeaderLength) + 1, 100_000, 1, 0,
  ])
  func impossibleHeaderLengthIsRefusedBeforeReading(_ length: UInt64) throws {
    let fixture = try Fixture()
    var bytes = fixture.bytes
    bytes.replaceSubrange(0..<8, with: le(length))
    guard case .refused = load(bytes, fixture, "header length \(length)") else {
      Issue.record("header length \(length) was not refused")
      return
    }
  }

  /// Tensor shapes that claim gigabytes or overflow are refused from the header alone.
  @Test(arguments: [
    (#"{"t":{"dtype":"F64","shape":[268435456,3],"data_offsets":[0,6442450944]}}"#, "truncated"),
    (#"{"t":{"dtype":"F64","shape":[2147483647,3],"data_offsets":[0,51539607528]}}"#, "corrupt"),
    (#"{"t":{"dtype":"F64","shape":[4294967296,4294967296],"data_offsets":[0,8]}}"#, "corrupt"),
    (#"{"t":{"dtype":"U8","shape":[2147483647,2147483647],"data_offsets":[0,8]}}"#, "corrupt"),
    (#"{"t":{"dtype":"U8","shape":[-1],"data_offsets":[0,8]}}"#, "corrupt"),
    (
      #"{"t":{"dtype":"U8","shape":[8],"data_offsets":[9007199254740992,9007199254741000]}}"#,
      "truncated"
    ),
    (
      #"{"t":{"dtype":"U8","shape":[8],"data_offsets":[0,8]},"u":{"dtype":"U8","shape":[8],"data_offsets":[0,8]}}"#,
      "corrupt"
    ),
    (#"{"t":{"dtype":"U8","shape":[8],"data_offsets":[8,0]}}"#, "corrupt"),
    (
      #"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"#,
      "corrupt"
    ),
  ])
  func hugeTensorShapeIsRefusedBeforeAllocating(_ header: String, _ kind: String) {
    let json = Array(header.utf8)
    let bytes = le(UInt64(json.count)) + json + [UInt8](repeating: 7, count: 8)
    do {
      _ = try Safetensors(bytes: bytes, path: "m")
      Issue.record("\(header) was accepted")
    } catch let error as ModelFileError {
      switch (error, kind) {
      case (.truncated, "truncated"), (.corrupt, "corrupt"): break
      default: Issue.record("\(header): \(error), expected \(kind)")
      }
    } catch {
      Issue.record("\(header): \(error) is not a ModelFileError")
    }
  }

  @Test func deeplyNestedHeaderIsRefused() {
    let json = Array(
      (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
    #expect(throws: ModelFileError.self) {
      try Safetensors(bytes: le(UInt64(json.count)) + json, path: "m")
    }
  }
}

/// The 8 little-endian bytes of `n`.
private func le(_ n: UInt64) -> [UInt8] { withUnsafeBytes(of: n.littleEndian, Array.init) }
