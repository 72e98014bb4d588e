import Foundation

/// The lexicon block of the feature matrix: for each lexicon class a column, a column of
/// its negated matches, and a column of its matches after the unit's last `contrast`
/// (the part a mixed sentence ends on), weighted like the n-gram block and scaled by
/// ``weight``.
///
/// For class column `c` of a unit with `m(c)` matches:
/// ```
/// tf(c)   = m(c), or 1 + ln m(c) with sublinearTF
/// idf(c)  = ln((1 + n) / (1 + df(c))) + 1      (n training units, df(c) units with a match)
/// x(c)    = weight · tf(c) · idf(c) / ‖tf · idf‖₂   over the unit's class columns
/// ```
/// The block has its own l2 norm, so that ``weight`` alone sets how much the classes count
/// beside the n-grams (whose row has norm 1). Column `c` is class `c`, column
/// `classes + c` class `c` negated, column `2 · classes + c` class `c` after the contrast;
/// a final match counts in its plain (or negated) column and in the final one.
public struct LexiconFeatures: Sendable, Equatable {
  /// The lexicon.
  public let lexicon: Lexicon
  /// Scale of the block's rows.
  public let weight: Double
  /// Whether counts are dampened to `1 + ln(count)`.
  public let sublinearTF: Bool
  /// Inverse document frequency of each column.
  public private(set) var idf: [Double]

  /// Number of columns: three per class.
  public var columnCount: Int { LexiconFeatures.columnsPerClass * lexicon.classes.count }

  /// Plain, negated, after the contrast.
  public static let columnsPerClass = 3

  /// An unfitted block (every idf 1).
  public init(lexicon: Lexicon, weight: Double, sublinearTF: Bool) {
    self.lexicon = lexicon
    self.weight = weight
    self.sublinearTF = sublinearTF
    self.idf = [Double](
      repeating: 1, count: LexiconFeatures.columnsPerClass * lexicon.classes.count)
  }

  /// A fitted block rebuilt from a model file.
  ///
  /// - Precondition: one idf per column.
  public init(lexicon: Lexicon, weight: Double, sublinearTF: Bool, idf: [Double]) {
    precondition(idf.count == LexiconFeatures.columnsPerClass * lexicon.classes.count)
    self.lexicon = lexicon
    self.weight = weight
    self.sublinearTF = sublinearTF
    self.idf = idf
  }

  /// The name of column `c`: `lexicon:CLASS`, `lexicon:not CLASS` or `lexicon:final CLASS`.
  public func columnName(_ c: Int) -> String {
    let k = lexicon.classes.count
    let prefix = ["lexicon:", "lexicon:not ", "lexicon:final "][c / k]
    return prefix + lexicon.classes[c % k]
  }

  /// The column of a match.
  @inline(__always)
  public func column(of match: Lexicon.Match) -> Int {
    match.negated ? lexicon.classes.count + match.classIndex : match.classIndex
  }

  /// Scratch space for ``appendRow(for:to:scratch:)``.
  public struct Scratch: Sendable {
    var matches: [Lexicon.Match] = []
    var ids: [Int32] = []
    var counts: [Int] = []
    public init() {}
  }

  /// Learns the idf from the units whose tokens `tokens(i, &buffer)` appends, and returns
  /// their block matrix. `tokens` is called once per unit, in order, on this thread.
  public mutating func fitTransform(count: Int, tokens: (Int, inout TokenBuffer) -> Void)
    -> SparseMatrix
  {
    var buffer = TokenBuffer()
    var scratch = Scratch()
    var counts: [[(Int32, Int)]] = []
    counts.reserveCapacity(count)
    var df = [Int](repeating: 0, count: columnCount)
    for i in 0..<count {
      buffer.removeAll()
      tokens(i, &buffer)
      let row = columnCounts(buffer, scratch: &scratch)
      for (c, _) in row { df[Int(c)] += 1 }
      counts.append(row)
    }
    idf = df.map { log(Double(count + 1) / Double($0 + 1)) + 1 }
    var matrix = SparseMatrix(columnCount: columnCount)
    for row in counts { appendWeighted(row, to: &matrix) }
    return matrix
  }

