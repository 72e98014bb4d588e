import Classifier
import Features
import FramingSupport

/// One unit of an article with its label and probabilities.
public struct ClassifiedUnit: Sendable {
  /// Position of the unit in its file (0-based).
  public var index: Int
  /// The byte range and kind.
  public var unit: TextUnit
  /// 1-based line of the unit's start.
  public var line: Int
  /// Index of the most probable label.
  public var label: Int
  /// Probability of every label, in label order.
  public var probabilities: [Double]

  public init(index: Int, unit: TextUnit, line: Int, label: Int, probabilities: [Double]) {
    self.index = index
    self.unit = unit
    self.line = line
    self.label = label
    self.probabilities = probabilities
  }
}

/// How an article is cut into units.
public enum Segmentation: Sendable {
  /// Sentences, headings and furniture by ``SentenceSplitter``.
  case sentences
  /// One unit per non-blank line.
  case lines
}

/// The units of one piece of a file with their labels, probabilities and features, in
/// flat arrays (unit `i` has probabilities `probabilities[i * k ..< i * k + k]` for `k`
/// labels, and feature row `i`).
public struct LabeledUnits: Sendable {
  /// The units, in order.
  public var units: [TextUnit] = []
  /// 1-based line of each unit's start.
  public var lines: [Int] = []
  /// Index of the most probable label of each unit.
  public var labels: [Int] = []
  /// Probability of every label, row-major (`units × labels`).
  public var probabilities: [Double] = []
  /// The TF-IDF row of each unit.
  public var features: SparseMatrix

  public init(featureCount: Int) {
    features = SparseMatrix(columnCount: featureCount)
  }

  /// Number of units.
  public var count: Int { units.count }
}

extension Labeller {
  /// Bytes per piece when a file is cut for labelling on several threads.
  public static let pieceSize = 1 << 17

  /// Units per batch of features and probabilities within a piece.
  static let batchSize = 2048

  /// Splits one piece of a file into units and labels each, on the calling thread.
  ///
  /// `visit(i, unit, tokens)` is called once per unit `i`, in order, with the unit's
  /// tokens (source offsets are byte offsets in `bytes`), before any probability is known.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - piece: a piece of it, from ``TextFile/pieces(size:anyLine:)``.
  /// - Complexity: O(bytes of the piece).
  public func labelUnits(
    _ bytes: UnsafeBufferPointer<UInt8>, piece: TextFile.Piece,
    visit: (Int, TextUnit, TokenBuffer) -> Void = { _, _, _ in }
  ) -> LabeledUnits {
    let model = self.model
    var result = LabeledUnits(featureCount: model.featureCount)
    let body = UnsafeBufferPointer(rebasing: bytes[piece.range])
    let base = piece.range.lowerBound
    let splitter = SentenceSplitter()
    switch segmentation {
    case .sentences:
      result.units = splitter.split(body, base: base)
      result.lines = Labeller.lineNumbers(
        of: result.units, in: bytes, from: base, firstLine: piece.firstLine)
    case .lines:
      let pairs = splitter.lines(body, base: base)
      result.units = pairs.map(\.unit)
      result.lines = pairs.map { $0.line + piece.firstLine - 1 }
    }
    let units = result.units
    let tokenizer = model.vectorizer.tokenizer
    let k = model.labels.count
    result.probabilities.reserveCapacity(units.count * k)
    result.labels.reserveCapacity(units.count)
    var first = 0
    while first < units.count {
      // Batches no larger than one chunk of `transform` and `probabilities`, which then
      // run on this thread.
      let n = min(Labeller.batchSize, units.count - first)
      let offset = first
      // One chunk of `transform`: the closure runs on this thread, in order, so the
      // lexicon block is built from the same tokens in the same pass.
      var block = SparseMatrix(columnCount: model.lexicon?.columnCount ?? 0)
      var scratch = LexiconFeatures.Scratch()
      let lexicon = model.lexicon
      var matrix = model.vectorizer.transform(count: n) { i, buffer in
        let u = units[offset + i]
        tokenizer.tokenize(
          UnsafeBufferPointer(rebasing: bytes[u.start..<u.end]), base: u.start, into: &buffer)
        lexicon?.appendRow(for: buffer, to: &block, scratch: &scratch)
        visit(offset + i, u, buffer)
      }
      if lexicon != nil { matrix = matrix.appendingColumns(of: block) }
      let p = model.regression.probabilities(for: matrix)
      result.labels.append(contentsOf: model.argmax(p))
      result.probabilities.append(contentsOf: p)
      if first == 0 { result.features = matrix } else { result.features.appendRows(of: matrix) }
      first += n
    }
    return result
  }

  /// 1-based line numbers of the starts of `units` (which are in order and start at or
  /// after `from`, which is on line `firstLine`).
  static func lineNumbers(
    of units: [TextUnit], in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, firstLine: Int = 1
  ) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(units.count)
    var line = firstLine
    var position = from
    for u in units {
      while position < u.start {
        let b = bytes[position]
        if b == 0x0A || (b == 0x0D && (position + 1 >= bytes.count || bytes[position + 1] != 0x0A))
        {
          line += 1
        }
        position += 1
      }
      result.append(line)
    }
    return result
  }
}
