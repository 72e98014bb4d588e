import Classifier
import Features
import Foundation
import FramingSupport
import Testing

@testable import Labelling
@testable import Rendering
@testable import Runs

@Suite struct TextFilePiecesTests {
  @Test func piecesEndAfterBlankLinesAndCountLines() throws {
    let text = "One.\nTwo.\n\nThree.\r\n\r\nFour.\n \t\nFive.\rSix.\n\nSeven."
    let file = try TextFile(path: "t", bytes: Array(text.utf8))
    let pieces = file.pieces(size: 1)
    let strings = pieces.map { String(decoding: file.bytes[$0.range], as: UTF8.self) }
    #expect(
      strings == ["One.\nTwo.\n\n", "Three.\r\n\r\n", "Four.\n \t\n", "Five.\rSix.\n\n", "Seven."])
    #expect(pieces.map(\.firstLine) == [1, 4, 6, 8, 11])
    #expect(file.pieces(size: 1 << 20).map(\.range) == [0..<file.bytes.count])
    #expect(file.pieces(size: 12).count == 3)
  }

  @Test func everyLineIsACutForLines() throws {
    let file = try TextFile(path: "t", bytes: Array("\u{FEFF}a\nb\r\nc".utf8))
    let pieces = file.pieces(size: 1, anyLine: true)
    #expect(pieces.map(\.range) == [3..<5, 5..<8, 8..<9])
    #expect(pieces.map(\.firstLine) == [1, 2, 3])
  }

  @Test func emptyTextIsOneEmptyPiece() throws {
    #expect(try TextFile(path: "t", bytes: []).pieces(size: 8).map(\.range) == [0..<0])
    #expect(
      try TextFile(path: "t", bytes: [0xEF, 0xBB, 0xBF]).pieces(size: 8).map(\.range) == [3..<3])
  }

  @Test func lineEndsCountLoneCarriageReturns() {
    let text = Array("a\nb\r\nc\rd\n\n\re\r".utf8) + Array(repeating: 0x0A, count: 19)
    text.withUnsafeBufferPointer { t in
      #expect(TextFile.lineEnds(t, 0..<t.count) == 6 + 19)
      #expect(TextFile.lineEnds(t, 2..<5) == 1)
    }
  }

  @Test func labellingInPiecesOnAnyThreadsMatchesOneSplit() throws {
    let model = try reportsTestModel()
    let paragraph = "Leaders praised the warm talks. Critics slammed the summit.\n\n"
    let text = String(repeating: paragraph, count: 4000)
    let file = try TextFile(path: "t", bytes: Array(text.utf8))
    let labeled = Labeller(model: model).label(file)
    let whole = file.bytes.withUnsafeBufferPointer { all in
      Labeller(model: model).labelUnits(
        all, piece: TextFile.Piece(range: 0..<all.count, firstLine: 1))
    }
    #expect(file.pieces(size: Labeller.pieceSize).count > 1)
    #expect(labeled.count == whole.count && labeled.count == 8000)
    #expect(labeled.units == whole.units)
    #expect(labeled.lines == whole.lines)
    #expect(labeled.labels == whole.labels)
    #expect(labeled.probabilities == whole.probabilities)
  }

  @Test func streamKeepsOrderAndBoundsTheJobsInFlight() {
    var next = 0
    var consumed: [Int] = []
    var most = 0
    Parallel.stream(
      window: 3,
      next: {
        defer { next += 1 }
        most = max(most, next - consumed.count)
        return next < 200 ? next : nil
      },
      work: { $0 * $0 },
      consume: { consumed.append($0) })
    #expect(consumed == (0..<200).map { $0 * $0 })
    #expect(most <= 3)
  }
}
