import Foundation
import FramingSupport
import Testing

@testable import Classifier
@testable import Features

func tinyModel() throws -> FramingModel {
  let texts = [
    "Leaders praised the warm talks.", "The deal was welcomed.", "Critics slammed the summit.",
    "The minister condemned the attack.", "The meeting is on Friday.", "Talks begin at noon.",
    "Both sides welcomed a deal.", "Lawmakers condemned the talks.",
  ]
  let labels = [2, 2, 0, 0, 1, 1, 2, 0]
  let corpus = LabeledCorpus(
    path: "tiny.csv", labelNames: LabeledCorpus.defaultLabels, texts: TextColumn(texts),
    labels: labels,
    lines: Array(2...9), columns: [:])
  var config = TrainingConfiguration()
  config.tfidf.minDF = .count(1)
  return try Trainer.train(corpus, configuration: config).0
}

@Suite struct ModelFileTests {
  @Test func roundTripKeepsEveryNumberAndPrediction() throws {
    let model = try tinyModel()
    let bytes = try ModelFile.encode(model)
    let back = try ModelFile.decode(bytes, path: "m")
    #expect(back.labels == model.labels)
    #expect(back.regression == model.regression)
    #expect(back.vectorizer.idf == model.vectorizer.idf)
    #expect(back.vectorizer.vocabulary.terms == model.vectorizer.vocabulary.terms)
    #expect(back.vectorizer.options == model.vectorizer.options)
    let probe = ["The warm deal was welcomed by critics.", "Unknown words only"]
    #expect(back.probabilities(for: probe) == model.probabilities(for: probe))
    #expect(try ModelFile.encode(back) == bytes)  // deterministic bytes
  }

  @Test func headerIsSafetensorsLayout() throws {
    let bytes = try ModelFile.encode(try tinyModel())
    let n = bytes.withUnsafeBytes { Int(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))) }
    #expect((8 + n) % 8 == 0)
    let header = try JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + n)])) as! [String: Any]
    let meta = header["__metadata__"] as! [String: String]
    #expect(meta["format"] == "framing-model")
    #expect(
      Set(header.keys) == [
        "__metadata__", "weights", "bias", "idf", "vocabulary_bytes", "vocabulary_offsets",
      ])
  }

  @Test func truncationAtEveryOffsetFailsCleanly() throws {
    let bytes = try ModelFile.encode(try tinyModel())
    for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
      #expect(throws: ModelFileError.self) {
        try ModelFile.decode(Array(bytes[0..<cut]), path: "m")
      }
    }
  }

  @Test func corruptionsAreNamed() throws {
    let bytes = try ModelFile.encode(try tinyModel())
    // A header length that claims gigabytes.
    var huge = bytes
    huge.replaceSubrange(0..<8, with: withUnsafeBytes(of: UInt64(1 << 40).littleEndian, Array.init))
    #expect(throws: ModelFileError.self) { try ModelFile.decode(huge, path: "m") }
    // Not JSON.
    var garbled = bytes
    garbled[8] = 0x00
    #expect(throws: ModelFileError.self) { try ModelFile.decode(garbled, path: "m") }
    // Another format version.
    let needle = Array("\"format_version\":\"1\"".utf8)
    let at = (0...(bytes.count - needle.count)).first {
      Array(bytes[$0..<($0 + needle.count)]) == needle
    }
    #expect(at != nil)
    var v9 = bytes
    v9[at! + needle.count - 2] = UInt8(ascii: "9")
    #expect(throws: ModelFileError.unsupportedVersion(path: "m", found: "9", supported: "1")) {
      try ModelFile.decode(v9, path: "m")
    }
    // Extra bytes after the data.
    #expect(throws: ModelFileError.self) { try ModelFile.decode(bytes + [0], path: "m") }
  }

  @Test func atomicWriteReplacesAndLeavesNoTemporary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "framing-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("m.safetensors").path
    try AtomicFile.write([1, 2, 3], to: path)
    try ModelFile.write(try tinyModel(), to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.safetensors"])
    _ = try ModelFile.load(path: path)
    let absent = folder.path + "/absent"
    #expect(throws: ModelFileError.missing(path: absent)) { try ModelFile.load(path: absent) }
  }
}

@Suite struct CRC32Tests {
  @Test func knownValuesAndAnySplit() {
    var crc = CRC32()
    Array("123456789".utf8).withUnsafeBytes { crc.update($0) }
    #expect(crc.value == 0xCBF4_3926)
    // Eight bytes at a time or one: the same value, wherever the input is cut.
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    var whole = CRC32()
    bytes.withUnsafeBytes { whole.update($0) }
    for cut in [0, 1, 7, 8, 9, 500, 999] {
      var parts = CRC32()
      bytes[..<cut].withUnsafeBytes { parts.update($0) }
      bytes[cut...].withUnsafeBytes { parts.update($0) }
      #expect(parts.value == whole.value, "cut at \(cut)")
    }
    var slow: UInt32 = 0xFFFF_FFFF
    for b in bytes {
      slow ^= UInt32(b)
      for _ in 0..<8 { slow = slow & 1 != 0 ? 0xEDB8_8320 ^ (slow >> 1) : slow >> 1 }
    }
    #expect(whole.value == slow ^ 0xFFFF_FFFF)
  }
}