  /// Appends the block row of the unit whose tokens are `buffer` to `matrix`.
  public func appendRow(
    for buffer: TokenBuffer, to matrix: inout SparseMatrix, scratch: inout Scratch
  ) {
    appendWeighted(columnCounts(buffer, scratch: &scratch), to: &matrix)
  }

  /// The block matrix of units given as texts, tokenized by `tokenizer`.
  public func transform(_ texts: [String], tokenizer: Tokenizer) -> SparseMatrix {
    var matrix = SparseMatrix(columnCount: columnCount)
    var buffer = TokenBuffer()
    var scratch = Scratch()
    for text in texts {
      buffer.removeAll()
      var copy = text
      copy.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
      appendRow(for: buffer, to: &matrix, scratch: &scratch)
    }
    return matrix
  }

  /// Calls `body(column, sourceStart, sourceEnd, entry)` for every match in `buffer`, in
  /// token order (twice for a final match: its column and its final column).
  public func forEachMatch(
    in buffer: TokenBuffer, scratch: inout Scratch, _ body: (Int, Int, Int, Int) -> Void
  ) {
    scratch.matches.removeAll(keepingCapacity: true)
    lexicon.matches(in: buffer, into: &scratch.matches, ids: &scratch.ids)
    let k = lexicon.classes.count
    for m in scratch.matches {
      let start = buffer.tokens[m.firstToken].sourceStart
      let end = buffer.tokens[m.firstToken + m.tokenCount - 1].sourceEnd
      body(column(of: m), start, end, m.entry)
      if m.final { body(2 * k + m.classIndex, start, end, m.entry) }
    }
  }

  /// The matched columns of `buffer` with their counts, in column order.
  func columnCounts(_ buffer: TokenBuffer, scratch: inout Scratch) -> [(Int32, Int)] {
    scratch.matches.removeAll(keepingCapacity: true)
    lexicon.matches(in: buffer, into: &scratch.matches, ids: &scratch.ids)
    if scratch.counts.count != columnCount {
      scratch.counts = [Int](repeating: 0, count: columnCount)
    }
    let k = lexicon.classes.count
    for m in scratch.matches {
      scratch.counts[column(of: m)] += 1
      if m.final { scratch.counts[2 * k + m.classIndex] += 1 }
    }
    var row: [(Int32, Int)] = []
    for c in 0..<columnCount where scratch.counts[c] > 0 {
      row.append((Int32(c), scratch.counts[c]))
      scratch.counts[c] = 0
    }
    return row
  }

  private func appendWeighted(_ row: [(Int32, Int)], to matrix: inout SparseMatrix) {
    guard !row.isEmpty else {
      matrix.appendRow(columns: EmptyCollection<Int32>(), values: EmptyCollection<Float>())
      return
    }
    var norm = 0.0
    for (c, n) in row {
      let x = (sublinearTF ? 1 + log(Double(n)) : Double(n)) * idf[Int(c)]
      norm += x * x
    }
    let scale = weight / norm.squareRoot()
    matrix.appendRow(
      columns: row.lazy.map(\.0),
      values: row.lazy.map { (c, n) in
        Float((sublinearTF ? 1 + log(Double(n)) : Double(n)) * idf[Int(c)] * scale)
      })
  }
}

extension SparseMatrix {
  /// The matrix with the columns of `right` after its own (`[self | right]`).
  ///
  /// - Precondition: both have the same number of rows.
  public func appendingColumns(of right: SparseMatrix) -> SparseMatrix {
    precondition(rowCount == right.rowCount)
    let offset = Int32(columnCount)
    var starts = [Int](repeating: 0, count: rowCount + 1)
    var columns: [Int32] = []
    var values: [Float] = []
    columns.reserveCapacity(nonzeroCount + right.nonzeroCount)
    values.reserveCapacity(nonzeroCount + right.nonzeroCount)
    for r in 0..<rowCount {
      columns.append(contentsOf: self.columns[rowStarts[r]..<rowStarts[r + 1]])
      values.append(contentsOf: self.values[rowStarts[r]..<rowStarts[r + 1]])
      for e in right.rowStarts[r]..<right.rowStarts[r + 1] {
        columns.append(right.columns[e] + offset)
        values.append(right.values[e])
      }
      starts[r + 1] = columns.count
    }
    return SparseMatrix(
      rowCount: rowCount, columnCount: columnCount + right.columnCount, rowStarts: starts,
      columns: columns, values: values)
  }
}
